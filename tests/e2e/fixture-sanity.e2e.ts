import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { loadFixtures } from './support/fixtures';
import {
  contentProblemsOf,
  installRecorder,
  paintedBannerFrames,
  visibleSelectors,
  waitForSettled,
  wheelScrollsOf,
} from './support/judge';
import { startFixtureServer } from './support/server';

/**
 * The fixtures themselves, in a browser WITHOUT Unbanner: a banner fixture must paint its
 * banner (so "never painted" with Unbanner means something, and the frame sampler can see it),
 * a decoy must show what it keeps. A fixture that stopped showing its banner fails here.
 */
const GROUPS = ['pages', 'platforms', 'detector'] as const;
let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ extension: false });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

for (const group of GROUPS) {
  // Pages do not share anything: judged several at a time to keep the suite short.
  describe.concurrent(`${group} without Unbanner`, () => {
    it.each(loadFixtures(group).map((f) => [f.id, f] as const))('%s', async (_, fixture) => {
      const page = await browser.context.newPage();
      const banner = fixture.banner ?? [];
      await installRecorder(page, banner);
      await page.goto(server.url(fixture.id), { waitUntil: 'load' });
      await waitForSettled(page, fixture.id);
      if (fixture.kind === 'banner') {
        const painted = await paintedBannerFrames(page);
        expect(painted.whileParsing + painted.afterParsing, 'frames with the banner painted').toBeGreaterThan(
          0,
        );
        expect(await visibleSelectors(page, banner), 'banner shown once the page settled').toEqual(banner);
        // A fixture that says its banner locks scrolling must lock it, or the unlock check proves nothing.
        if (fixture.scrollLocked)
          expect(await wheelScrollsOf(page), 'the banner locks the wheel').toBe(false);
        // What content the banner covers is judged with Unbanner; here it must at least exist.
        expect(
          await contentProblemsOf(page, [], [...(fixture.content ?? []), ...(fixture.keep ?? [])]),
        ).toEqual([]);
      } else {
        expect(
          await contentProblemsOf(page, fixture.content ?? [], fixture.keep ?? []),
          'decoy as shown',
        ).toEqual([]);
      }
      await page.close();
    });
  });
}
