import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { installRecorder, paintedBannerFrames, waitForSettled } from './support/judge';

/**
 * The judge's own frame recorder, on pages whose timing is known, in a browser without
 * Unbanner: it must not count a banner hidden before the frame paints, must count one that
 * paints, and must fail when it cannot measure.
 */
let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension({ extension: false });
});
afterAll(async () => {
  await browser?.close();
});

/** A page that shows a banner after load and hides it after `framesShown` animation frames (0: in the next rAF, before paint). */
async function pageHidingAfter(framesShown: number, selectors: string[] = ['#b']): Promise<Page> {
  const page = await browser.context.newPage();
  await page.route('http://recorder.test/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><body><h1>Page</h1><script>
        addEventListener('load', () => setTimeout(() => {
          const b = document.createElement('div');
          b.id = 'b';
          b.textContent = 'We use cookies';
          b.style.cssText = 'position:fixed;bottom:0;left:0;right:0;height:80px;background:#fff';
          document.body.append(b);
          let left = ${framesShown};
          const tick = () => (left-- > 0 ? requestAnimationFrame(tick) : (b.style.display = 'none'));
          requestAnimationFrame(tick);
        }, 50));
      </script></body></html>`,
    }),
  );
  await installRecorder(page, selectors);
  await page.goto('http://recorder.test/', { waitUntil: 'load' });
  await waitForSettled(page, 'the recorder test page');
  return page;
}

describe('the frame recorder', () => {
  it('does not count a banner hidden in the next animation frame, before it paints', async () => {
    const page = await pageHidingAfter(0);
    expect(await paintedBannerFrames(page)).toMatchObject({ whileParsing: 0, afterParsing: 0 });
    await page.close();
  });

  it('counts every frame a banner is on screen when it paints', async () => {
    const page = await pageHidingAfter(3);
    const painted = await paintedBannerFrames(page);
    expect(painted.whileParsing).toBe(0);
    expect(painted.afterParsing).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('fails when a banner selector is invalid or never matched', async () => {
    const invalid = await pageHidingAfter(0, ['#b', 'div[']);
    await expect(paintedBannerFrames(invalid)).rejects.toThrow(/could not measure/);
    await invalid.close();
    const missing = await pageHidingAfter(0, ['#b', '#nothing-here >>> .inner']);
    await expect(paintedBannerFrames(missing)).rejects.toThrow(/matched nothing in any frame/);
    await missing.close();
  });

  it('fails when it was not installed in the page', async () => {
    const page = await browser.context.newPage();
    await page.goto('about:blank');
    await expect(paintedBannerFrames(page)).rejects.toThrow(/did not run/);
    await page.close();
  });
});
