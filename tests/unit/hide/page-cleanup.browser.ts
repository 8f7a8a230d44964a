import { describe, expect, it } from 'vitest';
import type * as Cleanup from '@/lib/hide/page-cleanup';
import { useLibPage, type WithLib } from '../../support/lib-page';

const libPage = useLibPage(['lib/hide/page-cleanup']);
const TALL = '<main><h1>News</h1><div style="height:3000px"></div></main>';

/** Runs the clean-up once in the page and returns its codes. Keeps it for `undoCleanup`. */
function runCleanup(): string[] {
  const { PageCleanup } = (window as unknown as WithLib<typeof Cleanup>).__unbannerLib;
  const cleanup = new PageCleanup(document, window);
  (window as unknown as { cleanup: Cleanup.PageCleanup }).cleanup = cleanup;
  return cleanup.run();
}

function undoCleanup(): void {
  (window as unknown as { cleanup: Cleanup.PageCleanup }).cleanup.undo();
}

const style = (selector: string, property: string) => (page: import('playwright-core').Page) =>
  page.evaluate(({ s, p }) => getComputedStyle(document.querySelector(s) as Element).getPropertyValue(p), {
    s: selector,
    p: property,
  });

describe('PageCleanup', () => {
  it('unlocks overflow:hidden !important on html and body, and undo puts the page back exactly', async () => {
    const page = await libPage.open(TALL, '<style>html,body{overflow:hidden!important}</style>');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(runCleanup)).toEqual(['scroll-unlocked']);
    expect(await style('html', 'overflow-y')(page)).toBe('auto');
    expect(
      await page.evaluate(() => {
        window.scrollTo(0, 500);
        return window.scrollY;
      }),
    ).toBe(500);
    await page.evaluate(undoCleanup);
    expect(await style('html', 'overflow-y')(page)).toBe('hidden');
    expect(await style('body', 'overflow-y')(page)).toBe('hidden');
    expect(await page.evaluate(() => document.body.getAttribute('style'))).toBeFalsy();
  });

  it('puts a body fixed at a negative top back in flow, at the reader\u2019s place', async () => {
    const page = await libPage.open(TALL, '<style>body{position:fixed;top:-700px;width:100%}</style>');
    expect(await page.evaluate(runCleanup)).toEqual(['scroll-unlocked']);
    expect(await style('body', 'position')(page)).toBe('static');
    expect(await page.evaluate(() => window.scrollY)).toBe(700);
  });

  it('leaves a lock alone when there is nothing to scroll to', async () => {
    const page = await libPage.open('<main><h1>Short</h1></main>', '<style>body{overflow:hidden}</style>');
    expect(await page.evaluate(runCleanup)).toEqual([]);
    expect(await style('body', 'overflow-y')(page)).toBe('hidden');
  });

  it('lifts inert, aria-hidden, blur and a disabled pointer from the page, and undo restores them', async () => {
    const page = await libPage.open(
      '<main inert aria-hidden="true" style="filter:blur(4px);pointer-events:none"><h1>News</h1><div style="height:3000px"></div></main>',
    );
    expect((await page.evaluate(runCleanup)).sort()).toEqual([
      'blur-removed',
      'page-clickable',
      'page-interactive',
    ]);
    expect(await page.evaluate(() => document.querySelector('main')?.inert)).toBe(false);
    expect(await style('main', 'filter')(page)).toBe('none');
    expect(await style('main', 'pointer-events')(page)).toBe('auto');
    await page.evaluate(undoCleanup);
    expect(
      await page.evaluate(() => {
        const m = document.querySelector('main') as HTMLElement;
        return [m.inert, m.getAttribute('aria-hidden'), getComputedStyle(m).filter];
      }),
    ).toEqual([true, 'true', 'blur(4px)']);
  });

  it('does nothing on a page that is not locked', async () => {
    const page = await libPage.open(TALL);
    expect(await page.evaluate(runCleanup)).toEqual([]);
  });
});
