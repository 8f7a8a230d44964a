import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../e2e/support/server';
import { type FirefoxWithExtension, launchFirefoxWithExtension, within } from './support/firefox';
import { FirefoxPopup } from './support/popup';

/**
 * Pick mode in Firefox: started from the popup's button, a click picks the unknown modal,
 * Enter saves a rule that hides it after a reload (new hashed class names), Esc leaves the
 * page exactly as it was, and the page's click handlers never run meanwhile.
 */
const PAGE = 'pick-newsletter';
const DIALOG = '[aria-label="Newsletter"]';
let ext: FirefoxWithExtension;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer(['pick']);
  ext = await launchFirefoxWithExtension({ hosts: [`${PAGE}.test`] });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function load(): Promise<Page> {
  const page = await within(10_000, 'new tab', ext.firefox.newPage());
  await within(20_000, 'load', page.goto(server.url(PAGE), { waitUntil: 'load' }));
  return page;
}

const layerPresent = (page: Page) =>
  page.evaluate(() => {
    const last = document.documentElement.lastElementChild as HTMLElement | null;
    return !!last && last.localName === 'div' && last.style.zIndex === '2147483647';
  });
const dialogVisible = (page: Page) =>
  page.evaluate((s) => !!document.querySelector(s)?.checkVisibility(), DIALOG);
const pageClicks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pageClicks: number }).__pageClicks);

async function savedRules(): Promise<string[]> {
  return ext.inExtension(async () => {
    const { settingsArea } = await chrome.storage.local.get('settingsArea');
    const area = settingsArea === 'local' ? chrome.storage.local : chrome.storage.sync;
    const settings = (await area.get('settings')).settings as { sites?: Record<string, { hide: string[] }> };
    return Object.values(settings?.sites ?? {}).flatMap((s) => s.hide);
  });
}

async function startPick(page: Page): Promise<void> {
  const popup = await within(20_000, 'opening the popup', FirefoxPopup.open(ext, page));
  await popup.page.evaluate(() => (document.getElementById('pick-start') as HTMLButtonElement).click());
  await until(() => layerPresent(page), 'pick mode');
  await popup.page.close().catch(() => undefined);
  await page.bringToFront();
}

async function modalPadding(page: Page): Promise<{ x: number; y: number }> {
  const r = await page.evaluate((s) => {
    const b = (document.querySelector(s) as Element).getBoundingClientRect();
    return { x: b.x, y: b.y };
  }, DIALOG);
  return { x: r.x + 8, y: r.y + 8 };
}

describe('pick mode in Firefox', () => {
  it('Esc leaves the page as it was, and the page sees no click meanwhile', async () => {
    const page = await load();
    const state = () =>
      page.evaluate(() => {
        const styles = (el: Element) => {
          const cs = getComputedStyle(el);
          return Array.from(cs, (p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
        };
        return [
          document.documentElement.outerHTML,
          styles(document.documentElement),
          styles(document.body),
          scrollY,
        ];
      });
    await page.evaluate(() => window.scrollTo(0, 300));
    const before = await state();
    await startPick(page);
    const at = await modalPadding(page);
    await page.mouse.click(at.x, at.y);
    await until(async () => !(await dialogVisible(page)), 'the preview');
    await page.keyboard.press('Escape');
    await until(async () => !(await layerPresent(page)), 'pick mode to end');
    expect(await state()).toEqual(before);
    expect(await pageClicks(page)).toBe(0);
    expect(await savedRules()).toEqual([]);
    // Out of pick mode the same click reaches the page: the count could measure.
    await page.mouse.click(at.x, at.y);
    expect(await pageClicks(page)).toBe(1);
    await page.close();
  });

  it('a picked modal is saved as a rule and stays hidden after a reload with new class names', async () => {
    const page = await load();
    const hash = await page.evaluate(() => (window as unknown as { __hash: string }).__hash);
    await startPick(page);
    const at = await modalPadding(page);
    await page.mouse.click(at.x, at.y);
    await until(async () => !(await dialogVisible(page)), 'the preview');
    await page.keyboard.press('Enter');
    await until(async () => !(await layerPresent(page)), 'pick mode to end');
    expect(await savedRules()).toEqual(['div[role="dialog"]']);
    await within(20_000, 'reload', page.reload({ waitUntil: 'load' }));
    expect(await page.evaluate(() => (window as unknown as { __hash: string }).__hash)).not.toBe(hash);
    await until(async () => !(await dialogVisible(page)), 'the rule to hide the modal');
    expect(await dialogVisible(page)).toBe(false);
    await page.close();
  });
});
