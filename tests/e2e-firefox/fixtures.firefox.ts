import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, frameProblems, loadFixture, loadFixtures } from '../e2e/support/fixtures';
import { FIXTURES, startFixtureServer } from '../e2e/support/server';
import { waitForKeptShown, waitForRemovalLogged } from '../support/judge';
import { type FirefoxWithExtension, launchFirefoxWithExtension, within } from './support/firefox';
import {
  driverOf,
  installRecorder,
  judge,
  paintedBannerFrames,
  visibleBanners,
  waitForSettled,
} from './support/page-checks';
import { FirefoxPopup } from './support/popup';
import { loggedRemovals } from './support/tab-log';

/**
 * The Firefox package in firefox-esr: fixture pages judged as a person would see them (banner
 * gone, article uncovered, the page scrolls with the wheel), the popup listing the removals,
 * and the per-site switch. One browser for the whole file.
 */
const GROUPS = ['pages', 'platforms', 'detector'] as const;
const all = GROUPS.flatMap((group) => loadFixtures(group).map((fixture) => ({ group, fixture })));

/** Every folder the fixture server can serve, as `<id>.test` (embeds have no fixture.json of their own). */
function fixtureHosts(groups: readonly string[]): string[] {
  return groups.flatMap((group) =>
    readdirSync(join(FIXTURES, group), { withFileTypes: true })
      .filter((d) => d.isDirectory() && /^[a-z0-9-]+$/.test(d.name))
      .map((d) => `${d.name}.test`),
  );
}

let ext: FirefoxWithExtension;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchFirefoxWithExtension({ hosts: fixtureHosts(GROUPS) });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Waits until the page settled: its banner came, Unbanner did its work, nothing changes any more. */
const settle = (page: Page, fixture: Fixture) => waitForSettled(page, fixture.id);

/** Opens a fixture with the recorder (painted banner frames, page state) and waits until it settled. */
async function openFixture(fixture: Fixture): Promise<Page> {
  const page = await within(10_000, 'new tab', ext.firefox.newPage());
  const banner = fixture.kind === 'banner' ? (fixture.banner ?? []) : [];
  await within(10_000, 'installing the recorder', installRecorder(page, banner));
  await within(20_000, `load ${fixture.id}`, page.goto(server.url(fixture.id), { waitUntil: 'load' }));
  await settle(page, fixture);
  if (fixture.kind === 'banner')
    await within(
      30_000,
      'the removal logged',
      waitForRemovalLogged(driverOf(page), () => loggedRemovals(ext, page), fixture.id),
    );
  else
    await within(30_000, 'the decoy shown', waitForKeptShown(driverOf(page), fixture.keep ?? [], fixture.id));
  return page;
}

describe('the Firefox package', () => {
  it('is installed with its add-on id, has access to web pages and registers its content script', async () => {
    expect(ext.addonId).toBe('unbanner@unbanner.dev');
    const state = await ext.inExtension(async () => ({
      manifest: chrome.runtime.getManifest() as chrome.runtime.Manifest & {
        browser_specific_settings?: unknown;
      },
      hostAccess: await chrome.permissions.contains({ origins: ['http://*/*', 'https://*/*'] }),
      scripts: await chrome.scripting.getRegisteredContentScripts(),
      session: typeof chrome.storage.session?.get,
    }));
    expect(state.manifest.manifest_version).toBe(3);
    expect(state.manifest.browser_specific_settings).toMatchObject({
      gecko: { id: 'unbanner@unbanner.dev', data_collection_permissions: { required: ['none'] } },
    });
    expect(state.hostAccess).toBe(true);
    // The document-start script (rules, hiding) and whatever else the background registers.
    const main = state.scripts.find((s) => s.id === 'unbanner');
    expect(main).toMatchObject({
      runAt: 'document_start',
      allFrames: true,
      matches: ['http://*/*', 'https://*/*'],
    });
    expect(state.session).toBe('function');
  });
});

