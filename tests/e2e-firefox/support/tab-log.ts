import type { Page } from 'puppeteer-core';
import type { FirefoxWithExtension } from './firefox';

/** Removals the background has logged for the page's tab (what the popup lists), read in the extension. */
export async function loggedRemovals(ext: FirefoxWithExtension, page: Page): Promise<number> {
  const tabId = await ext.tabIdOf(page);
  return ext.inExtension(async (id: number) => {
    const stored = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as
      | { removals?: unknown[] }
      | undefined;
    if (stored !== undefined && !Array.isArray(stored.removals))
      throw new Error('tab log in an unknown shape');
    return stored?.removals?.length ?? 0;
  }, tabId);
}
