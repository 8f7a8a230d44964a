import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

/** The built extension; UNBANNER_EXT_DIR points the suite at another build (the mutants). */
export const EXTENSION_DIR =
  process.env.UNBANNER_EXT_DIR ??
  process.env.UNBANNER_EXTENSION_DIR ??
  resolve(import.meta.dirname, '../../../.output/chrome-mv3');
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: () => Promise<Worker>;
  close: () => Promise<void>;
}

/** Debian's Chromium, headless, with the built extension loaded; nothing is downloaded. */
export async function launchWithExtension(options: { extension?: boolean } = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'unbanner-e2e-'));
  const withExtension = options.extension !== false;
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP *.test 127.0.0.1',
  ];
  if (withExtension)
    args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: true,
    args,
    viewport: { width: 1280, height: 720 },
  });
  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return live ?? context.waitForEvent('serviceworker', { timeout: 15000 });
  };
  let extensionId = '';
  if (withExtension) {
    extensionId = new URL((await worker()).url()).host;
    // The content script is registered at run time by the worker: wait until it is, or fail.
    const w = await worker();
    const end = Date.now() + 10_000;
    while (
      (await w.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)) === 0
    ) {
      if (Date.now() > end) throw new Error('the background never registered its content scripts');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
