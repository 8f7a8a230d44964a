import { describe, expect, it } from 'vitest';
import { activeHere, currentSite, siteKey } from '@/entrypoints/popup/state';
import { editSite, siteOrDefault, storedSite } from '@/lib/settings/edit';
import { engineSettingsFor } from '@/lib/settings/effective';
import { excludePlan } from '@/lib/settings/exclude-patterns';
import { normaliseSettings } from '@/lib/settings/normalise';
import { filterSites } from '@/lib/settings/site-list';
import { siteSettingsForHost } from '@/lib/settings/site-match';
import { parseSettingsFile } from '@/lib/settings/transfer';
import type { Settings } from '@/lib/settings/types';
import { siteKeyForUrl } from '@/utils/site-key';

/**
 * Issue #13, finding 8: settings lookups by host reached Object.prototype, so a page on a host
 * named `constructor` made the popup throw (structuredClone of a function) and go blank.
 */
const PROTO_NAMES = ['constructor', '__proto__', 'toString', 'tostring', 'hasOwnProperty', 'valueOf'];
const table = { platforms: [], rules: [] } as unknown as Parameters<typeof engineSettingsFor>[0];
const empty: Settings = { enabled: true, sites: {} };

describe('settings keys named like Object.prototype members', () => {
  it.each(PROTO_NAMES)('the popup’s lookups give the defaults for a host named %s', (name) => {
    expect(storedSite(empty, name)).toBeUndefined();
    expect(siteOrDefault(empty, name)).toEqual({ enabled: true, hide: [], allow: [] });
    expect(siteSettingsForHost(empty, name)).toBeNull();
    const key = siteKeyForUrl(`http://${name}/`);
    if (key) expect(siteOrDefault(empty, key)).toEqual({ enabled: true, hide: [], allow: [] });
  });

  it('a host named constructor can be switched off, read back and switched on again', () => {
    const off = editSite(
      empty,
      'constructor',
      (s) => {
        s.enabled = false;
      },
      5,
    );
    expect(Object.hasOwn(off.sites, 'constructor')).toBe(true);
    expect(siteOrDefault(off, 'constructor').enabled).toBe(false);
    expect(engineSettingsFor(table, off, 'http://constructor/')).toBeNull();
    expect(engineSettingsFor(table, empty, 'http://constructor/')).not.toBeNull();
    expect([...excludePlan(off).accepted.keys()]).toEqual(['constructor']);
    expect(filterSites(off, '').map((r) => r.key)).toEqual(['constructor']);
    const on = editSite(off, 'constructor', (s) => {
      s.enabled = true;
    });
    expect(Object.keys(on.sites)).toEqual([]);
    expect(({} as Record<string, unknown>).constructor).toBe(Object); // nothing leaked onto the prototype
  });

  it('stored or imported "__proto__" and "constructor" entries neither pollute nor vanish', () => {
    const raw = JSON.parse(
      '{"enabled":true,"sites":{"__proto__":{"enabled":false,"hide":[],"allow":[]},"constructor":{"enabled":false,"hide":[],"allow":[]}}}',
    );
    const settings = normaliseSettings(raw);
    expect(Object.getPrototypeOf(settings.sites)).toBe(Object.prototype);
    expect(Object.keys(settings.sites)).toEqual(['constructor']); // "__proto__" is no site name
    expect(storedSite(settings, 'constructor')?.enabled).toBe(false);
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();

    const file = JSON.stringify({ app: 'unbanner', schema: 1, exportedAt: '', settings: raw });
    const result = parseSettingsFile(file);
    expect(result.ok).toBe(false); // the "__proto__" entry is a damaged site name, named as such
    const clean = JSON.stringify({
      app: 'unbanner',
      schema: 1,
      exportedAt: '',
      settings: { enabled: true, sites: { constructor: { enabled: false, hide: [], allow: [] } } },
    });
    const ok = parseSettingsFile(clean);
    expect(ok.ok && storedSite(ok.settings, 'constructor')?.enabled).toBe(false);
  });

  it.each(['constructor', 'valueof', 'tostring'])(
    'the popup’s state for a page on http://%s/ is the defaults',
    (host) => {
      const state = {
        tab: { id: 1, url: `http://${host}/` },
        registrable: siteKeyForUrl(`http://${host}/`),
        host,
        settings: empty,
        log: [],
        dropped: 0,
        stale: false,
      };
      expect(siteKey(state)).toBe(host);
      expect(currentSite(state)).toEqual({ enabled: true, hide: [], allow: [] });
      expect(activeHere(state)).toBe(true);
    },
  );
});
