import type { Page } from 'playwright-core';

/**
 * Counts the animation frames in which any banner element was visible, from document start:
 * 0 means the banner was never painted.
 */
export async function sampleBannerFrames(page: Page, selectors: string[]): Promise<void> {
  await page.addInitScript((sels: string[]) => {
    const w = window as unknown as { __bannerFrames: number };
    w.__bannerFrames = 0;
    const visible = (el: Element) => {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const r = el.getBoundingClientRect();
      return (
        r.width >= 1 &&
        r.height >= 1 &&
        r.bottom > 0 &&
        r.right > 0 &&
        r.top < innerHeight &&
        r.left < innerWidth
      );
    };
    const tick = () => {
      try {
        if (sels.some((s) => [...document.querySelectorAll(s)].some(visible))) w.__bannerFrames++;
      } catch {
        // A selector with >>> is for the judge only.
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, selectors);
}

export function bannerFrames(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __bannerFrames: number }).__bannerFrames);
}
