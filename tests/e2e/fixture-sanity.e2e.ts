import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { loadFixtures } from './support/fixtures';
import {
  contentProblemsOf,
  installRecorder,
  paintedBannerFramesInFront,
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

/**
 * Class names and ids a detector fixture must not use: the detector knows no names, and a page
 * that named its banner "cookie-banner" would test a rule, not the detector.
 */
const NAMED_FOR_CONSENT =
  /cookie|consent|gdpr|banner|onetrust|optanon|cookiebot|didomi|quantcast|usercentrics|trustarc|truste|sourcepoint|sp_message|iubenda|complianz|cmplz|borlabs|klaro|osano|termly|axeptio|tarteaucitron|evidon|(^|[-_])cmp(\d|[-_]|$)|(^|[-_])ketch([-_]|$)/i;
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
      if (group === 'detector') {
        const names = await page.evaluate(() => {
          const out = new Set<string>();
          const visit = (root: Document | ShadowRoot) => {
            for (const el of root.querySelectorAll('*')) {
              for (const c of el.classList) out.add(c);
              if (el.id) out.add(el.id);
              if (el.shadowRoot) visit(el.shadowRoot);
              const inner = el.localName === 'iframe' ? (el as HTMLIFrameElement).contentDocument : null;
              if (inner) visit(inner);
            }
          };
          visit(document);
          return [...out];
        });
        expect(
          names.filter((n) => NAMED_FOR_CONSENT.test(n)),
          'names that give the banner away',
        ).toEqual([]);
      }
      if (fixture.kind === 'banner') {
        const painted = await paintedBannerFramesInFront(page);
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
