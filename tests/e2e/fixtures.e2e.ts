import { describe, expect, it } from 'vitest';
import { OWN_RULES } from '../../lib/platforms/own-rules';
import { waitForKeptShown, waitForRemovalLogged } from '../support/judge';
import { type Fixture, frameProblems, loadFixtures } from './support/fixtures';
import { driverOf, installRecorder, judgePage, paintedBannerFrames, waitForSettled } from './support/judge';
import { PopupPage, tabLog } from './support/popup';
import { useExtensionSession } from './support/session';

/**
 * Every fixture page, judged as a person would see it: banners gone (never painted, unless the
 * fixture states why that is impossible), the article visible and uncovered, the page
 * scrolling, and the popup listing what was removed (nothing on clean pages).
 */
const GROUPS = ['pages', 'platforms', 'detector'] as const;
const session = useExtensionSession();

/**
 * Opens a fixture with the recorder, and waits until it settled (its banner came and went): for a
 * banner page, until Unbanner has logged a removal too; for a decoy, until what it keeps is shown
 * (a page that never gets there is judged all the same once the wait is over, and fails there).
 */
async function openFixture(fixture: Fixture) {
  const page = await session.ext.context.newPage();
  await installRecorder(page, fixture.kind === 'banner' ? (fixture.banner ?? []) : []);
  await page.goto(session.server.url(fixture.id), { waitUntil: 'load' });
  await waitForSettled(page, fixture.id);
  if (fixture.kind === 'banner') {
    const logged = async () => (await tabLog(session.ext, page)).length;
    await waitForRemovalLogged(driverOf(page), logged, fixture.id);
  } else {
    await waitForKeptShown(driverOf(page), fixture.keep ?? [], fixture.id);
  }
  return page;
}

for (const group of GROUPS) {
  const fixtures = loadFixtures(group);
  describe(group, () => {
    it.each(fixtures.map((f) => [f.id, f] as const))('%s', async (_, fixture) => {
      const page = await openFixture(fixture);
      const verdict = await judgePage(page, fixture);
      expect(verdict.visibleBanners, 'banner elements still visible').toEqual([]);
      expect(verdict.coveredOrMissing, 'content missing or covered').toEqual([]);
      if (verdict.scrolls !== null) {
        // A clean page that locks scrolling itself (an open sign-in dialog) must stay as it is.
        const expected = !(fixture.kind === 'clean' && fixture.scrollLocked);
        expect(verdict.scrolls, 'page scrolls with the wheel as it should').toBe(expected);
      }
      const painted = await paintedBannerFrames(page);
      if (fixture.kind === 'banner') {
        expect(frameProblems(fixture, painted), 'painted banner frames').toEqual([]);
      }
      // A page served in pieces is there to be painted while it parses: one that was not measured nothing.
      if (fixture.streamed)
        expect(painted.framesWhileParsing, 'frames painted while the page arrived').toBeGreaterThan(0);
      const popup = await PopupPage.open(session.ext, session.ext.context, page);
      if (fixture.kind === 'banner') {
        await popup.items().first().waitFor({ timeout: 5000 });
        const texts = await popup.itemTexts();
        const label = fixture.label ?? (group === 'detector' ? undefined : fixture.platform);
        if (label) expect(texts.join('\n'), 'the popup names the platform').toContain(label);
      } else {
        // The page settled (Unbanner's work shows in the DOM it watched), and the popup read the log.
        expect(await popup.items().count(), 'removals listed on a clean page').toBe(0);
      }
      await popup.close();
      await page.close();
    });
  });
}

/** Each own rule is proved on its own (also under `-t`): some platform fixture of its platform is hidden by it. */
describe('rule data', () => {
  const platformFixtures = loadFixtures('platforms');
  it.each(OWN_RULES.map((r) => [r.rule, r] as const))('own rule %s hides a fixture page', async (_, rule) => {
    // A rule's platform may add a qualifier to the fixture's name: "Osano Cookie Consent (open source)".
    const candidates = platformFixtures.filter(
      (f) => f.kind === 'banner' && !!f.platform && rule.platform.startsWith(f.platform),
    );
    expect(
      candidates.map((f) => f.id),
      `a platform fixture for ${rule.platform}`,
    ).not.toEqual([]);
    const seen: string[] = [];
    for (const fixture of candidates) {
      const page = await openFixture(fixture);
      const log = await tabLog(session.ext, page);
      await page.close();
      seen.push(...log.map((r) => r.rule));
      if (seen.includes(rule.rule)) break;
    }
    expect(seen, `rules that hid something on ${candidates.map((f) => f.id).join(', ')}`).toContain(
      rule.rule,
    );
  });
});
