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

  it('finds the full-screen layer that centres the dialog, when it holds nothing else', async () => {
    const page =
      await libPage.open(`<div id="veil" style="position:fixed;inset:0;display:flex;align-items:center;justify-content:center;background:rgba(0,0,0,.7)">
      <div id="dialog" style="width:600px;background:#fff">Dbamy o Twoją prywatność: pliki cookie <button>Przejdź do serwisu</button></div></div>`);
    expect(await page.evaluate(backdropsOfDialog)).toEqual(['veil']);
  });

  it('leaves a full-screen layer around the dialog that holds a page of its own', async () => {
    const page = await libPage.open(`
      <div id="shell" style="position:fixed;inset:0;overflow:auto;background:#fff">
        <main><h1>Harbour ferry returns</h1><p>The ferry sails again from Monday.</p></main>
        <div id="dialog" style="position:fixed;bottom:0">We use cookies</div></div>`);
    expect(await page.evaluate(backdropsOfDialog)).toEqual([]);
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
