import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadFixture } from '../e2e/support/fixtures';
import { startFixtureServer } from '../e2e/support/server';
import { type FirefoxWithExtension, launchFirefoxWithExtension, within } from './support/firefox';
import { installRecorder, visibleBanners, waitForSettled } from './support/page-checks';
import { FirefoxPopup } from './support/popup';

/**
 * Firefox MV3 host permissions are the user's: granted at install, but they can be withdrawn
 * (about:addons). Without them the registered content script does not run, and the extension
 * can tell (`permissions.contains`). Its own browser, since access is not given back here.
 */
const fixture = loadFixture('pages', 'demo-news-zh');
const ORIGINS = ['http://*/*', 'https://*/*'];
let ext: FirefoxWithExtension;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer(['pages']);
  ext = await launchFirefoxWithExtension({ hosts: [`${fixture.id}.test`] });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

it('withdrawn access to websites: nothing runs, and the extension can tell', async () => {
  const load = async () => {
    const page = await within(10_000, 'new tab', ext.firefox.newPage());
    await installRecorder(page);
    await within(20_000, 'load', page.goto(server.url(fixture.id), { waitUntil: 'load' }));
    await waitForSettled(page, fixture.id);
    return page;
  };
  const granted = () =>
    ext.inExtension((o: string[]) => chrome.permissions.contains({ origins: o }), ORIGINS);

  expect(await granted()).toBe(true);
  let page = await load();
  expect(await visibleBanners(page, fixture.banner ?? []), 'hidden with access').toEqual([]);
  await page.close();

  expect(await ext.inExtension((o: string[]) => chrome.permissions.remove({ origins: o }), ORIGINS)).toBe(
    true,
  );
  expect(await granted()).toBe(false);
  page = await load();
  expect(await visibleBanners(page, fixture.banner ?? []), 'shown without access').not.toEqual([]);
  const popup = await within(20_000, 'opening the popup', FirefoxPopup.open(ext, page));
  expect(await popup.itemTexts()).toEqual([]);
  await popup.close();
  await page.close();
});
