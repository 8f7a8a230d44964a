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

/** The popup, opened as a page for a given tab: the way the scorecard and these tests read it. */
export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(ext: ExtensionBrowser, context: BrowserContext, target: Page): Promise<PopupPage> {
    const tabId = await tabIdOf(ext, target);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await page.getByRole('list', { name: /removed/i }).waitFor({ state: 'attached' });
    return new PopupPage(page);
  }

  removedList() {
    return this.page.getByRole('list', { name: /removed/i });
  }

  items() {
    return this.removedList().getByRole('listitem');
  }

  async itemTexts(): Promise<string[]> {
    return this.items().allInnerTexts();
  }

  siteSwitch() {
    return this.page.getByRole('switch', { name: /this site/i });
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
