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
  if (!host) return null;
  return getDomain(host, { allowPrivateDomains: false }) ?? host;
}

/** The site key for what a person types: `https://www.example.co.uk/page`, `www.example.co.uk` or `example.co.uk`. */
export function siteKeyForInput(text: string): string | null {
  const s = text.trim();
  if (!s || /\s/.test(s)) return null;
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `https://${s}`;
  const key = siteKeyForUrl(url);
  // A bare word ("example") is not a site; IPs, localhost and bracketed IPv6 are.
  if (!key || (!key.includes('.') && key !== 'localhost' && !key.startsWith('['))) return null;
  return key;
}
