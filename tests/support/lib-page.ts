import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../e2e/support/browser';
import { bundleLib, LIB_GLOBAL } from './lib-bundle';

/**
 * Unit tests of `lib/` modules that need a real browser (layout, computed styles, CSS
 * animations): Chromium without the extension, a page per test built from markup, and the
 * modules bundled into it. Files named `*.browser.ts` under tests/unit run this way, with the
 * end-to-end suite (`npm run test:e2e`).
 */
export interface LibPage {
  /** A fresh page (1280×720, body without margin) with this markup in its body and the modules loaded. */
  open(bodyHtml: string, headHtml?: string): Promise<Page>;
}

/**
 * The window of a lib page, for functions run with `page.evaluate` (they are sent as source, so
 * they reach the modules as `(window as unknown as WithLib<typeof M>).__unbannerLib`).
 */
export type WithLib<T> = { __unbannerLib: T };

export function useLibPage(modules: string[]): LibPage {
  let browser: ExtensionBrowser;
  let code = '';
  const pages: Page[] = [];
  beforeAll(async () => {
    [browser, code] = await Promise.all([launchWithExtension({ extension: false }), bundleLib(modules)]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(bodyHtml, headHtml = '') {
      for (const p of pages.splice(0)) await p.close();
      const page = await browser.context.newPage();
      pages.push(page);
      await page.setContent(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>body{margin:0}</style>${headHtml}</head><body>${bodyHtml}</body></html>`,
      );
      await page.addScriptTag({ content: code });
      if (!(await page.evaluate((g) => g in window, LIB_GLOBAL)))
        throw new Error('the lib bundle did not load');
      return page;
    },
  };
}
