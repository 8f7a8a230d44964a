import type { BrowserContext, Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/** The tab id the extension knows a page by. */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  const worker = await ext.worker();
  const id = await worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab for ${url}`);
  return id;
}

/** The removals the background logged for a page's tab (what the popup lists). */
export async function tabLog(ext: ExtensionBrowser, page: Page): Promise<{ rule: string; label: string }[]> {
  const tabId = await tabIdOf(ext, page);
  const worker = await ext.worker();
  return worker.evaluate(async (id) => {
    // The background stores { removals, droppedByFrame } (utils/bounded-tab-log.ts).
    const stored = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as
      | { removals?: { rule: string; label: string }[] }
      | undefined;
    if (stored !== undefined && !Array.isArray(stored.removals))
      throw new Error('tab log in an unknown shape');
    return stored?.removals ?? [];
  }, tabId);
}

/** The popup, opened as a page for a given tab: the way the scorecard and these tests read it. */
export class PopupPage {
  private constructor(
    readonly page: Page,
    readonly tabId: number,
  ) {}

  static async open(ext: ExtensionBrowser, context: BrowserContext, target: Page): Promise<PopupPage> {
    const tabId = await tabIdOf(ext, target);
    const page = await context.newPage();
    await page.setViewportSize({ width: 420, height: 640 });
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await page.getByRole('list', { name: /removed/i }).waitFor({ state: 'attached' });
    await page.locator('body.ready').waitFor({ state: 'attached' });
    return new PopupPage(page, tabId);
  }

  removedList() {
    return this.page.getByRole('list', { name: /removed/i });
  }

  items() {
    return this.removedList().getByRole('listitem');
  }

  /** The item whose heading names it ("OneTrust", "Detected cookie banner", ...). */
  item(label: string | RegExp) {
    return this.items().filter({ has: this.page.getByRole('heading', { name: label }) });
  }

  async itemTexts(): Promise<string[]> {
    return this.items().allInnerTexts();
  }

  siteSwitch() {
    return this.page.getByRole('switch', { name: /this site/i });
  }

  status() {
    return this.page.locator('#status');
  }

  ruleInput() {
    return this.page.getByRole('textbox', { name: /css selector/i });
  }

  ruleMessage() {
    return this.page.locator('#rule-message');
  }

  hideRules() {
    return this.page.getByRole('list', { name: /hidden by your rules/i }).getByRole('listitem');
  }

  allows() {
    return this.page.getByRole('list', { name: /always shown on this site/i }).getByRole('listitem');
  }

  async addRule(selector: string): Promise<string> {
    await this.ruleInput().fill(selector);
    await this.page.getByRole('button', { name: 'Add rule' }).click();
    await this.ruleMessage().filter({ hasText: /./ }).waitFor();
    return (await this.ruleMessage().textContent()) ?? '';
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

/** Stored settings, straight from the extension's storage (what a test must see unchanged). */
export async function storedSettings(ext: ExtensionBrowser): Promise<unknown> {
  const worker = await ext.worker();
  return worker.evaluate(async () => {
    const { settingsArea } = await chrome.storage.local.get('settingsArea');
    const area = settingsArea === 'local' ? chrome.storage.local : chrome.storage.sync;
    return (await area.get('settings')).settings ?? null;
  });
}

/** Clears all settings and waits until the content script is registered for every site again. */
export async function resetSettings(ext: ExtensionBrowser): Promise<void> {
  const worker = await ext.worker();
  await worker.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.remove(['settings', 'settings$', 'settingsArea']);
  });
  await waitForRegistration(
    ext,
    (scripts) => scripts.length > 0 && scripts.every((s) => !s.excludeMatches?.length),
  );
}

type Registered = { excludeMatches?: string[] }[];

/** How long the background may take to (re-)register its content scripts before a test fails. */
export const REGISTRATION_DEADLINE_MS = 10_000;

/** Waits until the registered content scripts satisfy `ok` (the background re-registers on change). */
export async function waitForRegistration(
  ext: ExtensionBrowser,
  ok: (scripts: Registered) => boolean,
): Promise<void> {
  const end = Date.now() + REGISTRATION_DEADLINE_MS;
  let last: Registered = [];
  while (Date.now() < end) {
    const worker = await ext.worker();
    last = await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    if (ok(last)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`content script registration did not settle: ${JSON.stringify(last)}`);
}

export async function badgeText(ext: ExtensionBrowser, tabId: number): Promise<string> {
  const worker = await ext.worker();
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Writes settings into storage as the extension would (sync), for tests that need a starting point. */
export async function seedSettings(ext: ExtensionBrowser, settings: unknown): Promise<void> {
  const worker = await ext.worker();
  await worker.evaluate(async (s) => {
    await chrome.storage.local.remove(['settings', 'settingsArea']);
    await chrome.storage.sync.set({ settings: s, settings$: { v: 2 } });
  }, settings);
}
