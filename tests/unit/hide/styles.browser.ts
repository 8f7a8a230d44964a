import { describe, expect, it } from 'vitest';
import type * as Styles from '@/lib/hide/styles';
import { useLibPage, type WithLib } from '../../support/lib-page';

const libPage = useLibPage(['lib/hide/styles']);

/**
 * A dialog's exit, as CSS now writes it: display and opacity transition together, display as a
 * discrete step at the end (`allow-discrete`), so the element stays drawn for the whole transition.
 */
const EXITING =
  '<div id="banner" style="position:fixed;left:0;right:0;bottom:0;height:80px;background:#222;color:#fff;transition:display .6s allow-discrete,opacity .6s">We use cookies. <button>OK</button></div>';

describe('the hiding rule', () => {
  it('takes a banner whose style transitions display out of the next frame, not at the end of the transition', async () => {
    const page = await libPage.open(EXITING);
    const display = await page.evaluate(
      () =>
        new Promise<string>((done) => {
          const { hiddenRule } = (window as unknown as WithLib<typeof Styles>).__unbannerLib;
          const banner = document.getElementById('banner') as HTMLElement;
          const style = document.createElement('style');
          style.textContent = hiddenRule({ hidden: 'data-test-hidden', shown: 'data-test-shown' });
          document.head.append(style);
          // Laid out and drawn once as the page shows it, then hidden as the engine hides it.
          requestAnimationFrame(() => {
            banner.setAttribute('data-test-hidden', '');
            requestAnimationFrame(() => done(getComputedStyle(banner).display));
          });
        }),
    );
    expect(display).toBe('none');
  });
});
