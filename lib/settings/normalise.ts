import { DEFAULT_SETTINGS, type Settings, type SiteSettings } from './types';

const MAX_SITES = 5000;
const MAX_RULES = 200;
const MAX_SELECTOR = 500;

function strings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((v): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= MAX_SELECTOR)
    .map((v) => v.trim())
    .slice(0, MAX_RULES);
}

const SITE_KEY = /^[a-z0-9.-]{1,253}$|^\[[0-9a-f:]+\]$/i;

/** Repairs whatever storage or an import holds into valid settings: bad parts are dropped, not fatal. */
export function normaliseSettings(value: unknown): Settings {
  if (!value || typeof value !== 'object') return structuredClone(DEFAULT_SETTINGS);
  const v = value as Record<string, unknown>;
  const sites: Record<string, SiteSettings> = {};
  if (v.sites && typeof v.sites === 'object') {
    for (const [key, raw] of Object.entries(v.sites as Record<string, unknown>).slice(0, MAX_SITES)) {
      if (!SITE_KEY.test(key) || !raw || typeof raw !== 'object') continue;
      const s = raw as Record<string, unknown>;
      const site: SiteSettings = { enabled: s.enabled !== false, hide: strings(s.hide), allow: strings(s.allow) };
      sites[key.toLowerCase()] = site;
    }
  }
  return { enabled: v.enabled !== false, sites };
}

/** A site entry that says nothing beyond the defaults need not be stored. */
export function isDefaultSite(site: SiteSettings): boolean {
  return site.enabled && site.hide.length === 0 && site.allow.length === 0;
}
