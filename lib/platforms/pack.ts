import type { PlatformRule, PlatformTable } from './types';

/**
 * [rule, platform or '', selectors joined by a newline, urlPattern or '', urlLiteral or ''], its empty
 * fields at the end left out (most rules apply everywhere: two empty strings each, 2 KB in all).
 */
type PackedRule = [string, string, string, string?, string?];

export interface PackedTable {
  v: string;
  r: PackedRule[];
}

/**
 * The table ships inside the document-start script, so it is packed into tuples (about a
 * quarter smaller than objects) and unpacked once per page.
 */
export function packTable(table: PlatformTable): PackedTable {
  return {
    v: table.dataVersion,
    r: table.rules.map((r) => {
      const packed: PackedRule = [
        r.rule,
        r.platform ?? '',
        r.selectors.join('\n'),
        r.urlPattern ?? '',
        r.urlLiteral ?? '',
      ];
      while (packed.length > 3 && !packed[packed.length - 1]) packed.pop();
      return packed;
    }),
  };
}

export function unpackTable(packed: PackedTable): PlatformTable {
  return {
    dataVersion: packed.v,
    rules: packed.r.map(([rule, platform, selectors, urlPattern, urlLiteral]) => {
      const r: PlatformRule = { rule, selectors: selectors.split('\n') };
      if (platform) r.platform = platform;
      if (urlPattern) r.urlPattern = urlPattern;
      if (urlLiteral) r.urlLiteral = urlLiteral;
      return r;
    }),
  };
}
