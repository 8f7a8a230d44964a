import { isDefaultSite, MAX_RULES, MAX_SELECTOR, MAX_SITES, SITE_KEY } from './normalise';
import type { Settings, SiteSettings } from './types';

/** The settings file: `{ app, schema, exportedAt, settings }`. The schema is the file format's version. */
export const EXPORT_APP = 'unbanner';
export const EXPORT_SCHEMA = 1;
/** Larger files are refused before they are parsed. */
export const IMPORT_MAX_BYTES = 1024 * 1024;

export interface SettingsFile {
  app: typeof EXPORT_APP;
  schema: typeof EXPORT_SCHEMA;
  exportedAt: string;
  settings: Settings;
}

/** What a value should have been, for the message that names the damaged part. */
export type Expected = 'object' | 'boolean' | 'list' | 'text' | 'site-name' | 'selector' | 'time' | 'fewer';

export type ImportProblem =
  | { code: 'too-large'; bytes: number }
  | { code: 'empty' }
  | { code: 'not-json' }
  | { code: 'not-unbanner' }
  | { code: 'bad-schema' }
  | { code: 'newer-schema'; schema: number }
  | { code: 'malformed'; path: string; expected: Expected };

export type ImportResult =
  | { ok: true; settings: Settings; sites: number }
  | { ok: false; problem: ImportProblem };

export function buildSettingsFile(settings: Settings, now: Date = new Date()): SettingsFile {
  return { app: EXPORT_APP, schema: EXPORT_SCHEMA, exportedAt: now.toISOString(), settings };
}

export function serialiseSettingsFile(settings: Settings, now: Date = new Date()): string {
  return `${JSON.stringify(buildSettingsFile(settings, now), null, 2)}\n`;
}

/** `unbanner-settings-2026-03-14.json` */
export function settingsFileName(now: Date = new Date()): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0'));
  return `unbanner-settings-${day.join('-')}.json`;
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

class Malformed extends Error {
  constructor(
    readonly path: string,
    readonly expected: Expected,
  ) {
    super(`${path}: expected ${expected}`);
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function selectorList(value: unknown, path: string, check: (s: string) => boolean): string[] {
  if (!Array.isArray(value)) throw new Malformed(path, 'list');
  if (value.length > MAX_RULES) throw new Malformed(path, 'fewer');
  const out: string[] = [];
  value.forEach((v, i) => {
    if (typeof v !== 'string' || !v.trim() || v.length > MAX_SELECTOR)
      throw new Malformed(`${path}[${i}]`, 'text');
    if (!check(v.trim())) throw new Malformed(`${path}[${i}]`, 'selector');
    if (!out.includes(v.trim())) out.push(v.trim());
  });
  return out;
}

function readSite(raw: unknown, path: string, check: (s: string) => boolean): SiteSettings {
  if (!isPlainObject(raw)) throw new Malformed(path, 'object');
  if (typeof raw.enabled !== 'boolean') throw new Malformed(`${path}.enabled`, 'boolean');
  const site: SiteSettings = {
    enabled: raw.enabled,
    hide: selectorList(raw.hide, `${path}.hide`, check),
    // Allow entries are rule names (`rule:…`) or element paths: only their form is checked.
    allow: selectorList(raw.allow, `${path}.allow`, () => true),
  };
  if (raw.changed !== undefined) {
    if (typeof raw.changed !== 'number' || !Number.isFinite(raw.changed) || raw.changed < 0) {
      throw new Malformed(`${path}.changed`, 'time');
    }
    if (raw.changed > 0) site.changed = raw.changed;
  }
  return site;
}

function readSettings(raw: unknown, check: (s: string) => boolean): Settings {
  if (!isPlainObject(raw)) throw new Malformed('settings', 'object');
  if (typeof raw.enabled !== 'boolean') throw new Malformed('settings.enabled', 'boolean');
  if (!isPlainObject(raw.sites)) throw new Malformed('settings.sites', 'object');
  const entries = Object.entries(raw.sites);
  if (entries.length > MAX_SITES) throw new Malformed('settings.sites', 'fewer');
  const sites: Record<string, SiteSettings> = {};
  for (const [key, value] of entries) {
    const path = `settings.sites[${JSON.stringify(key)}]`;
    if (!SITE_KEY.test(key)) throw new Malformed(path, 'site-name');
    const site = readSite(value, path, check);
    if (!isDefaultSite(site)) {
      Object.defineProperty(sites, key.toLowerCase(), {
        value: site,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return { enabled: raw.enabled, sites };
}

/**
 * Reads a settings file. Anything wrong refuses the whole file (nothing is half-imported):
 * too large, not JSON, not Unbanner's, a schema newer than this version knows, or any part
 * of the settings damaged. `checkSelector` may refuse hide rules (syntax, whole-page rules).
 */
export function parseSettingsFile(
  text: string,
  options: { checkSelector?: (selector: string) => boolean } = {},
): ImportResult {
  const bytes = byteLength(text);
  if (bytes > IMPORT_MAX_BYTES) return { ok: false, problem: { code: 'too-large', bytes } };
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, problem: { code: 'empty' } };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  if (!isPlainObject(data) || data.app !== EXPORT_APP)
    return { ok: false, problem: { code: 'not-unbanner' } };
  const schema = data.schema;
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) {
    return { ok: false, problem: { code: 'bad-schema' } };
  }
  if (schema > EXPORT_SCHEMA) return { ok: false, problem: { code: 'newer-schema', schema } };
  try {
    const settings = readSettings(data.settings, options.checkSelector ?? (() => true));
    return { ok: true, settings, sites: Object.keys(settings.sites).length };
  } catch (e) {
    if (e instanceof Malformed)
      return { ok: false, problem: { code: 'malformed', path: e.path, expected: e.expected } };
    throw e;
  }
}
