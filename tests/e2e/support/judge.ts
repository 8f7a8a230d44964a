import type { Page } from 'playwright-core';
import * as neutral from '../../support/judge';

/** The browser-neutral judge (tests/support/judge.ts), driven through Playwright. */
export function driverOf(page: Page): neutral.PageDriver {
  return {
    evaluate: (expression) => page.evaluate(expression),
    addInitScript: async (source) => {
      await page.addInitScript({ content: source });
    },
    wheel: async (x, y, deltaY) => {
      await page.mouse.move(x, y);
      await page.mouse.wheel(0, deltaY);
    },
  };
}

export type { Judged, Verdict } from '../../support/judge';

export const visibleSelectors = (page: Page, selectors: string[]) =>
  neutral.visibleSelectors(driverOf(page), selectors);
/**
 * Headless Chromium draws (almost) no frames in a tab that is not in front, whatever
 * visibilityState says: a wheel turn there is never followed by the frames it is judged by
 * (fixture-sanity judges several pages at once, and its sourcepoint page timed out so). The
 * wheel is therefore turned in the front tab, one page at a time.
 */
let frontTab: Promise<unknown> = Promise.resolve();
function inFront<T>(page: Page, work: () => Promise<T>): Promise<T> {
  const run = frontTab.then(async () => {
    await page.bringToFront();
    return work();
  });
  frontTab = run.catch(() => undefined);
  return run;
}

export const judgePage = (page: Page, fixture: neutral.Judged) =>
  inFront(page, () => neutral.judgePage(driverOf(page), fixture));
export const installRecorder = (page: Page, bannerSelectors: string[] = []) =>
  neutral.installRecorderOn(driverOf(page), bannerSelectors);
export const waitForSettled = (page: Page, what?: string) => neutral.waitForSettled(driverOf(page), what);
export const paintedBannerFrames = (page: Page) => neutral.paintedBannerFrames(driverOf(page));
/**
 * Painted banner frames once the page has drawn QUIET_FRAMES more frames in front. A page judged
 * in a background tab gets a frame a second at most, so a banner that slides in can be settled
 * on screen before a single sampled frame showed it (fixture-sanity's Porsche bar, on CI).
 */
export const paintedBannerFramesInFront = (page: Page) =>
  inFront(page, async () => {
    await neutral.waitForMoreFrames(driverOf(page), neutral.QUIET_FRAMES);
    return neutral.paintedBannerFrames(driverOf(page));
  });

/**
 * Opens a URL in a new tab with the recorder installed, and waits until the page has settled
 * (its banner arrived and Unbanner did its work): no fixed sleep.
 */
export async function openSettled(
  context: import('playwright-core').BrowserContext,
  url: string,
  bannerSelectors: string[] = [],
): Promise<Page> {
  const page = await context.newPage();
  await installRecorder(page, bannerSelectors);
  await page.goto(url, { waitUntil: 'load' });
  await waitForSettled(page, url);
  return page;
}

/**
 * Reloads a page (its recorder is installed again) and waits until it has settled. The page is
 * brought to the front first: a background tab draws (almost) no frames, and the settle wait and
 * Unbanner's detector both work in frames.
 */
export async function reloadSettled(page: Page): Promise<void> {
  await page.bringToFront();
  await page.reload({ waitUntil: 'load' });
  await waitForSettled(page, page.url());
}

export const contentProblemsOf = (page: Page, content: string[], keep: string[]) =>
  neutral.contentProblems(driverOf(page), content, keep);
export const wheelScrollsOf = (page: Page) => inFront(page, () => neutral.wheelScrolls(driverOf(page)));
export const readRecorderOf = (page: Page) => neutral.readRecorder(driverOf(page));
