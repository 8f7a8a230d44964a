import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { decodeStoredSettings } from '@/lib/settings/stored';
import type { Settings } from '@/lib/settings/types';

/**
 * Issue #13, storage: values of every past version and damaged values are migrated, repaired or
 * reset, never silently lost (old value backed up, a notice for the options page); sync refusing
 * a write loses nothing; two pages saving at once both keep their change; a failed write is an
 * error code the UI can show.
 */
interface StorageFixture {
  about: string;
  area: 'sync' | 'local';
  stored: Record<string, unknown>;
  state: string;
  notice?: string;
  lost?: number;
  settings: Settings;
}
const FIXTURES = join(import.meta.dirname, 'fixtures');
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as StorageFixture] as const);

describe('stored settings of every version, read as they are', () => {
  it('has a fixture for every storage version up to this one, and damaged ones', () => {
    const states = new Set(fixtures.map(([, f]) => f.state));
    for (const s of ['migrated', 'current', 'repaired', 'reset', 'newer']) expect(states).toContain(s);
  });

  it.each(fixtures)('%s', (_, f) => {
    const outcome = decodeStoredSettings(f.stored.settings, f.stored.settings$);
    expect(outcome.state).toBe(f.state);
    expect(outcome.settings).toEqual(f.settings);
    if (f.lost !== undefined) expect(outcome.lost).toBe(f.lost);
  });
});

describe('settings store over a fake browser.storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
    vi.stubGlobal('chrome', fakeBrowser);
    vi.stubGlobal('browser', fakeBrowser);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  const store = () => import('@/utils/settings-store');
  const areaOf = (f: StorageFixture) =>
    f.area === 'local' ? fakeBrowser.storage.local : fakeBrowser.storage.sync;

  it.each(fixtures)(
    '%s: the content script reads the same settings without the storage library',
    async (_, f) => {
      await areaOf(f).set(f.stored);
      if (f.stored.settingsArea) await fakeBrowser.storage.local.set({ settingsArea: f.stored.settingsArea });
      const { loadSettingsInPage } = await import('@/utils/content-settings');
      const s = await store();
      expect(await loadSettingsInPage()).toEqual(await s.loadSettings());
      expect(await loadSettingsInPage()).toEqual(f.settings);
    },
  );

  it.each(fixtures)('%s: repaired at start-up with the old value backed up', async (_, f) => {
    await areaOf(f).set(f.stored);
    if (f.stored.settingsArea) await fakeBrowser.storage.local.set({ settingsArea: f.stored.settingsArea });
    const s = await store();
    const before = structuredClone(await areaOf(f).get(null));
    expect(await s.loadSettings()).toEqual(f.settings);
    // Reading writes nothing (content scripts read too).
    expect(await areaOf(f).get(null)).toEqual(before);

    expect(await s.repairStoredSettings()).toBe(f.state);
    expect(await s.loadSettings()).toEqual(f.settings);
    const backups = await s.loadSettingsBackups();
    const notice = await s.loadSettingsNotice();
    if (f.state === 'current') {
      expect(backups).toEqual([]);
      expect(notice).toBeNull();
      return;
    }
    expect(backups[0]?.value).toEqual(f.stored.settings);
    expect(backups[0]?.from).toBe(
      typeof f.stored.settings$ === 'object' ? (f.stored.settings$ as { v: number }).v : 1,
    );
    expect(notice?.code ?? null).toBe(f.notice ?? null);
    if (f.state === 'newer') {
      // A later version's value stays as it was until the user saves something.
      expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(f.stored.settings);
    } else {
      const area =
        (await fakeBrowser.storage.local.get('settingsArea')).settingsArea === 'local' ? 'local' : 'sync';
      expect((await fakeBrowser.storage[area].get('settings$')).settings$).toEqual({ v: 2 });
    }
    await s.dismissSettingsNotice();
    expect(await s.loadSettingsNotice()).toBeNull();
  });

  it('a save over damaged settings backs them up first, even before the background repaired them', async () => {
    const damaged = { enabled: true, sites: { 'a.com': { enabled: false, hide: [3], allow: [] } } };
    await fakeBrowser.storage.sync.set({ settings: damaged, settings$: { v: 2 } });
    const s = await store();
    await s.updateSettings((x) => {
      x.enabled = false;
      return x;
    });
    expect((await s.loadSettingsBackups())[0]?.value).toEqual(damaged);
    expect((await s.loadSettingsNotice())?.code).toBe('settings-repaired');
  });

  it('keeps at most MAX_SETTINGS_BACKUPS old values', async () => {
    const s = await store();
    for (let i = 0; i < 6; i++) {
      await fakeBrowser.storage.sync.set({ settings: `broken ${i}`, settings$: { v: 2 } });
      await s.repairStoredSettings();
    }
    const backups = await s.loadSettingsBackups();
    expect(backups.map((b) => b.value)).toEqual(['broken 5', 'broken 4', 'broken 3']);
    expect(backups).toHaveLength(s.MAX_SETTINGS_BACKUPS);
  });

  it('sync over quota: the settings go to local whole, and come back to sync later without loss', async () => {
    const s = await store();
    const settings: Settings = {
      enabled: true,
      sites: { 'a.com': { enabled: false, hide: ['#x'], allow: [] } },
    };
    await s.saveSettings({ enabled: true, sites: {} });
    const set = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    expect(await s.saveSettings(settings)).toBe('local');
    expect(await s.loadSettings()).toEqual(settings);
    set.mockRestore();
    const more = await s.updateSettings((x) => {
      x.sites['b.org'] = { enabled: false, hide: [], allow: [] };
      return x;
    });
    expect(Object.keys(more.sites)).toEqual(['a.com', 'b.org']);
    expect(await s.loadSettingsArea()).toBe('sync');
    expect(await s.loadSettings()).toEqual(more);
  });

  it('a write no storage area takes is a SettingsWriteError with a code, not swallowed', async () => {
    const s = await store();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const failed = s.updateSettings((x) => {
      x.enabled = false;
      return x;
    });
    await expect(failed).rejects.toBeInstanceOf(s.SettingsWriteError);
    await expect(failed).rejects.toMatchObject({ code: 'storage-full' });
    vi.restoreAllMocks();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('disk on fire'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk on fire'));
    await expect(s.saveSettings({ enabled: true, sites: {} })).rejects.toMatchObject({
      code: 'storage-failed',
    });
  });

  it('the popup and the options page changing settings at once both keep their change', async () => {
    // One lock manager for the extension's origin, as the browser gives every extension page.
    const queues = new Map<string, Promise<unknown>>();
    const locks = {
      request: (name: string, job: () => Promise<unknown>) => {
        const run = (queues.get(name) ?? Promise.resolve()).then(job, job);
        queues.set(
          name,
          run.catch(() => undefined),
        );
        return run;
      },
    };
    vi.stubGlobal('navigator', { ...globalThis.navigator, locks });
    const popup = await store();
    vi.resetModules();
    const options = await store();
    expect(popup).not.toBe(options);
    const add = (key: string) => (x: Settings) => {
      x.sites[key] = { enabled: false, hide: [], allow: [] };
      return x;
    };
    await Promise.all([
      popup.updateSettings(add('popup.example')),
      options.updateSettings(add('options.example')),
      popup.updateSettings(add('popup2.example')),
      options.updateSettings(add('options2.example')),
    ]);
    expect(Object.keys((await popup.loadSettings()).sites).sort()).toEqual([
      'options.example',
      'options2.example',
      'popup.example',
      'popup2.example',
    ]);
  });
});
