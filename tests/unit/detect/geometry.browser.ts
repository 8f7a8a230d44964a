import { describe, expect, it } from 'vitest';
import type * as Geometry from '@/lib/detect/geometry';
import { useLibPage, type WithLib } from '../../support/lib-page';

/** Geometry is measured in a real browser: 1280×720 viewport, real layout. */
const libPage = useLibPage(['lib/detect/geometry']);
const PAGE = '<main><h1>News</h1><div style="height:3000px"></div></main>';

async function placementOf(style: string, extraBody = '') {
  const page = await libPage.open(`<div id="x" style="${style}">We use cookies</div>${extraBody}${PAGE}`);
  return page.evaluate(() => {
    const { placementOf } = (window as unknown as WithLib<typeof Geometry>).__unbannerLib;
    return placementOf(document.querySelector('#x') as Element, window);
  });
}

describe('placementOf', () => {
  it('a fixed full-width bar at the bottom is a bottom bar, with the share of the viewport it covers', async () => {
    const p = await placementOf('position:fixed;left:0;right:0;bottom:0;height:144px;z-index:10');
    expect(p).toMatchObject({ layout: 'bottom-bar', position: 'fixed', overlay: true, zIndex: 10 });
    expect(p.cover).toBeCloseTo(144 / 720, 5);
  });

  it('a fixed full-width bar at the top is a top bar', async () => {
    expect((await placementOf('position:fixed;left:0;right:0;top:0;height:80px')).layout).toBe('top-bar');
  });

  it('a fixed box in the middle is a centred dialog', async () => {
    const p = await placementOf('position:fixed;left:390px;top:210px;width:500px;height:300px');
    expect(p.layout).toBe('centred-dialog');
  });

  it('a small fixed box in a corner is a corner box', async () => {
    const p = await placementOf('position:fixed;right:16px;bottom:16px;width:320px;height:200px');
    expect(p.layout).toBe('corner-box');
  });

  it('a card docked at the bottom, centred and narrower than a bar, is a bottom box', async () => {
    const p = await placementOf('position:fixed;left:288px;bottom:16px;width:704px;height:80px');
    expect(p.layout).toBe('bottom-box');
  });

  it('a fixed layer over the whole viewport is a viewport cover', async () => {
    expect((await placementOf('position:fixed;inset:0')).layout).toBe('viewport-cover');
  });

  it('a sticky bar is an overlay too', async () => {
    const p = await placementOf('position:sticky;top:0;height:60px');
    expect(p).toMatchObject({ overlay: true, position: 'sticky' });
  });

  it('a full-width bar in normal flow at the top of the document is a top-of-page bar, not an overlay', async () => {
    const p = await placementOf('height:60px');
    expect(p).toMatchObject({ layout: 'top-of-page-bar', overlay: false, position: 'static' });
  });

  it('a block in the middle of the document is in flow', async () => {
    const p = await placementOf('margin:900px 100px 0;height:200px');
    expect(p.layout).toBe('in-flow');
  });
});

describe('isOverlayPositioned and overlayAncestor', () => {
  it('counts fixed and sticky, absolute only when stacked high, and an open positioned dialog', async () => {
    const page =
      await libPage.open(`<div id="f" style="position:fixed"></div><div id="s" style="position:sticky"></div>
      <div id="low" style="position:absolute;z-index:5"></div><div id="high" style="position:absolute;z-index:1000"></div>
      <div id="static"></div>`);
    const answers = await page.evaluate(() => {
      const { isOverlayPositioned } = (window as unknown as WithLib<typeof Geometry>).__unbannerLib;
      return ['#f', '#s', '#low', '#high', '#static'].map((s) =>
        isOverlayPositioned(document.querySelector(s) as Element, window),
      );
    });
    expect(answers).toEqual([true, true, false, true, false]);
  });

  it('finds the positioned ancestor of a text, and nothing for text in flow', async () => {
    const page = await libPage.open(
      '<div id="bar" style="position:fixed"><div><p id="t">We use cookies</p></div></div><p id="flow">Hello</p>',
    );
    const found = await page.evaluate(() => {
      const { overlayAncestor } = (window as unknown as WithLib<typeof Geometry>).__unbannerLib;
      const $ = (s: string) => document.querySelector(s) as Element;
      return [overlayAncestor($('#t'), window)?.id ?? null, overlayAncestor($('#flow'), window)?.id ?? null];
    });
    expect(found).toEqual(['bar', null]);
  });
});
