import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { loadFixtures } from './support/fixtures';
import { installRecorder, openSettled, paintedBannerFrames, waitForSettled } from './support/judge';
import { PopupPage } from './support/popup';
import { useExtensionSession } from './support/session';

/**
 * What the fixture suite does not measure for the detector's banner classes (issue #10): layout
 * shift when a banner in the page's flow is hidden, a banner re-created by its page listed once
 * and restorable, and a cookie wall over a withheld article explained in the popup.
 */
interface ClassFixture {
  id: string;
  banner?: string[];
  layoutShift?: boolean;
  /** Served in pieces (`<!--stream-pause-->`), as the fixture loader found. */
  streamed?: boolean;
  listedOnce?: boolean;
  withheld?: boolean;
}

const fixtures = loadFixtures('detector') as unknown as ClassFixture[];
const session = useExtensionSession();

/** Records every layout shift from document start (the page's own and any our hiding causes). */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: number };
    w.__cls = 0;
    w.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (e.hadRecentInput) continue;
        w.__cls += e.value;
        w.__shifts++;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Opens a URL in a page already given its init scripts, with the recorder, and waits until it settled. */
async function openIn(page: Page, url: string, banner: string[]): Promise<Page> {
  await installRecorder(page, banner);
  await page.goto(url, { waitUntil: 'load' });
  await waitForSettled(page, url);
  return page;
}

async function shifts(page: Page): Promise<{ cls: number; count: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: number };
    return { cls: w.__cls, count: w.__shifts };
  });
}

/** Where the site's header and the article's heading sit in the document. */
async function contentTops(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    ['header.site-header', 'article h1'].map((s) => {
      const el = document.querySelector(s);
      return el ? Math.round(el.getBoundingClientRect().top + scrollY) : Number.NaN;
    }),
  );
}

describe('banners in the page flow leave no gap and no layout shift', () => {
  let plain: ExtensionBrowser;
  beforeAll(async () => {
    plain = await launchWithExtension({ extension: false });
  });
  afterAll(async () => {
    await plain?.close();
  });

  it.each(fixtures.filter((f) => f.layoutShift).map((f) => [f.id, f] as const))('%s', async (_, f) => {
    const url = session.server.url(f.id);
    // Without Unbanner: the page as its visitors see it, and the same page with the banner
    // taken out of layout (where hiding it should leave everything).
    const without = await plain.context.newPage();
    await recordShifts(without);
    const settledWithout = await openIn(without, url, f.banner ?? []);
    const clsWithout = await shifts(settledWithout);
    await settledWithout.addStyleTag({ content: `${(f.banner ?? []).join(',')}{display:none!important}` });
    const idealTops = await contentTops(settledWithout);
    await settledWithout.close();

    const fresh = await session.ext.context.newPage();
    await recordShifts(fresh);
    const page = await openIn(fresh, url, f.banner ?? []);
    // The detector is loaded on demand: the page may look settled while it is still on its way.
    await page.waitForFunction(
      (sels: string[]) =>
        sels.every((s) => [...document.querySelectorAll(s)].every((e) => !e.checkVisibility())),
      f.banner ?? [],
      { timeout: 10_000 },
    );
    const withUs = await shifts(page);
    const painted = await paintedBannerFrames(page);
    const frames = painted.whileParsing + painted.afterParsing;
    const tops = await contentTops(page);
    await page.close();

    console.info(
      `${f.id}: CLS without Unbanner ${clsWithout.cls.toFixed(4)} (${clsWithout.count} shifts), with ${withUs.cls.toFixed(4)} (${withUs.count} shifts, banner painted in ${frames} frames); content tops ${tops.join('/')}, ${idealTops.join('/')} with the banner never rendered`,
    );
    // No gap: the page is laid out as if the banner had never been there.
    expect(tops, 'header and heading where they are without the banner').toEqual(idealTops);
    // A block in the page's flow is held back out of layout (as the detector hides it), so once
    // it is held nothing moves. On a page that arrives in pieces it is held in the first frame
    // that lays it out: no shift at all. A page parsed in one go can be laid out once before the
    // first look (Chromium delivers the look's first observation a frame late after parsing
    // ends), so the block took space once: one shift then, and nothing more (no gap left behind
    // and closed later, no second move).
    const allowed = f.streamed ? 0 : 1;
    expect(withUs.count, 'layout shifts with Unbanner').toBeLessThanOrEqual(clsWithout.count + allowed);
  });
});

describe('a banner its page re-creates is listed once and can be brought back', () => {
  it.each(fixtures.filter((f) => f.listedOnce).map((f) => [f.id, f] as const))('%s', async (_, f) => {
    const page = await openSettled(session.ext.context, session.server.url(f.id), f.banner ?? []);
    const visible = () =>
      page.evaluate(
        (sels: string[]) =>
          sels.some((s) => [...document.querySelectorAll(s)].some((e) => e.checkVisibility())),
        f.banner ?? [],
      );
    expect(await visible(), 'banner hidden after the page re-created it').toBe(false);
    const popup = await PopupPage.open(session.ext, session.ext.context, page);
    await popup.items().first().waitFor({ timeout: 3000 });
    expect(await popup.items().count(), 'listed once').toBe(1);
    await popup.items().first().locator('[data-action="show-again"]').click();
    await page.waitForFunction(
      (sels: string[]) =>
        sels.some((s) => [...document.querySelectorAll(s)].some((e) => e.checkVisibility())),
      f.banner ?? [],
      { timeout: 3000 },
    );
    expect(await visible(), 'banner shown again after "show"').toBe(true);
    await popup.close();
    await page.close();
  });
});

describe('a cookie wall over a withheld article is explained', () => {
  it.each(fixtures.filter((f) => f.withheld).map((f) => [f.id, f] as const))('%s', async (_, f) => {
    const page = await openSettled(session.ext.context, session.server.url(f.id), f.banner ?? []);
    const popup = await PopupPage.open(session.ext, session.ext.context, page);
    await popup.items().first().waitFor({ timeout: 3000 });
    expect((await popup.itemTexts()).join('\n')).toMatch(/withholds the article/);
    await popup.close();
    await page.close();
  });

  it('says nothing of the kind where the article is there', async () => {
    const f = fixtures.find((x) => x.id === 'fr-wall-accept-or-subscribe');
    expect(f, 'fixture').toBeDefined();
    const page = await openSettled(session.ext.context, session.server.url(f?.id ?? ''), f?.banner ?? []);
    const popup = await PopupPage.open(session.ext, session.ext.context, page);
    await popup.items().first().waitFor({ timeout: 3000 });
    expect((await popup.itemTexts()).join('\n')).not.toMatch(/withholds the article/);
    await popup.close();
    await page.close();
  });
});
