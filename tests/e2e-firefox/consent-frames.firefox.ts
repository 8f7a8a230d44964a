import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, startFixtureServer } from '../e2e/support/server';
import { type FirefoxWithExtension, launchFirefoxWithExtension, within } from './support/firefox';
import { installRecorder, visibleBanners } from './support/page-checks';
import { FirefoxPopup } from './support/popup';
import { loggedRemovals } from './support/tab-log';

/**
 * Issue #10, class 9, in firefox-esr: a consent layer in a frame from another origin is hidden
 * in the top document for its own content script's word (relayed by the background), listed once.
 */
let ext: FirefoxWithExtension;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer(['frames']);
  const hosts = readdirSync(join(FIXTURES, 'frames'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `${d.name}.test`);
  ext = await launchFirefoxWithExtension({ hosts });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** How long the popup may take to list the frame's removal (the relay crosses three scripts and the background). */
const RELAY_LISTED_MS = 15_000;

/** Polls `check` until it holds (the relay crosses three scripts and the background). */
async function until(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What each frame's content scripts know of themselves (utils/frame-relay.ts), read in the extension's world. */
async function frameStates(page: Page): Promise<unknown[]> {
  const tabId = await ext.tabIdOf(page);
  return ext.inExtension(async (id: number) => {
    const results = await chrome.scripting.executeScript({
      target: { tabId: id, allFrames: true },
      func: () => {
        const g = globalThis as {
          __unbannerFrameJudge?: { state: string };
          __unbannerFrameWatch?: { looks: number };
          __unbannerDetector?: boolean;
        };
        return {
          url: location.href,
          size: `${innerWidth}x${innerHeight}`,
          detector: !!g.__unbannerDetector,
          relay: g.__unbannerFrameJudge?.state,
          looks: g.__unbannerFrameWatch?.looks,
        };
      },
    });
    return results.map((r) => r.result);
  }, tabId);
}

describe('a consent layer in a frame from another origin', () => {
  it('full-viewport frame: hidden with the page’s backdrop, listed once', async () => {
    const page: Page = await within(10_000, 'new tab', ext.firefox.newPage());
    await within(10_000, 'installing the recorder', installRecorder(page));
    await within(20_000, 'load', page.goto(server.url('fr-news-cmp-wall'), { waitUntil: 'load' }));
    const layer = ['iframe.cmp-layer', '.cmp-dim'];
    await until(
      async () => (await visibleBanners(page, layer)).length === 0,
      'the frame and backdrop hidden',
    );
    // Held back, the frame looks hidden before its own judgement has come back: the log is awaited
    // first, with the page still the front tab (the popup opens in a tab of its own). A clean-clone
    // CI run once never listed it (15 s); eleven runs here, alone and under load, always did. The
    // failure says where the relay stopped.
    await until(
      async () => (await loggedRemovals(ext, page)) > 0,
      'the frame’s removal logged',
      RELAY_LISTED_MS,
    ).catch(async (e: Error) => {
      throw new Error(`${e.message}; frames: ${JSON.stringify(await frameStates(page))}`);
    });
    const popup = await within(20_000, 'opening the popup', FirefoxPopup.open(ext, page));
    const texts = await popup.waitForItems(1);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('cmp-wall.test');
    await within(10_000, 'closing the popup', popup.close());
    await within(10_000, 'closing the page', page.close());
  });
});
