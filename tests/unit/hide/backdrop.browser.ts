import { describe, expect, it } from 'vitest';
import type * as Backdrop from '@/lib/hide/backdrop';
import { useLibPage, type WithLib } from '../../support/lib-page';

const libPage = useLibPage(['lib/hide/backdrop']);

/** Ids of the backdrops found for the element `#dialog`. */
function backdropsOfDialog(): string[] {
  const { findBackdrops } = (window as unknown as WithLib<typeof Backdrop>).__unbannerLib;
  const dialog = document.querySelector('#dialog');
  if (!dialog) throw new Error('no #dialog');
  // `data-done` stands for what the engine already hid (it knows its own, the page's attributes do not count).
  return findBackdrops(dialog, window, (el) => el.hasAttribute('data-done')).map((el) => el.id);
}

describe('findBackdrops', () => {
  it('finds the dimming layer beside a dialog: fixed, over the whole viewport, painted, no text', async () => {
    const page = await libPage.open(`<div id="wrap">
      <div id="dim" style="position:fixed;inset:0;background:rgba(0,0,0,.5)"></div>
      <div id="dialog" style="position:fixed;top:30%;left:30%;width:40%">We use cookies</div></div>`);
    expect(await page.evaluate(backdropsOfDialog)).toEqual(['dim']);
  });

  it('finds it a few levels up, beside an ancestor of the dialog, and a blurring layer too', async () => {
    const page =
      await libPage.open(`<div id="dim" style="position:fixed;inset:0;backdrop-filter:blur(3px)"></div>
      <div id="portal"><div><div id="dialog">We use cookies</div></div></div>`);
    expect(await page.evaluate(backdropsOfDialog)).toEqual(['dim']);
  });

  it('leaves layers that are transparent, small, in flow, hold text or media, or are already hidden', async () => {
    const page = await libPage.open(`
      <div id="clear" style="position:fixed;inset:0"></div>
      <div id="small" style="position:fixed;top:0;left:0;width:300px;height:200px;background:#000"></div>
      <div id="text" style="position:fixed;inset:0;background:#000">The whole article is here, a long text that is no backdrop</div>
      <div id="media" style="position:fixed;inset:0;background:#000"><img alt="" width="10" height="10"></div>
      <div id="done" data-done style="position:fixed;inset:0;background:#000"></div>
      <div id="flow" style="height:100vh;background:#000"></div>
      <div id="dialog">We use cookies</div>`);
    expect(await page.evaluate(backdropsOfDialog)).toEqual([]);
  });
});
