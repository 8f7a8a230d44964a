import { storage } from '@wxt-dev/storage';
import { normaliseSettings } from '@/lib/settings/normalise';
import { syncItemBytes } from '@/lib/settings/size';
import { decodeStoredSettings, type StoredOutcome, type StoredState } from '@/lib/settings/stored';
import { SETTINGS_STORAGE_VERSION, type Settings } from '@/lib/settings/types';
import { SETTINGS_AREA_KEY, SETTINGS_KEY } from './settings-keys';

/**
 * storage.sync holds at most 8 KB an item (SYNC_QUOTA_BYTES_PER_ITEM); settings up to this many
 * bytes go there, larger ones live in storage.local on this device only.
 */
export const SYNC_ITEM_LIMIT = 7500;
/** Old values kept after a migration or repair: enough to undo the last few, bounded in size by the settings' own limits. */
export const MAX_SETTINGS_BACKUPS = 3;

export type SettingsArea = 'sync' | 'local';

// No `version`/`migrations` here: @wxt-dev/storage would migrate on load in every context
// (content scripts too) and overwrite the old value without a backup. Versions are read by
// decodeStoredSettings and written with each save.
const syncSettings = storage.defineItem<unknown>(`sync:${SETTINGS_KEY}`, { fallback: null });
const localSettings = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, { fallback: null });
const settingsArea = storage.defineItem<SettingsArea>(`local:${SETTINGS_AREA_KEY}`, { fallback: 'sync' });

/** An old settings value kept before it was migrated, repaired or written over. */
export interface SettingsBackup {
  time: number;
  state: StoredState;
  area: SettingsArea;
  from: number;
  value: unknown;
}
const backupsItem = storage.defineItem<SettingsBackup[]>('local:settingsBackups', { fallback: [] });

/**
 * Shown once on the options page until dismissed: the stored settings could not all be read.
 * `settings-repaired`: `lost` parts were left out; `settings-reset`: nothing was readable, the
 * defaults apply; `settings-newer`: a later Unbanner wrote them. The old value is in the backups.
 */
export interface SettingsNotice {
  code: 'settings-repaired' | 'settings-reset' | 'settings-newer';
  lost: number;
  time: number;
}
const noticeItem = storage.defineItem<SettingsNotice | null>('local:settingsNotice', { fallback: null });

/** Why a save failed: the browser's storage is full, or it refused the write for another reason. */
export type SettingsWriteCode = 'storage-full' | 'storage-failed';

/** Thrown by saveSettings/updateSettings when no storage area took the settings: show `code` to the user. */
export class SettingsWriteError extends Error {
  constructor(
    readonly code: SettingsWriteCode,
    options?: { cause?: unknown },
  ) {
    super(`Unbanner: settings not saved (${code})`, options);
    this.name = 'SettingsWriteError';
  }
}

function itemFor(area: SettingsArea) {
  return area === 'local' ? localSettings : syncSettings;
}

async function readStored(area: SettingsArea): Promise<StoredOutcome & { raw: unknown }> {
  const item = itemFor(area);
  const [raw, meta] = await Promise.all([item.getValue(), item.getMeta()]);
  return { ...decodeStoredSettings(raw, meta), raw };
}

export async function loadSettingsArea(): Promise<SettingsArea> {
  const area = await settingsArea.getValue();
  return area === 'local' ? 'local' : 'sync';
}

