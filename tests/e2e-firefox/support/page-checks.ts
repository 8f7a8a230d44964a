import type { Page } from 'puppeteer-core';
import * as neutral from '../../support/judge';

/** The browser-neutral judge (tests/support/judge.ts), driven through Puppeteer over WebDriver BiDi. */
export function driverOf(page: Page): neutral.PageDriver {
  return {
    evaluate: (expression) => page.evaluate(expression) as never,
    addInitScript: async (source) => {
      await page.evaluateOnNewDocument(source);
    },
    wheel: async (x, y, deltaY) => {
      await page.mouse.move(x, y);
      await page.mouse.wheel({ deltaY });
    },
    wheelTurns: 2,
  };
}

export type { Judged, Verdict } from '../../support/judge';

export const visibleBanners = (page: Page, selectors: string[]) =>
  neutral.visibleSelectors(driverOf(page), selectors);
export const judge = (page: Page, fixture: neutral.Judged) => neutral.judgePage(driverOf(page), fixture);
export const installRecorder = (page: Page, bannerSelectors: string[] = []) =>
  neutral.installRecorderOn(driverOf(page), bannerSelectors);
export const waitForSettled = (page: Page, what?: string) => neutral.waitForSettled(driverOf(page), what);
export const paintedBannerFrames = (page: Page) => neutral.paintedBannerFrames(driverOf(page));