for (const group of GROUPS) {
  const fixtures = all.filter((f) => f.group === group).map((f) => f.fixture);
  describe(group, () => {
    it.each(fixtures.map((f) => [f.id, f] as const))('%s', async (_, fixture) => {
      const page = await openFixture(fixture);
      const verdict = await within(20_000, 'judging the page', judge(page, fixture));
      expect(verdict.visibleBanners, 'banner elements still visible').toEqual([]);
      expect(verdict.coveredOrMissing, 'content missing or covered').toEqual([]);
      if (verdict.scrolls !== null) {
        // A clean page that locks scrolling itself (an open sign-in dialog) must stay as it is.
        const expected = !(fixture.kind === 'clean' && fixture.scrollLocked);
        expect(verdict.scrolls, 'page scrolls with the wheel as it should').toBe(expected);
      }
      const painted = await paintedBannerFrames(page);
      if (fixture.kind === 'banner') {
        // Never painted, unless the fixture states why that is impossible.
        expect(frameProblems(fixture, painted), 'painted banner frames').toEqual([]);
      }
      // A page served in pieces is there to be painted while it parses: one that was not measured nothing.
      if (fixture.streamed)
        expect(painted.framesWhileParsing, 'frames painted while the page arrived').toBeGreaterThan(0);
      const popup = await within(20_000, 'opening the popup', FirefoxPopup.open(ext, page));
      if (fixture.kind === 'banner') {
        const texts = await popup.waitForItems(1);
        const label = fixture.label ?? (group === 'detector' ? undefined : fixture.platform);
        if (label) expect(texts.join('\n'), 'the popup names the platform').toContain(label);
      } else {
        // The page settled (Unbanner's hides show in the DOM it watched) and the popup is ready.
        expect(await popup.itemTexts(), 'removals listed on a clean page').toEqual([]);
      }
      await within(10_000, 'closing the popup', popup.close());
      await within(10_000, 'closing the page', page.close());
    });
  });
}

describe('the per-site switch', () => {
  const fixture = loadFixture('pages', 'demo-news-zh');

  it('off and reload shows the banner; on and reload hides it again', async () => {
    const page = await openFixture(fixture);
    expect(await visibleBanners(page, fixture.banner ?? [])).toEqual([]);

    // Off, then the popup's own "Reload page" button.
    let popup = await within(20_000, 'opening the popup', FirefoxPopup.open(ext, page));
    expect(await popup.switchState()).toBe(true);
    expect((await popup.waitForItems(1)).join('\n')).toContain('CookieYes');
    await within(10_000, 'switching the site off', popup.toggleSite());
    expect(await popup.switchState()).toBe(false);
    const offLoad = page.waitForNavigation({ waitUntil: 'load' });
    await within(10_000, 'clicking "Reload page"', popup.clickReload());
    await within(20_000, 'the reload', offLoad);
    await within(10_000, 'closing the popup', popup.close());
    await within(10_000, 'activating the page', page.bringToFront());
    await settle(page, fixture);
    expect(await visibleBanners(page, fixture.banner ?? []), 'banner shown with the site off').not.toEqual(
      [],
    );

    popup = await within(20_000, 'opening the popup', FirefoxPopup.open(ext, page));
    expect(await popup.switchState()).toBe(false);
    expect(await popup.itemTexts(), 'removals listed for a load where nothing ran').toEqual([]);
    // On, then a reload of the page itself.
    await within(10_000, 'switching the site on', popup.toggleSite());
    expect(await popup.switchState()).toBe(true);
    await within(10_000, 'closing the popup', popup.close());
    await within(10_000, 'activating the page', page.bringToFront());
    await within(20_000, 'the reload', page.reload({ waitUntil: 'load' }));
    await settle(page, fixture);
    expect(await visibleBanners(page, fixture.banner ?? []), 'banner hidden with the site on').toEqual([]);

    popup = await within(20_000, 'opening the popup', FirefoxPopup.open(ext, page));
    expect((await popup.waitForItems(1)).join('\n')).toContain('CookieYes');
    await within(10_000, 'closing the popup', popup.close());
    await within(10_000, 'closing the page', page.close());
  });
});
