import { describe, expect, it } from 'vitest';
import { excludePlan, holdPlan, patternsForKey, siteKeyKind } from '@/lib/settings/exclude-patterns';
import type { Settings } from '@/lib/settings/types';
import { siteKeyForUrl } from '@/utils/site-key';

const off = { enabled: false, hide: [], allow: [] };

/** Every kind of page a person can switch off in the popup, with and without a port. */
const PAGES: [url: string, key: string, patterns: string[]][] = [
  ['http://127.0.0.1:8080/', '127.0.0.1', ['*://127.0.0.1/*']],
  ['http://192.168.1.20/', '192.168.1.20', ['*://192.168.1.20/*']],
  ['http://[::1]:5173/', '[::1]', ['*://[::1]/*']],
  ['http://[2001:db8::7]/', '[2001:db8::7]', ['*://[2001:db8::7]/*']],
  ['http://[::ffff:127.0.0.1]/', '[::ffff:7f00:1]', ['*://[::ffff:7f00:1]/*']],
  [
    'https://bücher.example/',
    'xn--bcher-kva.example',
    ['*://xn--bcher-kva.example/*', '*://*.xn--bcher-kva.example/*'],
  ],
  ['http://intranet:81/', 'intranet', ['*://intranet/*', '*://*.intranet/*']],
  ['http://localhost:3000/', 'localhost', ['*://localhost/*', '*://*.localhost/*']],
  ['https://www.bbc.co.uk/', 'bbc.co.uk', ['*://bbc.co.uk/*', '*://*.bbc.co.uk/*']],
];

describe('exclude patterns per site key', () => {
  it.each(PAGES)('%s -> key %s -> patterns the browsers accept', (url, key, patterns) => {
    expect(siteKeyForUrl(url)).toBe(key);
    expect(patternsForKey(key)).toEqual(patterns);
  });

  it('never puts "*." before an IP address (Chrome refuses *://*.[::1]/*)', () => {
    expect(siteKeyKind('[::1]')).toBe('ipv6');
    expect(siteKeyKind('10.0.0.1')).toBe('ipv4');
    for (const [, key] of PAGES) {
      for (const p of patternsForKey(key) ?? []) expect(p).not.toMatch(/\*\.\[|\*\.\d+\.\d+\.\d+\.\d+\//);
    }
  });

  it('refuses keys that pass the stored-key check but are no host a browser takes', () => {
    // Each of these matches SITE_KEY (lib/settings/normalise.ts), as an imported file may hold them.
    for (const key of [
      '.',
      '..',
      'a..b',
      '.example.com',
      'example.com.',
      '-',
      'a-.com',
      '1.2.3',
      'x.0x7f',
      '[:::1]',
      '[1:2:3:4:5:6:7:8:9]',
      '[]',
      'a'.repeat(64) + '.com',
    ]) {
      expect(patternsForKey(key), key).toBeNull();
    }
    expect(patternsForKey(`${'a.'.repeat(126)}b`)).not.toBeNull();
    expect(patternsForKey(`${'a.'.repeat(127)}b`)).toBeNull();
  });

  it('plans only the sites switched off; a bad key is refused alone and the others still apply', () => {
    const settings: Settings = {
      enabled: true,
      sites: {
        'example.com': off,
        '[::1]': off,
        '127.0.0.1': off,
        'a..b': off,
        'on.org': { enabled: true, hide: ['#x'], allow: [] },
      },
    };
    const plan = excludePlan(settings);
    expect(plan.refused).toEqual(['a..b']);
    expect([...plan.accepted.keys()]).toEqual(['127.0.0.1', '[::1]', 'example.com']);
  });
});

describe('the hold plan: sites whose own rules must be in place before the page paints', () => {
  it('takes the sites on with hide rules, in key order, and nothing when Unbanner is off', () => {
    const rules = { enabled: true, hide: ['.promo'], allow: [] };
    const settings: Settings = {
      enabled: true,
      sites: {
        'b.example': rules,
        'a.example': rules,
        'allow-only.example': { enabled: true, hide: [], allow: ['.keep'] },
        'off.example': { ...rules, enabled: false },
        'a..b': rules,
      },
    };
    expect([...holdPlan(settings).keys()]).toEqual(['a.example', 'b.example']);
    expect(holdPlan({ ...settings, enabled: false }).size).toBe(0);
  });
});
