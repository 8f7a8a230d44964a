import { storage } from '@wxt-dev/storage';
import { normaliseSettings } from '@/lib/settings/normalise';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/types';

/** storage.sync holds at most 8 KB an item; past that the settings live in storage.local. */
export const SYNC_ITEM_LIMIT = 7500;

export type SettingsArea = 'sync' | 'local';

const syncSettings = storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS, version: 1 });
const localSettings = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });
const settingsArea = storage.defineItem<SettingsArea>('local:settingsArea', { fallback: 'sync' });

export async function loadSettings(): Promise<Settings> {
  const area = await settingsArea.getValue();
  return normaliseSettings(await (area === 'local' ? localSettings : syncSettings).getValue());
}

export async function loadSettingsArea(): Promise<SettingsArea> {
  return settingsArea.getValue();
}

/** Saves to sync where the settings fit its quota, else to local; returns where they went. */
export async function saveSettings(settings: Settings): Promise<SettingsArea> {
  const clean = normaliseSettings(settings);
  if (JSON.stringify(clean).length <= SYNC_ITEM_LIMIT) {
    try {
      await syncSettings.setValue(clean);
      await settingsArea.setValue('sync');
      await localSettings.removeValue();
      return 'sync';
    } catch {
      // Over quota or sync unavailable: fall through to local.
    }
  }
  await localSettings.setValue(clean);
  await settingsArea.setValue('local');
  return 'local';
}

/** Applies a change to the current settings and saves them. */
export async function updateSettings(change: (s: Settings) => void): Promise<Settings> {
  const s = await loadSettings();
  change(s);
  await saveSettings(s);
  return s;
}

export function watchSettings(onChange: (s: Settings) => void): () => void {
  const reload = () => void loadSettings().then(onChange);
  const unwatch = [syncSettings.watch(reload), localSettings.watch(reload), settingsArea.watch(reload)];
  return () => {
    for (const u of unwatch) u();
  };
}
