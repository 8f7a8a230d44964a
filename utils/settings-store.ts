import { storage } from '@wxt-dev/storage';
import { SETTINGS_MIGRATIONS } from '@/lib/settings/migrate';
import { normaliseSettings } from '@/lib/settings/normalise';
import { syncItemBytes } from '@/lib/settings/size';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_VERSION, type Settings } from '@/lib/settings/types';

/**
 * storage.sync holds at most 8 KB an item (SYNC_QUOTA_BYTES_PER_ITEM); settings up to this many
 * bytes go there, larger ones live in storage.local on this device only.
 */
export const SYNC_ITEM_LIMIT = 7500;

export type SettingsArea = 'sync' | 'local';

const SETTINGS_KEY = 'settings';

const itemOptions = {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_STORAGE_VERSION,
  migrations: SETTINGS_MIGRATIONS,
};
const syncSettings = storage.defineItem<Settings>(`sync:${SETTINGS_KEY}`, itemOptions);
const localSettings = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, itemOptions);
const settingsArea = storage.defineItem<SettingsArea>('local:settingsArea', { fallback: 'sync' });

export async function loadSettings(): Promise<Settings> {
  const area = await settingsArea.getValue();
  return normaliseSettings(await (area === 'local' ? localSettings : syncSettings).getValue());
}

export async function loadSettingsArea(): Promise<SettingsArea> {
  return settingsArea.getValue();
}

/** Where the settings are and why, for the options page. */
export interface SettingsPlacement {
  area: SettingsArea;
  /** Their size as storage.sync counts it. */
  bytes: number;
  /** What Unbanner puts in storage.sync at most (the browser's own limit is SYNC_QUOTA_BYTES_PER_ITEM). */
  limit: number;
  /** fits: in sync; too-big: over the limit, so local; sync-refused: they fit but the browser refused the write. */
  reason: 'fits' | 'too-big' | 'sync-refused';
}

export async function loadSettingsPlacement(): Promise<SettingsPlacement> {
  const [area, settings] = await Promise.all([loadSettingsArea(), loadSettings()]);
  const bytes = syncItemBytes(SETTINGS_KEY, settings);
  const reason = area === 'sync' ? 'fits' : bytes > SYNC_ITEM_LIMIT ? 'too-big' : 'sync-refused';
  return { area, bytes, limit: SYNC_ITEM_LIMIT, reason };
}

/** Saves to sync where the settings fit its quota, else to local; returns where they went. */
export async function saveSettings(settings: Settings): Promise<SettingsArea> {
  const clean = normaliseSettings(settings);
  if (syncItemBytes(SETTINGS_KEY, clean) <= SYNC_ITEM_LIMIT) {
    try {
      await syncSettings.setValue(clean);
      await settingsArea.setValue('sync');
      await localSettings.removeValue();
      return 'sync';
    } catch {
      // Over quota, too many writes a minute, or sync unavailable: fall through to local.
    }
  }
  await localSettings.setValue(clean);
  await settingsArea.setValue('local');
  return 'local';
}

/** Applies a change to the current settings (in place, or by returning new ones) and saves them. */
export async function updateSettings(change: (s: Settings) => Settings | undefined): Promise<Settings> {
  const current = await loadSettings();
  const next = change(current) ?? current;
  await saveSettings(next);
  return normaliseSettings(next);
}

export function watchSettings(onChange: (s: Settings) => void): () => void {
  const reload = () => void loadSettings().then(onChange);
  const unwatch = [syncSettings.watch(reload), localSettings.watch(reload), settingsArea.watch(reload)];
  return () => {
    for (const u of unwatch) u();
  };
}
