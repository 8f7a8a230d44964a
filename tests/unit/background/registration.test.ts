import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Settings } from '@/lib/settings/types';

/**
 * utils/registration.ts over a fake `browser.scripting` that refuses patterns the way Chrome
 * does: a whole call fails for one pattern it dislikes.
 */
type Script = { id: string; excludeMatches?: string[]; matches?: string[]; js?: string[] };

function fakeScripting(refuses: (pattern: string) => boolean) {
  const registered = new Map<string, Script>();
  const check = (scripts: Script[]) => {
    for (const s of scripts) {
      // Site patterns, excluded or matched (the hold script's); not the scripts' own http/https origins.
      const sitePatterns = (s.matches ?? []).filter((p) => p.startsWith('*://'));
      for (const p of [...(s.excludeMatches ?? []), ...sitePatterns])
        if (refuses(p)) throw new Error(`Invalid url pattern '${p}'`);
    }
  };
  return {
    registered,
    api: {
      getRegisteredContentScripts: async (filter?: { ids?: string[] }) =>
        [...registered.values()]
          .filter((s) => !filter?.ids || filter.ids.includes(s.id))
          .map((s) => structuredClone(s)),
      registerContentScripts: async (scripts: Script[]) => {
        check(scripts);
        for (const s of scripts) if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        for (const s of scripts) registered.set(s.id, structuredClone(s));
      },
      updateContentScripts: async (scripts: Script[]) => {
        check(scripts);
        for (const s of scripts) {
          const old = registered.get(s.id);
          if (!old) throw new Error('no such script');
          registered.set(s.id, { ...old, ...structuredClone(s) });
        }
      },
      unregisterContentScripts: async (filter?: { ids?: string[] }) => {
        for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id);
      },
    },
  };
}

const off = { enabled: false, hide: [], allow: [] };
const chromeRefuses = (p: string) => p.includes('*.[');

