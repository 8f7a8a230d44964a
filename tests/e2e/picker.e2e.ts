import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../lib/report/report';
import { fixtureFromReport } from '../../lib/report/to-fixture';
import { installRecorder, paintedBannerFrames, reloadSettled } from './support/judge';
import { PopupPage, storedSettings, tabIdOf } from './support/popup';
import { useExtensionSession } from './support/session';

/**
 * Pick mode against the built extension, on a page whose newsletter modal Unbanner does not
 * know and whose class names are new hashes on every load: pick, confirm, reload; the
 * keyboard path; cancel; the page's handlers while picking; axe on the popup and the bar.
 */

const PAGE = 'pick-newsletter';
const DIALOG = '[aria-label="Newsletter"]';
const session = useExtensionSession({ groups: ['pick'], resetAfterEach: true });

async function visit(): Promise<Page> {
  const page = await session.ext.context.newPage();
  session.open.push(page);
  await page.goto(session.server.url(PAGE), { waitUntil: 'load' });
  return page;
}

/** Unbanner's layer: the element it appends to <html> (its content is in a closed shadow root). */
function layerPresent(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const last = document.documentElement.lastElementChild as HTMLElement | null;
    return !!last && last.localName === 'div' && last.style.zIndex === '2147483647';
  });
}

async function openPopup(page: Page): Promise<PopupPage> {
  const popup = await PopupPage.open(session.ext, session.ext.context, page);
  session.open.push(popup.page);
  return popup;
}

/** "Hide something on this page" in the popup: the popup closes, the page is in pick mode. */
async function startPick(page: Page, how: 'mouse' | 'keyboard' = 'mouse'): Promise<void> {
  const popup = await openPopup(page);
  const closed = popup.page.waitForEvent('close');
  const button = popup.page.getByRole('button', { name: 'Hide something on this page' });
  if (how === 'mouse') await button.click();
  else {
    for (let i = 0; i < 20 && !(await button.evaluate((b) => b === document.activeElement)); i++) {
      await popup.page.keyboard.press('Tab');
    }
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    // A button acts on Enter's keydown; the popup is gone before a keyup could reach it.
    await popup.page.keyboard.down('Enter');
  }
  await closed;
  await page.bringToFront();
  await expect.poll(() => layerPresent(page)).toBe(true);
}

/** The center of the modal's padding, where a click lands on the modal itself. */
async function modalPadding(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator(DIALOG).boundingBox();
  if (!box) throw new Error('the modal is not rendered');
  return { x: box.x + 8, y: box.y + 8 };
}

function dialogVisible(page: Page): Promise<boolean> {
  return page.locator(DIALOG).isVisible();
}

function savedRules(): Promise<string[]> {
  return storedSettings(session.ext).then((s) =>
    Object.values((s as { sites?: Record<string, { hide: string[] }> } | null)?.sites ?? {}).flatMap(
      (site) => site.hide,
    ),
  );
}

/** What "the page as it was" means: its markup, the computed styles of html and body, its scroll. */
function pageState(page: Page) {
  return page.evaluate(() => {
    const styles = (el: Element) => {
      const cs = getComputedStyle(el);
      return Array.from(cs, (p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    };
    return {
      markup: document.documentElement.outerHTML,
      html: styles(document.documentElement),
      body: styles(document.body),
      scroll: [scrollX, scrollY],
    };
  });
}

/** Where one of the pick bar's buttons is (it is in a closed shadow root: asked of the extension's own world). */
async function barButton(page: Page, action: string): Promise<{ x: number; y: number }> {
  const tabId = await tabIdOf(session.ext, page);
  const worker = await session.ext.worker();
  const box = await worker.evaluate(
    async ([id, name]) => {
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: id as number, frameIds: [0] },
        func: (which: string) => {
          const root = (globalThis as unknown as { __unbannerPicker?: { root: ShadowRoot } }).__unbannerPicker
            ?.root;
          const button = root?.querySelector(`button[data-action="${which}"]`) as HTMLButtonElement | null;
          if (!button || button.disabled) return null;
          const r = button.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        },
        args: [name as string],
      });
      return result?.result ?? null;
    },
    [tabId, action] as const,
  );
  if (!box) throw new Error(`the pick bar has no enabled "${action}" button`);
  return box;
}

const pageClicks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pageClicks: number }).__pageClicks);

