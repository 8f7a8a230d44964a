import { migrateSettingsV1toV2 } from './migrate';
import { normaliseSettings } from './normalise';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_VERSION, type Settings } from './types';

/**
 * What a stored settings value turned out to be, read as it is (any version, any damage):
 * - empty: nothing stored (the defaults apply);
 * - current: this version's settings, whole;
 * - migrated: an older version's settings, carried over with nothing lost;
 * - repaired: some parts were unreadable and are left out (`lost` counts them);
 * - reset: nothing readable, the defaults apply;
 * - newer: written by a later Unbanner; read as far as this version understands it.
 * Every state but empty and current keeps the old value as a backup before anything is written
 * over it (utils/settings-store.ts), and all but migrated raise a notice for the options page.
 */
export type StoredState = 'empty' | 'current' | 'migrated' | 'repaired' | 'reset' | 'newer';

export interface StoredOutcome {
  state: StoredState;
  settings: Settings;
  /** The version the value was stored with (1 when no version was recorded). */
  from: number;
  /** How many sites, rules or switches could not be carried over. */
  lost: number;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** The version in the item's meta (`settings$`), 1 when absent or unreadable (what @wxt-dev/storage assumes). */
export function storedVersion(meta: unknown): number {
  const v = isPlainObject(meta) ? meta.v : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/** Counts what of `raw` does not reach `settings`: sites, switches, rules and allows, each one. */
export function countLost(raw: Record<string, unknown>, settings: Settings): number {
  let lost = 0;
  if (raw.enabled !== undefined && typeof raw.enabled !== 'boolean') lost++;
  if (raw.sites === undefined) return lost;
  if (!isPlainObject(raw.sites)) return lost + 1;
  for (const [key, site] of Object.entries(raw.sites)) {
    const kept = Object.hasOwn(settings.sites, key.toLowerCase())
      ? settings.sites[key.toLowerCase()]
      : undefined;
    if (!kept || !isPlainObject(site)) {
      lost++;
      continue;
    }
    if (site.enabled !== undefined && typeof site.enabled !== 'boolean') lost++;
    for (const list of ['hide', 'allow'] as const) {
      const items = site[list];
      if (items === undefined) continue;
      if (!Array.isArray(items)) {
        lost++;
        continue;
      }
      for (const item of items) {
        if (typeof item !== 'string' || (item.trim() && !kept[list].includes(item.trim()))) lost++;
      }
    }
  }
  return lost;
}

/** Reads a stored value of any version without writing anything. */
export function decodeStoredSettings(value: unknown, meta: unknown): StoredOutcome {
  const from = storedVersion(meta);
  if (value === undefined || value === null) {
    return { state: 'empty', settings: structuredClone(DEFAULT_SETTINGS), from, lost: 0 };
  }
  const readable = isPlainObject(value) && (typeof value.enabled === 'boolean' || isPlainObject(value.sites));
  if (!readable) return { state: 'reset', settings: structuredClone(DEFAULT_SETTINGS), from, lost: 1 };
  const normalised = normaliseSettings(value);
  const lost = countLost(value, normalised);
  if (from > SETTINGS_STORAGE_VERSION) return { state: 'newer', settings: normalised, from, lost };
  // Each step from the stored version up to this one (v1 -> v2 drops entries that hold only defaults).
  const settings = from < 2 ? migrateSettingsV1toV2(normalised) : normalised;
  const state = lost ? 'repaired' : from < SETTINGS_STORAGE_VERSION ? 'migrated' : 'current';
  return { state, settings, from, lost };
}
