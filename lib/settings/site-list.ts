import type { Settings, SiteSettings } from './types';

export interface SiteRow {
  key: string;
  site: SiteSettings;
}

export type SiteOrder = 'name' | 'changed';

/** Sites whose name, rules or allows contain the query (any case), by name or most recent change first. */
export function filterSites(settings: Settings, query: string, order: SiteOrder = 'name'): SiteRow[] {
  const q = query.trim().toLowerCase();
  const rows = Object.entries(settings.sites)
    .map(([key, site]) => ({ key, site }))
    .filter(
      ({ key, site }) =>
        !q || key.includes(q) || [...site.hide, ...site.allow].some((s) => s.toLowerCase().includes(q)),
    );
  const byName = (a: SiteRow, b: SiteRow) => a.key.localeCompare(b.key);
  return rows.sort(
    order === 'changed' ? (a, b) => (b.site.changed ?? 0) - (a.site.changed ?? 0) || byName(a, b) : byName,
  );
}
