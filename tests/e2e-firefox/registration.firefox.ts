import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadFixture } from '../e2e/support/fixtures';
import { startFixtureServer } from '../e2e/support/server';
import { type FirefoxWithExtension, launchFirefoxWithExtension, within } from './support/firefox';
import { installRecorder, visibleBanners, waitForSettled } from './support/page-checks';

/**
 * Issue #13, finding 1, in Firefox: sites switched off under every kind of key (IPv6, IPv4,
 * punycode, single-label, localhost) leave the content scripts registered, and a banner on
 * another site hidden. Firefox checks match patterns on its own terms: whatever it refuses is
 * recorded for the options page, never a reason to register nothing.
 */
const fixture = loadFixture('pages', 'demo-news-zh');
const KEYS = ['[::1]', '[2001:db8::7]', '127.0.0.1', 'xn--bcher-kva.example', 'intranet', 'localhost'];
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

it('sites switched off by every kind of key leave Unbanner registered and working elsewhere', async () => {
  const off = { enabled: false, hide: [], allow: [], changed: 1 };
  await ext.inExtension(
    async (keys: string[], site: typeof off) => {
      await chrome.storage.sync.set({
        settings: { enabled: true, sites: Object.fromEntries(keys.map((k) => [k, site])) },
        settings$: { v: 2 },
      });
    },
    KEYS,
    off,
  );
  type Script = { id: string; excludeMatches?: string[] };
  let scripts: Script[] = [];
  for (let i = 0; i < 100; i++) {
    scripts = await ext.inExtension(
      async () => (await chrome.scripting.getRegisteredContentScripts()) as Script[],
    );
    if (scripts.length === 2 && scripts.every((s) => s.excludeMatches?.includes('*://localhost/*'))) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(scripts.map((s) => s.id).sort()).toEqual(['unbanner', 'unbanner-detector']);
  const excluded = scripts[0]?.excludeMatches ?? [];
  expect(excluded).toContain('*://localhost/*');
  const status = await ext.inExtension(
    async () =>
      (await chrome.storage.local.get('registrationStatus')).registrationStatus as
        | { refused: string[]; withoutExcludes: boolean }
        | undefined,
  );
  const refused = KEYS.filter((k) => !excluded.includes(`*://${k}/*`)).sort();
  expect(status ?? { refused: [], withoutExcludes: false }).toEqual({ refused, withoutExcludes: false });

  const page = await within(10_000, 'new tab', ext.firefox.newPage());
  await installRecorder(page);
  await within(20_000, 'load', page.goto(server.url(fixture.id), { waitUntil: 'load' }));
  await waitForSettled(page, fixture.id);
  expect(await visibleBanners(page, fixture.banner ?? [])).toEqual([]);
  await page.close();
});
