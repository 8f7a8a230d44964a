import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { resetSettings } from './popup';
import { startFixtureServer } from './server';

export interface ExtensionSession {
  readonly ext: ExtensionBrowser;
  readonly server: Awaited<ReturnType<typeof startFixtureServer>>;
  /** Pages to close after each test. */
  readonly open: Page[];
}

/**
 * One browser with the built extension and one fixture server for a test file; with
 * `resetAfterEach`, every test starts from default settings and closes the pages it opened.
 */
export function useExtensionSession(
  options: { groups?: string[]; resetAfterEach?: boolean } = {},
): ExtensionSession {
  const session = { open: [] as Page[] } as {
    ext: ExtensionBrowser;
    server: ExtensionSession['server'];
    open: Page[];
  };
  beforeAll(async () => {
    session.server = await startFixtureServer(options.groups);
    session.ext = await launchWithExtension();
  });
  afterAll(async () => {
    await session.ext?.close();
    await session.server?.close();
  });
  if (options.resetAfterEach) {
    afterEach(async () => {
      for (const p of session.open.splice(0)) await p.close().catch(() => undefined);
      await resetSettings(session.ext);
    });
  }
  return session;
}