describe('content-script registration never leaves the user unprotected', () => {
  let scripting: ReturnType<typeof fakeScripting>;
  const setup = async (refuses: (p: string) => boolean) => {
    scripting = fakeScripting(refuses);
    vi.stubGlobal('browser', { ...fakeBrowser, scripting: scripting.api });
    vi.stubGlobal('chrome', { ...fakeBrowser, scripting: scripting.api });
    const registration = await import('@/utils/registration');
    const status = await import('@/utils/registration-status');
    return { ...registration, ...status };
  };
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllGlobals());

  const settingsWith = (...keys: string[]): Settings => ({
    enabled: true,
    sites: Object.fromEntries(keys.map((k) => [k, off])),
  });

  it('registers both scripts with an exclude pattern per key kind, IPs without "*."', async () => {
    const r = await setup(chromeRefuses);
    await r.applyRegistration(
      settingsWith('[::1]', '127.0.0.1', 'localhost', 'intranet', 'xn--bcher-kva.example'),
    );
    const scripts = await scripting.api.getRegisteredContentScripts();
    expect(scripts.map((s) => s.id).sort()).toEqual([r.CONTENT_SCRIPT_ID, r.DETECTOR_SCRIPT_ID].sort());
    for (const s of scripts) {
      expect(s.excludeMatches).toEqual([
        '*://127.0.0.1/*',
        '*://[::1]/*',
        '*://intranet/*',
        '*://*.intranet/*',
        '*://localhost/*',
        '*://*.localhost/*',
        '*://xn--bcher-kva.example/*',
        '*://*.xn--bcher-kva.example/*',
      ]);
    }
    expect(await r.loadRegistrationStatus()).toEqual({ refused: [], withoutExcludes: false });
  });

  it('switching an IPv6 site off updates the registration in place and keeps it', async () => {
    const r = await setup(chromeRefuses);
    await r.applyRegistration(settingsWith('example.com'));
    await r.applyRegistration(settingsWith('example.com', '[::1]'));
    const scripts = await scripting.api.getRegisteredContentScripts();
    expect(scripts).toHaveLength(2);
    for (const s of scripts) expect(s.excludeMatches).toContain('*://[::1]/*');
  });

  it('a key the browser refuses is skipped and recorded; the other sites stay excluded', async () => {
    // A browser stricter than the grammar check: it refuses one name the check lets through.
    const r = await setup((p) => p.includes('strict.example'));
    await r.applyRegistration(settingsWith('example.com'));
    await r.applyRegistration(settingsWith('example.com', 'strict.example', 'b.org', 'c.net', 'd.io'));
    const scripts = await scripting.api.getRegisteredContentScripts();
    expect(scripts.map((s) => s.id).sort()).toEqual(['unbanner', 'unbanner-detector']);
    for (const s of scripts) {
      expect(s.excludeMatches).toContain('*://example.com/*');
      expect(s.excludeMatches).toContain('*://*.d.io/*');
      expect(s.excludeMatches?.some((p) => p.includes('strict.example'))).toBe(false);
    }
    expect(await r.loadRegistrationStatus()).toEqual({ refused: ['strict.example'], withoutExcludes: false });
    // The probe registration is gone.
    expect(scripting.registered.size).toBe(2);
  });

  it('a key the grammar refuses is recorded without asking the browser', async () => {
    const r = await setup(() => false);
    await r.applyRegistration(settingsWith('a..b', 'example.com'));
    expect((await scripting.api.getRegisteredContentScripts())[0]?.excludeMatches).toEqual([
      '*://example.com/*',
      '*://*.example.com/*',
    ]);
    expect((await r.loadRegistrationStatus()).refused).toEqual(['a..b']);
  });

  it('when the browser refuses every exclude pattern, the scripts run everywhere rather than nowhere', async () => {
    const r = await setup(() => true);
    await r.applyRegistration(settingsWith('example.com', 'other.org'));
    const scripts = await scripting.api.getRegisteredContentScripts();
    expect(scripts).toHaveLength(2);
    for (const s of scripts) expect(s.excludeMatches ?? []).toEqual([]);
    expect(await r.loadRegistrationStatus()).toEqual({
      refused: ['example.com', 'other.org'],
      withoutExcludes: false,
    });
  });

  it('when the browser refuses the patterns together but each alone, it falls back to no excludes, not to nothing', async () => {
    // Not a real browser rule: a failure the halving search cannot pin on one key.
    const r = await setup(() => false);
    const register = scripting.api.registerContentScripts;
    const update = scripting.api.updateContentScripts;
    const tooMany = (scripts: Script[]) => scripts.some((s) => (s.excludeMatches?.length ?? 0) > 2);
    scripting.api.registerContentScripts = async (s) => {
      if (tooMany(s)) throw new Error('refused');
      return register(s);
    };
    scripting.api.updateContentScripts = async (s) => {
      if (tooMany(s)) throw new Error('refused');
      return update(s);
    };
    await r.applyRegistration(settingsWith('example.com'));
    await r.applyRegistration(settingsWith('example.com', 'other.org'));
    const scripts = await scripting.api.getRegisteredContentScripts();
    expect(scripts).toHaveLength(2);
    for (const s of scripts) expect(s.excludeMatches ?? []).toEqual([]);
    expect(await r.loadRegistrationStatus()).toEqual({
      refused: ['example.com', 'other.org'],
      withoutExcludes: true,
    });
  });

  it('registers the hold script for exactly the sites on with their own hide rules, and follows them', async () => {
    const r = await setup(chromeRefuses);
    const rules = { enabled: true, hide: ['.promo'], allow: [] };
    const settings: Settings = {
      enabled: true,
      sites: {
        'news.example': rules,
        '[::1]': rules,
        'quiet.example': { enabled: true, hide: [], allow: ['rule:OneTrust'] },
        'off.example': { ...rules, enabled: false },
      },
    };
    await r.applyRegistration(settings);
    const hold = () => scripting.registered.get(r.HOLD_SCRIPT_ID);
    expect(hold()).toMatchObject({
      js: [r.HOLD_SCRIPT_FILE],
      matches: ['*://[::1]/*', '*://news.example/*', '*://*.news.example/*'],
    });
    // The main scripts still leave out only the site switched off.
    expect(scripting.registered.get(r.CONTENT_SCRIPT_ID)?.excludeMatches).toEqual([
      '*://off.example/*',
      '*://*.off.example/*',
    ]);
    // The rules removed: no hold; Unbanner switched off: nothing at all.
    await r.applyRegistration({ ...settings, sites: { 'news.example': { ...rules, hide: [] } } });
    expect(hold()).toBeUndefined();
    await r.applyRegistration(settings);
    await r.applyRegistration({ ...settings, enabled: false });
    expect(await scripting.api.getRegisteredContentScripts()).toEqual([]);
  });

  it('a site whose patterns the browser refuses is left out of the hold, the others keep it', async () => {
    const r = await setup((p) => p.includes('strict.example'));
    const rules = { enabled: true, hide: ['.promo'], allow: [] };
    await r.applyRegistration({ enabled: true, sites: { 'strict.example': rules, 'b.org': rules } });
    expect(scripting.registered.get(r.HOLD_SCRIPT_ID)?.matches).toEqual(['*://b.org/*', '*://*.b.org/*']);
  });

  it('switched off everywhere: nothing registered, no problem recorded', async () => {
    const r = await setup(chromeRefuses);
    await r.applyRegistration(settingsWith('example.com'));
    await r.applyRegistration({ enabled: false, sites: {} });
    expect(await scripting.api.getRegisteredContentScripts()).toEqual([]);
  });
});
