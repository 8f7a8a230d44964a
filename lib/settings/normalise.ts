import { DEFAULT_SETTINGS, type Settings, type SiteSettings } from './types';

export const MAX_SITES = 5000;
export const MAX_RULES = 200;
export const MAX_SELECTOR = 500;

function strings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const v of value) {
    if (typeof v !== 'string' || v.length > MAX_SELECTOR) continue;
    const s = v.trim();
    if (s && !out.includes(s)) out.push(s);
    if (out.length >= MAX_RULES) break;
  }
  return out;
}

/** A site key: a registrable domain or host name, or a bracketed IPv6 address. */
export const SITE_KEY = /^[a-z0-9.-]{1,253}$|^\[[0-9a-f:]+\]$/i;

/** Repairs one stored site; the change time is kept only when it is a plausible time. */
export function normaliseSite(raw: unknown): SiteSettings {
  const s = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const site: SiteSettings = { enabled: s.enabled !== false, hide: strings(s.hide), allow: strings(s.allow) };
  if (typeof s.changed === 'number' && Number.isFinite(s.changed) && s.changed > 0) site.changed = s.changed;
  return site;
}

/** Repairs whatever storage or an import holds into valid settings: bad parts are dropped, not fatal. */
export function normaliseSettings(value: unknown): Settings {
  if (!value || typeof value !== 'object') return structuredClone(DEFAULT_SETTINGS);
  const v = value as Record<string, unknown>;
  const sites: Record<string, SiteSettings> = {};
  if (v.sites && typeof v.sites === 'object') {
    for (const [key, raw] of Object.entries(v.sites as Record<string, unknown>).slice(0, MAX_SITES)) {
      if (!SITE_KEY.test(key) || !raw || typeof raw !== 'object' || Array.isArray(raw)) continue;
      // An own property even for a key the prototype knows (`constructor`): never a setter.
      Object.defineProperty(sites, key.toLowerCase(), {
        value: normaliseSite(raw),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return { enabled: v.enabled !== false, sites };
}

/** A site entry that says nothing beyond the defaults need not be stored. */
export function isDefaultSite(site: SiteSettings): boolean {
  return site.enabled && site.hide.length === 0 && site.allow.length === 0;
}
