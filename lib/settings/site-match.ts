import type { Settings, SiteSettings } from './types';

/** Whether `host` is `domain` or one of its subdomains (both in lower case). */
export const isHostWithin = (host: string, domain: string): boolean =>
  host === domain || host.endsWith(`.${domain}`);

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
    if (isHostWithin(h, key) && (!best || key.length > best.key.length)) best = { key, site };
  }
  return best;
}
