import { getDomain } from 'tldts';

/** The key a site's settings are stored under: its registrable domain, or the host itself (IPs, localhost). */
export function siteKeyForUrl(url: string | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    host = u.hostname.toLowerCase();
  } catch {
    return null;
  }
  return getDomain(host, { allowPrivateDomains: false }) ?? host;
}
