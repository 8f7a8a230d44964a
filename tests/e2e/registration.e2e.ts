import { expect, it } from 'vitest';
import { visibleSelectors } from './support/judge';
import { seedSettings, waitForRegistration } from './support/popup';
import { useExtensionSession } from './support/session';

/**
 * Issue #13, finding 1: one site entry (a bracketed IPv6 address) used to make Chrome refuse
 * the whole registration, leaving no content script on any site. Every kind of key switched off
 * at once must leave the scripts registered, and a banner on another site still hidden.
 */

const session = useExtensionSession({ groups: ['pages'], resetAfterEach: true });
const off = { enabled: false, hide: [], allow: [], changed: 1 };

it('sites switched off by IPv6, IPv4, punycode, single-label and localhost keys leave Unbanner on elsewhere', async () => {
  const keys = ['[::1]', '[2001:db8::7]', '127.0.0.1', 'xn--bcher-kva.example', 'intranet', 'localhost'];
  await seedSettings(session.ext, { enabled: true, sites: Object.fromEntries(keys.map((k) => [k, off])) });
  await waitForRegistration(
    session.ext,
    (scripts) =>
      scripts.length === 2 && scripts.every((s) => s.excludeMatches?.includes('*://xn--bcher-kva.example/*')),
  );
  const worker = await session.ext.worker();
  const scripts = await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  expect(scripts.map((s) => s.id).sort()).toEqual(['unbanner', 'unbanner-detector']);
  for (const s of scripts) {
    expect(s.excludeMatches).toEqual(
      expect.arrayContaining(['*://127.0.0.1/*', '*://intranet/*', '*://*.localhost/*']),
    );
    expect(s.excludeMatches?.some((p) => p.includes('*.['))).toBe(false);
  }
  // Whatever Chrome refused is named for the options page, and nothing else.
  const status = (await worker.evaluate(
    async () => (await chrome.storage.local.get('registrationStatus')).registrationStatus,
  )) as { refused: string[]; withoutExcludes: boolean } | undefined;
  const excluded = scripts[0]?.excludeMatches ?? [];
  const refused = keys.filter((k) => !excluded.includes(`*://${k}/*`));
  expect(status ?? { refused: [], withoutExcludes: false }).toEqual({
    refused: refused.sort(),
    withoutExcludes: false,
  });

  const page = await session.ext.context.newPage();
  session.open.push(page);
  await page.goto(session.server.url('persistent-cmp'), { waitUntil: 'load' });
  await expect
    .poll(() => page.evaluate(() => document.querySelector('#onetrust-banner-sdk') !== null), {
      timeout: 5000,
    })
    .toBe(true);
  await expect.poll(() => visibleSelectors(page, ['#onetrust-banner-sdk']), { timeout: 5000 }).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).not.toContain('OptanonAlertBoxClosed');
});
