import type { HideRule } from '../rules/hide-rule';
import type { PlatformTable } from './types';

const patternCache = new Map<string, RegExp | null>();

function pattern(source: string): RegExp | null {
  let re = patternCache.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source);
    } catch {
      re = null;
    }
    patternCache.set(source, re);
  }
  return re;
}

/** Generic platform rules everywhere, site-specific ones only on their sites (a table made by compilePlatformTable). */
export function platformRulesForPage(table: PlatformTable, url: string): HideRule[] {
  const out: HideRule[] = [];
  for (const r of table.rules) {
    if (r.urlPattern) {
      // Most site rules are for another site: known without compiling their pattern.
      if (r.urlLiteral && !url.includes(r.urlLiteral)) continue;
      const re = pattern(r.urlPattern);
      if (!re?.test(url)) continue;
    }
    out.push({
      source: 'platform',
      label: r.platform ?? r.rule,
      rule: r.rule,
      selectors: r.selectors,
      checked: true,
    });
  }
  return out;
}
