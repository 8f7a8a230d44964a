import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { loadFixtures } from './support/fixtures';
import { bannerFrames, sampleBannerFrames } from './support/frame-sampler';
import { judgePage } from './support/judge';
import { PopupPage } from './support/popup';
import { startFixtureServer } from './support/server';

/**
 * Every fixture page, judged as a person would see it: banners gone (known platforms never
 * painted), the article visible and uncovered, the page scrolling, and the popup listing
 * what was removed (nothing on clean pages).
 */
let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

for (const group of ['pages', 'platforms', 'detector']) {
  const fixtures = loadFixtures(group);
  describe.runIf(fixtures.length > 0)(group, () => {
    it.each(fixtures.map((f) => [f.id, f] as const))('%s', async (_, fixture) => {
      const page = await ext.context.newPage();
      await sampleBannerFrames(page, fixture.banner ?? []);
      await page.goto(server.url(fixture.id), { waitUntil: 'load' });
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
        if (group === 'detector') expect(frames, 'frames with the banner painted').toBeLessThanOrEqual(fixture.maxFrames ?? 2);
        else expect(frames, 'frames with the banner painted').toBe(0);
      }
      const popup = await PopupPage.open(ext, ext.context, page);
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
