import type { Settings } from './types';

/**
 * Match patterns that leave out the sites the user switched off, one site key at a time.
 *
 * A registration takes all its exclude patterns at once and the browser refuses the whole call
 * for one pattern it dislikes (Chrome refuses `*://*.[::1]/*`). So each key's patterns are built
 * for its kind (an IP address has no subdomains, so no `*.`) and checked here against the match
 * pattern grammar both browsers accept; a key that fails is refused on its own and the others
 * still apply (utils/registration.ts). The checks are stricter than the browsers, never looser.
 */

/** Chrome and Firefox: a DNS name is at most 253 characters, a label at most 63. */
const MAX_HOST = 253;
const MAX_LABEL = 63;

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const LABEL = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
/** The URL standard reads a host whose last label is a number (`1.2.3`, `a.0x7f`) as an IPv4 address. */
const NUMERIC_LABEL = /^(0x[0-9a-f]*|\d+)$/;

export type SiteKeyKind = 'ipv4' | 'ipv6' | 'name';

/** What kind of host a site key is, or null when no browser would take it as a host. */
export function siteKeyKind(key: string): SiteKeyKind | null {
  if (IPV4.test(key)) return 'ipv4';
  if (key.startsWith('[')) return isBracketedIpv6(key) ? 'ipv6' : null;
  if (key.length > MAX_HOST) return null;
  const labels = key.split('.');
  if (!labels.every((l) => l.length <= MAX_LABEL && LABEL.test(l))) return null;
  if (NUMERIC_LABEL.test(labels[labels.length - 1] ?? '')) return null;
  return 'name';
}

function isBracketedIpv6(key: string): boolean {
  const m = /^\[([0-9a-f:]+)\]$/.exec(key);
  if (!m?.[1]) return false;
  const body = m[1];
  const halves = body.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h ? h.split(':') : []));
  if (!groups.every((g) => g.length >= 1 && g.length <= 4)) return false;
  return halves.length === 2 ? groups.length <= 7 : groups.length === 8;
}

/** The patterns for one key: the host itself, and for names every subdomain too. */
export function patternsForKey(key: string): string[] | null {
  const kind = siteKeyKind(key);
  if (!kind) return null;
  return kind === 'name' ? [`*://${key}/*`, `*://*.${key}/*`] : [`*://${key}/*`];
}

export interface ExcludePlan {
  /** Key -> its patterns, for the keys whose patterns are well formed. */
  accepted: Map<string, string[]>;
  /** Keys no pattern can be built for: the content script still runs there (and does nothing: it reads the settings itself). */
  refused: string[];
}

/** The exclude patterns for every site switched off, in key order (stable, so registrations compare equal). */
export function excludePlan(settings: Settings): ExcludePlan {
  const accepted = new Map<string, string[]>();
  const refused: string[] = [];
  for (const key of Object.keys(settings.sites).sort()) {
    const site = settings.sites[key];
    if (!site || site.enabled) continue;
    const patterns = patternsForKey(key);
    if (patterns) accepted.set(key, patterns);
    else refused.push(key);
  }
  return { accepted, refused };
}

export function flattenPatterns(accepted: Map<string, string[]>): string[] {
  return [...accepted.values()].flat();
}

/**
 * The patterns of the sites whose own hide rules must be in place before the page paints (on
 * and with rules): their pages are held, blank, until the content script has read them.
 */
export function holdPlan(settings: Settings): Map<string, string[]> {
  const accepted = new Map<string, string[]>();
  if (!settings.enabled) return accepted;
  for (const key of Object.keys(settings.sites).sort()) {
    const site = settings.sites[key];
    if (!site?.enabled || !site.hide.length) continue;
    const patterns = patternsForKey(key);
    if (patterns) accepted.set(key, patterns);
  }
  return accepted;
}
