import { decodeStoredSettings } from '@/lib/settings/stored';
import type { Settings } from '@/lib/settings/types';
import { SETTINGS_AREA_KEY, SETTINGS_KEY, SETTINGS_META_KEY } from './settings-keys';

type StorageArea = { get(keys: string[]): Promise<Record<string, unknown>> };
type ExtensionApi = { storage: { local: StorageArea; sync: StorageArea } };

/**
 * The extension API as the browser gives it, without the promise polyfill that the extension's
 * pages use: Firefox's `browser` and Chrome's `chrome` both return promises in MV3. The document
 * start script runs in every frame of every page; it reads settings and sends messages, no more.
 */
export function extensionApi<T = ExtensionApi>(): T {
  const scope = globalThis as { browser?: unknown; chrome?: unknown };
  return (scope.browser ?? scope.chrome) as T;
}

/**
 * The settings, read as utils/settings-store.ts reads them (same keys, same decoding), in one
 * round trip to both storage areas instead of one after the other.
 */
export async function loadSettingsInPage(api: ExtensionApi = extensionApi()): Promise<Settings> {
  const [local, sync] = await Promise.all([
    api.storage.local.get([SETTINGS_AREA_KEY, SETTINGS_KEY, SETTINGS_META_KEY]),
    // A browser with storage.sync switched off still has settings in local.
    api.storage.sync.get([SETTINGS_KEY, SETTINGS_META_KEY]).catch(() => ({}) as Record<string, unknown>),
  ]);
  const from = local[SETTINGS_AREA_KEY] === 'local' ? local : sync;
  const meta = from[SETTINGS_META_KEY];
  const properties = meta && typeof meta === 'object' && !Array.isArray(meta) ? meta : {};
  return decodeStoredSettings(from[SETTINGS_KEY] ?? null, properties).settings;
}
