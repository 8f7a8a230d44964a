import { isDefaultSite, MAX_RULES, normaliseSite } from './normalise';
import type { Settings, SiteSettings } from './types';

/**
 * The site stored under exactly this key, or undefined. Own properties only: a host named
 * `constructor` must not find `Object.prototype.constructor` (the popup went blank on one).
 */
export function storedSite(settings: Settings, key: string): SiteSettings | undefined {
  return Object.hasOwn(settings.sites, key) ? settings.sites[key] : undefined;
}

/** The stored settings of a site, or the defaults (a fresh copy) when nothing is stored. */
export function siteOrDefault(settings: Settings, key: string): SiteSettings {
  const site = storedSite(settings, key);
  return site ? structuredClone(site) : { enabled: true, hide: [], allow: [] };
}

/**
 * Changes one site and returns new settings: the change is stamped with `now`, and a site
 * left with nothing but the defaults is dropped, so storage holds only real decisions.
 */
export function editSite(
  settings: Settings,
  key: string,
  change: (site: SiteSettings) => void,
  now: number = Date.now(),
): Settings {
  const next = structuredClone(settings);
  const site = siteOrDefault(next, key);
  change(site);
  const clean = normaliseSite(site);
  if (isDefaultSite(clean)) delete next.sites[key];
  else next.sites[key] = { ...clean, changed: now };
  return next;
}

/** Adds a string to a list once; false when it was there already or the list is full. */
export function addOnce(list: string[], value: string): boolean {
  const v = value.trim();
  if (!v || list.includes(v) || list.length >= MAX_RULES) return false;
  list.push(v);
  return true;
}

export function removeFrom(list: string[], value: string): string[] {
  return list.filter((v) => v !== value);
}

export function deleteSite(settings: Settings, key: string): Settings {
  const next = structuredClone(settings);
  delete next.sites[key];
  return next;
}
