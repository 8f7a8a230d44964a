import type { Request } from 'playwright-core';
import { expect, it } from 'vitest';
import { PopupPage } from './support/popup';
import { useExtensionSession } from './support/session';

/**
 * Issue #13, least privilege: during a run (the worker starting, a fixture page visit with its
 * banners hidden and reported, the popup, the options page) the extension's worker and pages
 * request nothing but the fixture pages and the extension's own files; and the extension pages'
 * CSP refuses any other origin.
 */

// Playwright reports a service worker's requests only with this set (before the browser starts).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const session = useExtensionSession({ groups: ['pages'] });

interface Seen {
  url: string;
  from: string;
}

function record(): { seen: Seen[]; stop: () => void } {
  const seen: Seen[] = [];
  const onRequest = (request: Request) => {
    const worker = request.serviceWorker();
    const from = worker ? `worker ${worker.url()}` : (request.frame()?.page().url() ?? '?');
    seen.push({ url: request.url(), from });
  };
  session.ext.context.on('request', onRequest);
  return { seen, stop: () => session.ext.context.off('request', onRequest) };
}

it('the worker, the popup and the options page request nothing beyond the fixtures and the extension', async () => {
  const { seen, stop } = record();
  const extension = `chrome-extension://${session.ext.extensionId}/`;
  const fixtureOrigin = /^http:\/\/[a-z0-9-]+\.test:\d+\//;

  // The recorder must see the worker's requests, or the check below proves nothing: the worker
  // fetches one of its own files.
  const worker = await session.ext.worker();
  await worker.evaluate(async () => (await fetch(chrome.runtime.getURL('manifest.json'))).ok);

  const page = await session.ext.context.newPage();
  await page.goto(session.server.url('popup-mix'), { waitUntil: 'load' });
  const popup = await PopupPage.open(session.ext, session.ext.context, page);
  await popup.items().first().waitFor({ timeout: 5000 });
  const options = await session.ext.context.newPage();
  await options.goto(`${extension}options.html`);
  await options.locator('body.ready').waitFor({ state: 'attached' });
  await popup.close();
  await options.close();
  await page.close();
  stop();

  expect(seen.some((s) => s.from.startsWith('worker') && s.url === `${extension}manifest.json`)).toBe(true);
  expect(seen.some((s) => s.url.startsWith(`${extension}popup.html`))).toBe(true);
  expect(seen.some((s) => s.url.startsWith(`${extension}options.html`))).toBe(true);
  expect(seen.some((s) => fixtureOrigin.test(s.url))).toBe(true);
  const elsewhere = seen.filter((s) => !s.url.startsWith(extension) && !fixtureOrigin.test(s.url));
  expect(elsewhere).toEqual([]);
});

it('the extension pages’ CSP refuses other origins and inline script', async () => {
  const popup = await session.ext.context.newPage();
  await popup.goto(`chrome-extension://${session.ext.extensionId}/popup.html`);
  const fixture = session.server.url('popup-mix');
  const reached = await popup.evaluate(async (url) => {
    try {
      await fetch(url);
      return 'fetched';
    } catch {
      return 'refused';
    }
  }, fixture);
  expect(reached).toBe('refused');
  const inline = await popup.evaluate(() => {
    const w = window as unknown as { inlineRan?: boolean };
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.head.append(s);
    return w.inlineRan === true;
  });
  expect(inline).toBe(false);
  const worker = await session.ext.worker();
  const fromWorker = await worker.evaluate(async (url) => {
    try {
      await fetch(url);
      return 'fetched';
    } catch {
      return 'refused';
    }
  }, fixture);
  expect(fromWorker).toBe('refused');
  await popup.close();
});
