import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { migrateSettingsV1toV2 } from '@/lib/settings/migrate';
import { SETTINGS_STORAGE_VERSION } from '@/lib/settings/types';

/** What version 0.1.0 stored: empty entries left behind by undone changes, no change times. */
const v1 = {
  enabled: true,
  sites: {
    'example.com': { enabled: false, hide: [], allow: [] },
    'undone.org': { enabled: true, hide: [], allow: [] },
    'news.co.uk': { enabled: true, hide: ['#promo', '#promo'], allow: ['rule:didomi'] },
  },
};
const v2 = {
  enabled: true,
  sites: {
    'example.com': { enabled: false, hide: [], allow: [] },
    'news.co.uk': { enabled: true, hide: ['#promo'], allow: ['rule:didomi'] },
  },
};

describe('settings migration v1 -> v2 (pure)', () => {
  it('drops sites that hold only defaults and repairs the rest', () => {
    expect(migrateSettingsV1toV2(v1)).toEqual(v2);
  });

  it('is safe to run twice and on garbage', () => {
    expect(migrateSettingsV1toV2(migrateSettingsV1toV2(v1))).toEqual(v2);
    expect(migrateSettingsV1toV2(null)).toEqual({ enabled: true, sites: {} });
    expect(migrateSettingsV1toV2('nonsense')).toEqual({ enabled: true, sites: {} });
  });
});

/** The real storage items (utils/settings-store.ts) over an in-memory browser.storage. */
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

  it('migrates v1 settings in storage.sync and records version 2', async () => {
    await fakeBrowser.storage.sync.set({ settings: v1 });
    const { loadSettings, repairStoredSettings } = await store();
    expect(await loadSettings()).toEqual(v2);
    expect(await repairStoredSettings()).toBe('migrated');
    const raw = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(raw.settings).toEqual(v2);
    expect(raw.settings$).toEqual({ v: SETTINGS_STORAGE_VERSION });
  });

  it('migrates the local copy too (kept in local when sync refused it)', async () => {
    await fakeBrowser.storage.local.set({ settings: v1, settingsArea: 'local' });
    const { loadSettings, repairStoredSettings } = await store();
    expect(await loadSettings()).toEqual(v2);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE'));
    expect(await repairStoredSettings()).toBe('migrated');
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 2 });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(v2);
  });

  it('leaves v2 settings as they are', async () => {
    const stored = {
      enabled: true,
      sites: { 'a.com': { enabled: true, hide: ['#x'], allow: [], changed: 5 } },
    };
    await fakeBrowser.storage.sync.set({ settings: stored, settings$: { v: 2 } });
    const { loadSettings } = await store();
    expect(await loadSettings()).toEqual(stored);
  });

  it('saves to sync while the settings fit, to local when they do not, and says why', async () => {
    const { saveSettings, loadSettings, loadSettingsPlacement, SYNC_ITEM_LIMIT } = await store();
    expect(await saveSettings(v2)).toBe('sync');
    expect(await loadSettingsPlacement()).toMatchObject({ area: 'sync', reason: 'fits' });

    const big = {
      enabled: true,
      sites: {} as Record<string, { enabled: boolean; hide: string[]; allow: string[] }>,
    };
    for (let i = 0; i < 200; i++)
      big.sites[`site-${i}.example`] = { enabled: false, hide: ['#a-rather-long-rule'], allow: [] };
    expect(await saveSettings(big)).toBe('local');
    const placement = await loadSettingsPlacement();
    expect(placement).toMatchObject({ area: 'local', reason: 'too-big' });
    expect(placement.bytes).toBeGreaterThan(SYNC_ITEM_LIMIT);
    expect(Object.keys((await loadSettings()).sites)).toHaveLength(200);

    // Small again: back to sync, and the local copy is removed.
    expect(await saveSettings(v2)).toBe('sync');
    expect((await fakeBrowser.storage.local.get('settings')).settings).toBeUndefined();
    expect(await loadSettings()).toEqual(v2);
  });

  it('falls back to local when sync refuses a write', async () => {
    const { saveSettings, loadSettingsPlacement } = await store();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE'));
    expect(await saveSettings(v2)).toBe('local');
    expect(await loadSettingsPlacement()).toMatchObject({ area: 'local', reason: 'sync-refused' });
  });
});