/** The settings, read-only: whatever version or damage is stored, something usable comes back. */
export async function loadSettings(): Promise<Settings> {
  return (await readStored(await loadSettingsArea())).settings;
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

const LOCK_NAME = 'unbanner-settings';
let inProcess: Promise<unknown> = Promise.resolve();

/**
 * Settings writes one at a time across the popup, the options page and the background: a Web
 * Lock (shared by every extension page and the worker, which have one origin), or a queue in
 * this context where the browser has none.
 */
export function withSettingsLock<T>(job: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  if (locks?.request) return locks.request(LOCK_NAME, job) as Promise<T>;
  const run = inProcess.then(job, job);
  inProcess = run.catch(() => undefined);
  return run;
}

/**
 * Keeps a stored value that is about to be replaced when it was not this version's whole
 * settings (older, damaged, newer), and raises the notice where something could not be read.
 */
async function keepOldValue(area: SettingsArea, stored: StoredOutcome & { raw: unknown }): Promise<void> {
  if (stored.state === 'empty' || stored.state === 'current') return;
  const backups = await backupsItem.getValue();
  const list = Array.isArray(backups) ? backups : [];
  if (JSON.stringify(list[0]?.value) !== JSON.stringify(stored.raw)) {
    const backup: SettingsBackup = {
      time: Date.now(),
      state: stored.state,
      area,
      from: stored.from,
      value: stored.raw,
    };
    await backupsItem.setValue([backup, ...list].slice(0, MAX_SETTINGS_BACKUPS));
  }
  if (stored.state === 'migrated') return;
  await noticeItem.setValue({ code: `settings-${stored.state}`, lost: stored.lost, time: Date.now() });
}

function writeCode(error: unknown): SettingsWriteCode {
  return /quota|QUOTA_BYTES/i.test(String((error as Error)?.message ?? error))
    ? 'storage-full'
    : 'storage-failed';
}

/** The unlocked save: callers hold the settings lock. */
async function save(settings: Settings): Promise<SettingsArea> {
  const clean = normaliseSettings(settings);
  const from = await loadSettingsArea();
  await keepOldValue(from, await readStored(from));
  const meta = { v: SETTINGS_STORAGE_VERSION };
  if (syncItemBytes(SETTINGS_KEY, clean) <= SYNC_ITEM_LIMIT) {
    try {
      await syncSettings.setValue(clean);
      await syncSettings.setMeta(meta);
      await settingsArea.setValue('sync');
      // Only once sync holds them and says so is the local copy dropped: nothing is lost between.
      await localSettings.removeValue({ removeMeta: true });
      return 'sync';
    } catch {
      // Over quota, too many writes a minute, or sync unavailable: fall through to local.
    }
  }
  try {
    await localSettings.setValue(clean);
    await localSettings.setMeta(meta);
    await settingsArea.setValue('local');
  } catch (error) {
    throw new SettingsWriteError(writeCode(error), { cause: error });
  }
  return 'local';
}

/**
 * Saves to sync where the settings fit its quota, else to local; returns where they went.
 * Rejects with SettingsWriteError when neither took them.
 */
export function saveSettings(settings: Settings): Promise<SettingsArea> {
  return withSettingsLock(() => save(settings));
}

/**
 * Applies a change to the current settings (in place, or by returning new ones) and saves them,
 * all under the settings lock: two pages changing settings at once both keep their change.
 * Rejects with SettingsWriteError when the save failed.
 */
export function updateSettings(change: (s: Settings) => Settings | undefined): Promise<Settings> {
  return withSettingsLock(async () => {
    const current = await loadSettings();
    const next = change(current) ?? current;
    await save(next);
    return normaliseSettings(next);
  });
}

/**
 * Brings the stored settings to this version (background, at install and start-up): an old
 * version is migrated, a damaged value repaired or reset, each with the old value backed up and
 * a notice where something was lost. A newer version's value is backed up and left as it is.
 */
export function repairStoredSettings(): Promise<StoredState> {
  return withSettingsLock(async () => {
    const area = await loadSettingsArea();
    const stored = await readStored(area);
    if (stored.state === 'empty' || stored.state === 'current') return stored.state;
    if (stored.state === 'newer') {
      await keepOldValue(area, stored);
      return stored.state;
    }
    await save(stored.settings);
    return stored.state;
  });
}

export function loadSettingsNotice(): Promise<SettingsNotice | null> {
  return noticeItem.getValue();
}

export function dismissSettingsNotice(): Promise<void> {
  return noticeItem.removeValue();
}

export function watchSettingsNotice(onChange: (notice: SettingsNotice | null) => void): () => void {
  return noticeItem.watch((v) => onChange(v ?? null));
}

export async function loadSettingsBackups(): Promise<SettingsBackup[]> {
  const list = await backupsItem.getValue();
  return Array.isArray(list) ? list : [];
}

export function watchSettings(onChange: (s: Settings) => void): () => void {
  const reload = () => void loadSettings().then(onChange);
  const unwatch = [syncSettings.watch(reload), localSettings.watch(reload), settingsArea.watch(reload)];
  return () => {
    for (const u of unwatch) u();
  };
}
