import type { Settings, SiteSettings } from './types';

/**
 * The stored settings of the site a host belongs to. Keys are registrable domains, so a host
 * belongs to a key when it is the key or a subdomain of it; the longest key wins. This keeps
 * the public-suffix list out of the content script.
 */
export function siteSettingsForHost(
  settings: Settings,
  host: string,
): { key: string; site: SiteSettings } | null {
  let best: { key: string; site: SiteSettings } | null = null;
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const [key, site] of Object.entries(settings.sites)) {
    if ((h === key || h.endsWith(`.${key}`)) && (!best || key.length > best.key.length)) best = { key, site };
  }
  return best;
}
