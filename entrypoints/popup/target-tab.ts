import type { Target } from './state';

/** The tab the popup is about: the active one, or `?tabId=N` (tests, and the popup opened as a page). */
export async function targetTab(): Promise<Target | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  const tab = param
    ? await browser.tabs.get(Number(param)).catch(() => null)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
}
