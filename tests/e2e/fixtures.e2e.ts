import { describe, expect, it } from 'vitest';
import { OWN_RULES } from '../../lib/platforms/own-rules';
import { loadFixtures } from './support/fixtures';
import { bannerFrames, sampleBannerFrames } from './support/frame-sampler';
import { judgePage } from './support/judge';
import { PopupPage, tabIdOf } from './support/popup';
import { useExtensionSession } from './support/session';

/**
 * Every fixture page, judged as a person would see it: banners gone (known platforms never
 * painted), the article visible and uncovered, the page scrolling, and the popup listing
 * what was removed (nothing on clean pages).
 */
/** Rules that hid something on some fixture page, for the check that every own rule has its page. */
const rulesSeen = new Set<string>();

const session = useExtensionSession();

for (const group of ['pages', 'platforms', 'detector']) {
  const fixtures = loadFixtures(group);
  describe.runIf(fixtures.length > 0)(group, () => {
    it.each(fixtures.map((f) => [f.id, f] as const))('%s', async (_, fixture) => {
      const page = await session.ext.context.newPage();
      await sampleBannerFrames(page, fixture.banner ?? []);
      await page.goto(session.server.url(fixture.id), { waitUntil: 'load' });
      await page.waitForTimeout(fixture.settleMs ?? 1500);
      const verdict = await judgePage(page, fixture);
      expect(verdict.visibleBanners, 'banner elements still visible').toEqual([]);
      expect(verdict.coveredOrMissing, 'content missing or covered').toEqual([]);
      if (verdict.scrolls !== null) {
        // A clean page that locks scrolling itself (an open sign-in dialog) must stay as it is.
        const expected = !(fixture.kind === 'clean' && fixture.scrollLocked);
        expect(verdict.scrolls, 'page scrolls with the wheel as it should').toBe(expected);
      }
      if (fixture.kind === 'banner') {
        // Known platforms are never painted; the detector may take a frame or two for what no rule names.
        const frames = await bannerFrames(page);
        const limit = fixture.maxFrames ?? (fixture.platform && group !== 'detector' ? 0 : 2);
        expect(frames, 'frames with the banner painted').toBeLessThanOrEqual(limit);
      }
      const tabId = await tabIdOf(session.ext, page);
      const log = await (await session.ext.worker()).evaluate(
        async (id) =>
          ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? []) as { rule: string }[],
        tabId,
      );
      for (const r of log) rulesSeen.add(r.rule);
      const popup = await PopupPage.open(session.ext, session.ext.context, page);
      if (fixture.kind === 'banner') {
        await popup.items().first().waitFor({ timeout: 3000 });
        const texts = await popup.itemTexts();
        expect(texts.length).toBeGreaterThan(0);
        const label = fixture.label ?? (group === 'detector' ? undefined : fixture.platform);
        if (label) expect(texts.join('\n'), 'the popup names the platform').toContain(label);
      } else {
        expect(await popup.items().count(), 'removals listed on a clean page').toBe(0);
      }
      await popup.close();
      await page.close();
    });
  });
}

describe('rule data', () => {
  it('proves every rule of our own with a fixture page it hides', () => {
    const unproved = OWN_RULES.map((r) => r.rule).filter((rule) => !rulesSeen.has(rule));
    expect(unproved, 'own rules that hid nothing on any fixture page').toEqual([]);
  });
});
