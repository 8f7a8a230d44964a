import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv3');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The moz-extension:// host Firefox gives the add-on. Firefox makes up a random UUID per
 * profile unless `extensions.webextensions.uuids` already maps the add-on id to one: the
 * profile is new for every launch, so fixing it here makes extension URLs known in advance.
 */
export const EXTENSION_UUID = '6b1e7f0a-3c2d-4e5f-8a9b-0c1d2e3f4a5b';

export interface FirefoxWithExtension {
  firefox: Browser;
  addonId: string;
  /** `moz-extension://<uuid>/<path>` */
  extensionUrl: (path: string) => string;
  /** Runs a function in an extension page (`chrome.*` there is Firefox's promise-based API): tabs, storage, permissions. */
  inExtension: <A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A) => Promise<R>;
  /** Opens an extension page in a new tab; resolves when it has loaded. */
  openExtensionPage: (path: string) => Promise<Page>;
  /** The id the extension knows a page's tab by. */
  tabIdOf: (page: Page) => Promise<number>;
  close: () => Promise<void>;
}

function addonIdOf(dir: string): string {
  const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until a page shows `url` and has loaded, by asking the page itself. Firefox's WebDriver
 * BiDi does not report navigations of moz-extension:// documents (they live in the extension
 * process), so Puppeteer's `page.url()` and `goto()` never see them finish; evaluating works.
 */
async function waitForDocument(page: Page, url: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  let last = '';
  while (Date.now() < end) {
    // One question may go unanswered while the document is being replaced: ask again, not wait on it.
    last = await within(
      ASK_MS,
      'reading the document',
      page.evaluate(() => `${location.href} ${document.readyState}`),
    ).catch((e: Error) => `(${e.message})`);
    if (last === `${url} complete`) return;
    await sleep(100);
  }
  throw new Error(`${url} did not load (last seen: ${last})`);
}

/** How long one question to a page may take before it is asked again. */
const ASK_MS = 2000;

/**
 * Debian's firefox-esr, headless, driven over WebDriver BiDi, with the built Firefox package
 * installed as a temporary add-on. Nothing is downloaded.
 *
 * - Fixture hosts (`<id>.test`) resolve to 127.0.0.1 through `network.dns.localDomains`.
 * - `extensions.originControls.grantByDefault` is Firefox's own default (127+): MV3 host
 *   permissions are granted at install. Set here so the tests do not depend on it, and the
 *   launch checks `permissions.contains` for the host origins.
 * - `--remote-allow-system-access` lets WebDriver open moz-extension:// pages (the popup).
 */
export async function launchFirefoxWithExtension(options: {
  hosts: string[];
}): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX_EXTENSION_DIR)) {
    throw new Error(
      `${FIREFOX_EXTENSION_DIR} is missing: run \`npm run build\` (or \`wxt build -b firefox\`) first`,
    );
  }
  const addonId = addonIdOf(FIREFOX_EXTENSION_DIR);
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 720 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      'extensions.originControls.grantByDefault': true,
      'network.dns.localDomains': options.hosts.join(','),
      // Nothing but the fixture server: no captive-portal, connectivity or telemetry checks.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
      // A wheel turn moves the page at once instead of animating: whether the page scrolls is
      // what the tests judge, and an animation a loaded machine starts late read as a lock.
      'general.smoothScroll': false,
    },
  });
  // A temporary add-on is read from its folder while it runs: install a copy, so a build
  // started meanwhile (npm run build elsewhere) cannot change the files under the tests.
  const copy = mkdtempSync(join(tmpdir(), 'unbanner-firefox-ext-'));
  cpSync(FIREFOX_EXTENSION_DIR, copy, { recursive: true });
  const installed = await firefox.installExtension(copy);
  if (installed !== addonId) throw new Error(`installed ${installed}, expected ${addonId}`);
  const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;

  // One extension page stays open to reach the extension APIs from the tests: the popup for
  // no tab (it lists nothing and changes nothing).
  const control = await firefox.newPage();
  const controlUrl = extensionUrl('popup.html?tabId=-1');
  void control.goto(controlUrl, { timeout: 15_000 }).catch(() => undefined);
  await waitForDocument(control, controlUrl);

  const inExtension: FirefoxWithExtension['inExtension'] = (fn, ...args) =>
    control.evaluate(fn as never, ...(args as unknown as never[])) as never;

  const openExtensionPage = async (path: string): Promise<Page> => {
    const url = extensionUrl(path);
    // The tab's target is the page target that was not there before: another target created
    // meanwhile (a page's own window, a worker) is not taken for it.
    const before = new Set(firefox.targets());
    const isNew = (t: Target) => t.type() === 'page' && !before.has(t);
    let target: Target | undefined;
    // Firefox now and then never announces the new tab's target (once in a few hundred opens on
    // this machine): the tab is looked for among the targets, then opened once more.
    for (let attempt = 0; attempt < 2 && !target; attempt++) {
      await control.evaluate((u) => chrome.tabs.create({ url: u }).then(() => undefined), url);
      target = await firefox
        .waitForTarget(isNew, { timeout: 10_000 })
        .catch(() => firefox.targets().find(isNew));
    }
    if (!target) throw new Error(`no tab appeared for ${url}`);
    const page = await within(5000, `the page of ${url}`, target.page());
    if (!page) throw new Error(`no page for ${url}`);
    await waitForDocument(page, url);
    return page;
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    // The extension sees a tab's URL where it has host access: compare whole URLs (match
    // patterns cannot name a port).
    const byUrl = await control.evaluate(async (u) => {
      const tabs = (await chrome.tabs.query({})).filter((t) => t.url === u);
      return tabs.map((t) => t.id ?? -1);
    }, url);
    if (byUrl.length === 1 && (byUrl[0] ?? -1) >= 0) return byUrl[0] as number;
    if (byUrl.length > 1) throw new Error(`${byUrl.length} tabs show ${url}`);
    // Without host access (withdrawn in Firefox) the URL is hidden: the page's tab is the
    // active one once it is brought to the front.
    await page.bringToFront();
    const active = await control.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab ? { id: tab.id ?? -1, url: tab.url ?? null } : null;
    });
    if (!active || active.id < 0 || (active.url !== null && active.url !== url)) {
      throw new Error(`no tab for ${url}`);
    }
    return active.id;
  };

  // The background registers the content script on install: wait until it has, or fail.
  const registeredBy = Date.now() + 10_000;
  while (
    (await inExtension(async () => (await chrome.scripting.getRegisteredContentScripts()).length)) === 0
  ) {
    if (Date.now() > registeredBy) throw new Error('the background never registered its content scripts');
    await sleep(100);
  }

  return {
    firefox,
    addonId,
    extensionUrl,
    inExtension,
    openExtensionPage,
    tabIdOf,
    close: async () => {
      await firefox.close();
      rmSync(copy, { recursive: true, force: true });
    },
  };
}

/** Fails with a name instead of hanging until the test's timeout. */
export async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