describe('pick mode', () => {
  it('picks an unknown modal with the mouse; the rule lasts across a reload with new class names, and undo works', async () => {
    const page = await visit();
    expect(await dialogVisible(page)).toBe(true);
    const hashBefore = await page.evaluate(() => (window as unknown as { __hash: string }).__hash);
    await startPick(page);
    const at = await modalPadding(page);
    await page.mouse.move(at.x, at.y);
    await page.mouse.click(at.x, at.y);
    // The pick is hidden as a preview, with its backdrop, and the page scrolls again.
    await expect.poll(() => dialogVisible(page)).toBe(false);
    const backdropVisible = await page.evaluate(
      (h) => !!document.querySelector(`.css-${h}b`)?.checkVisibility(),
      hashBefore,
    );
    expect(backdropVisible).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.body).overflowY)).not.toBe('hidden');
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('main') as Element).filter),
    ).toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => layerPresent(page)).toBe(false);
    const rules = await savedRules();
    expect(rules).toHaveLength(1);
    const rule = rules[0] as string;
    expect(rule).not.toContain(hashBefore);
    expect(await dialogVisible(page)).toBe(false);
    expect(await pageClicks(page)).toBe(0);

    // Reload: new hashes, the same rule hides the modal, before it is ever painted.
    await installRecorder(page, [DIALOG]);
    await reloadSettled(page);
    const painted = await paintedBannerFrames(page);
    expect(painted.whileParsing + painted.afterParsing, 'frames painted with the picked modal').toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __hash: string }).__hash)).not.toBe(hashBefore);
    await expect.poll(() => page.evaluate((s) => document.querySelectorAll(s).length, rule)).toBe(1);
    await expect.poll(() => dialogVisible(page)).toBe(false);

    // The popup lists it as the user's rule, with undo.
    const popup = await openPopup(page);
    const item = popup.item('Your rule');
    await item.waitFor({ timeout: 5000 });
    expect(await popup.hideRules().allInnerTexts()).toEqual([expect.stringContaining(rule)]);
    await item.getByRole('button', { name: 'Show again' }).click();
    await expect.poll(() => dialogVisible(page)).toBe(true);

    // And in the options page, under this site's hide rules.
    const options = await session.ext.context.newPage();
    session.open.push(options);
    await options.goto(`chrome-extension://${session.ext.extensionId}/options.html`);
    await options.locator('body.ready').waitFor({ state: 'attached' });
    await expect
      .poll(() => options.getByRole('list', { name: 'Hide rules' }).first().textContent())
      .toContain(rule);
  });

  it('picks with the keyboard only: start from the popup, arrows, Enter', async () => {
    const page = await visit();
    await startPick(page, 'keyboard');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => dialogVisible(page)).toBe(false);
    // Smaller (the modal's heading: the modal shows again), then bigger: back on the modal.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => dialogVisible(page)).toBe(true);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => dialogVisible(page)).toBe(false);
    await page.keyboard.press('Enter');
    await expect.poll(() => layerPresent(page)).toBe(false);
    expect(await savedRules()).toEqual(['div[role="dialog"]']);
  });

  it('reports a picked element: pick mode hands it to the popup, which shows the whole file, then saves it', async () => {
    const page = await visit();
    await startPick(page);
    const at = await modalPadding(page);
    await page.mouse.move(at.x, at.y);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => dialogVisible(page)).toBe(false);
    const report = await barButton(page, 'report');
    const opened = session.ext.context.waitForEvent('page');
    await page.mouse.click(report.x, report.y);
    const tab = await opened;
    session.open.push(tab);
    // Pick mode is over and the page is as it was: the report is of the modal as the page shows it.
    await expect.poll(() => layerPresent(page)).toBe(false);
    expect(await dialogVisible(page)).toBe(true);
    expect(await savedRules()).toEqual([]);
    expect(tab.url()).toContain(`tabId=${await tabIdOf(session.ext, page)}`);
    const preview = tab.locator('#report-preview');
    await preview.waitFor();
    await expect
      .poll(() => tab.locator('#report-panel').textContent())
      .toContain('A report of the element you picked');
    const shown = JSON.parse((await preview.textContent()) ?? '');
    expect(shown).toMatchObject({ kind: 'missed', host: `${PAGE}.test` });
    expect(shown.url).toBeUndefined();
    // The picked element itself is the snapshot's root: the modal, not the page's first overlay layer.
    expect(shown.snapshot.markup).toMatch(/^<div[^>]*role="dialog"[^>]*aria-label="Newsletter"/);
    expect(shown.snapshot.elements[0]).toMatchObject({ tag: 'div', position: 'fixed', zIndex: '9999' });
    expect(shown.snapshot.markup).not.toMatch(/<script|onclick/);

    const download = tab.waitForEvent('download');
    await tab.getByRole('link', { name: 'Save report file' }).click();
    const file = await (await download).path();
    expect(parseReport(JSON.parse(readFileSync(file, 'utf8')))?.kind).toBe('missed');
    // The one command that turns the file into a fixture, as a user runs it.
    const out = mkdtempSync(join(tmpdir(), 'unbanner-fixture-'));
    execFileSync('npm', ['run', '--silent', 'fixture:from-report', '--', file, '--out', out], {
      cwd: resolve(import.meta.dirname, '../..'),
      stdio: 'pipe',
    });
    const [id] = readdirSync(out);
    const fixture = JSON.parse(readFileSync(join(out, id as string, 'fixture.json'), 'utf8'));
    expect(fixture.kind).toBe('banner');
    const fixturePage = await session.ext.context.newPage();
    session.open.push(fixturePage);
    await fixturePage.setContent(readFileSync(join(out, id as string, 'index.html'), 'utf8'));
    const banner = fixturePage.locator(fixture.banner[0] as string);
    expect(await banner.getAttribute('aria-label')).toBe('Newsletter');
    rmSync(out, { recursive: true });
  });

  it('picks by touch: a tap picks, the bar is tapped, the page never sees the taps', async () => {
    const page = await visit();
    await startPick(page);
    const cdp = await session.ext.context.newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const tap = async ({ x, y }: { x: number; y: number }) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const touches = await page.evaluate(() => {
      const w = window as unknown as { __touches: number };
      w.__touches = 0;
      for (const type of ['touchstart', 'touchend', 'pointerdown', 'pointerup'])
        document.addEventListener(type, () => w.__touches++);
      return w.__touches;
    });
    expect(touches).toBe(0);
    await tap(await modalPadding(page));
    await expect.poll(() => dialogVisible(page)).toBe(false);
    await tap(await barButton(page, 'confirm'));
    await expect.poll(() => layerPresent(page)).toBe(false);
    expect(await savedRules()).toHaveLength(1);
    expect(await pageClicks(page)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __touches: number }).__touches)).toBe(0);
    // Out of pick mode the same tap reaches the page: the counts above could measure.
    await tap({ x: 20, y: 20 });
    await expect.poll(() => pageClicks(page)).toBe(1);
    await cdp.detach();
  });

  it('picks inside a same-origin frame: the preview and, after a reload, the rule hide it there', async () => {
    const page = await session.ext.context.newPage();
    session.open.push(page);
    await page.goto(session.server.url('pick-framed'), { waitUntil: 'load' });
    const promo = page.frameLocator('iframe').locator('.AppPromo');
    await promo.waitFor();
    await startPick(page);
    const box = await promo.boundingBox();
    if (!box) throw new Error('the frame has no app box');
    // Its padding, so the click lands on the box itself (top-viewport coordinates).
    await page.mouse.move(box.x + 4, box.y + 4);
    await page.mouse.click(box.x + 4, box.y + 4);
    await expect.poll(() => promo.isVisible()).toBe(false);
    expect(await page.locator('iframe').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => layerPresent(page)).toBe(false);
    const rules = await savedRules();
    expect(rules).toHaveLength(1);
    expect(await promo.evaluate((el, rule) => el.matches(rule), rules[0] as string)).toBe(true);

    await page.reload({ waitUntil: 'load' });
    await page.frameLocator('iframe').locator('ol').waitFor();
    await expect.poll(() => promo.isVisible()).toBe(false);
    expect(await page.frameLocator('iframe').locator('ol').isVisible()).toBe(true);
    const popup = await openPopup(page);
    await popup.item('Your rule').waitFor({ timeout: 5000 });
  });

  it('cancel leaves the page as it was: same markup, same html and body styles, same scroll', async () => {
    const page = await visit();
    await page.evaluate(() => window.scrollTo(0, 300));
    const before = await pageState(page);
    expect(before.scroll[1]).toBe(300);
    await startPick(page);
    const at = await modalPadding(page);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => dialogVisible(page)).toBe(false);
    await page.mouse.wheel(0, -100);
    await page.keyboard.press('Escape');
    await expect.poll(() => layerPresent(page)).toBe(false);
    expect(await pageState(page)).toEqual(before);
    expect(await savedRules()).toEqual([]);
  });

  it("never lets the page's own click handlers fire while picking", async () => {
    const page = await visit();
    await startPick(page);
    const subscribe = await page.getByRole('button', { name: 'Subscribe' }).boundingBox();
    if (!subscribe) throw new Error('no Subscribe button');
    await page.mouse.click(subscribe.x + 5, subscribe.y + 5);
    await page.mouse.click(20, 20);
    await page.keyboard.press('Escape');
    await expect.poll(() => layerPresent(page)).toBe(false);
    expect(await pageClicks(page)).toBe(0);
    // The same click out of pick mode reaches both handlers: the count above could measure.
    await page.mouse.click(subscribe.x + 5, subscribe.y + 5);
    expect(await pageClicks(page)).toBe(2);
  });

  it('axe finds no violation in the popup or in the pick bar', async () => {
    const page = await visit();
    const popup = await openPopup(page);
    const axe = await new AxeBuilder({ page: popup.page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await popup.close();

    await startPick(page);
    const at = await modalPadding(page);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => dialogVisible(page)).toBe(false);
    // The bar is in a closed shadow root that axe cannot enter: take its markup from the
    // extension's own world and check it, with its own stylesheet, on a page of its own.
    const tabId = await tabIdOf(session.ext, page);
    const worker = await session.ext.worker();
    const markup = await worker.evaluate(async (id) => {
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: id },
        func: () =>
          (globalThis as unknown as { __unbannerPicker?: { root: ShadowRoot } }).__unbannerPicker?.root
            .innerHTML ?? '',
      });
      return String(result?.result ?? '');
    }, tabId);
    expect(markup).toContain('Hide it on this site');
    const bar = await session.ext.context.newPage();
    session.open.push(bar);
    await bar.setContent(
      '<!doctype html><html lang="en"><head><title>Pick bar</title></head><body><main><h1>Pick bar</h1><div id="host"></div></main></body></html>',
    );
    await bar.evaluate((html) => {
      const root = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
      root.innerHTML = html;
    }, markup);
    const barAxe = await new AxeBuilder({ page: bar }).analyze();
    expect(barAxe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  // The README's and the stores' picture: a click picked the modal, the bar describes the rule.
  // It goes to tests/.artifacts, or with `UNBANNER_SCREENSHOTS=1` to docs/ (README) and
  // docs/store/ (1280×800, the size both stores take).
  it('scene: pick mode with the modal picked', async () => {
    const page = await visit();
    await page.setViewportSize({ width: 1280, height: 800 });
    await startPick(page);
    const at = await modalPadding(page);
    await page.mouse.move(at.x, at.y);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => dialogVisible(page)).toBe(false);
    const docs = process.env.UNBANNER_SCREENSHOTS;
    const dir = resolve(import.meta.dirname, docs ? '../../docs' : '../.artifacts');
    mkdirSync(resolve(dir, 'store'), { recursive: true });
    await page.screenshot({ path: resolve(dir, 'pick-mode.png') });
    await page.screenshot({ path: resolve(dir, 'store', 'pick-mode-1280x800.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => layerPresent(page)).toBe(false);
  });

  it('reports a missed banner: the popup shows the whole file first, the URL only when ticked, and saves it', async () => {
    const page = await visit();
    const popup = await openPopup(page);
    await popup.page.getByRole('button', { name: 'Report a banner Unbanner missed' }).click();
    const preview = popup.page.locator('#report-preview');
    await preview.waitFor();
    const shown = JSON.parse((await preview.textContent()) ?? '');
    expect(shown).toMatchObject({ kind: 'missed', host: `${PAGE}.test` });
    expect(shown.url).toBeUndefined();
    expect(shown.snapshot.markup).toContain('Get the Ledger in your inbox');
    expect(shown.snapshot.markup).not.toMatch(/<script|onclick/);
    await popup.page.getByRole('checkbox', { name: /full address/ }).check();
    await expect.poll(async () => JSON.parse((await preview.textContent()) ?? '').url).toBe(page.url());

    const download = popup.page.waitForEvent('download');
    await popup.page.getByRole('link', { name: 'Save report file' }).click();
    const file = await (await download).path();
    const report = parseReport(JSON.parse(readFileSync(file, 'utf8')));
    expect(report?.url).toBe(page.url());
    // Round trip: the file becomes a fixture whose expected banner is the reported modal.
    const made = fixtureFromReport(report as NonNullable<typeof report>);
    expect(made.fixture.kind).toBe('banner');
    const fixturePage = await session.ext.context.newPage();
    session.open.push(fixturePage);
    await fixturePage.setContent(made.html);
    const banner = fixturePage.locator((made.fixture.banner ?? [])[0] as string);
    expect(await banner.count()).toBe(1);
    expect(await banner.textContent()).toContain('Get the Ledger in your inbox');
  });
});
