import type { PlatformRule, PlatformTable } from './types';

/**
 * The table ships inside the document-start script, which every frame parses, most of them frames
 * that never read it (an ad the size of a slot). So it ships as one string: a string costs the
 * parser a scan, while a literal of a thousand arrays is parsed and built in every frame (about
 * 0.7 ms a frame in Chromium), and it is shorter without the quotes and commas. It is unpacked
 * where rules start, once per page.
 *
 * Rules are separated by RULE, fields by FIELD: rule, platform or '', selectors (separated by
 * SELECTOR), urlPattern or '', urlLiteral or '', with the empty fields at the end left out.
 */
const RULE = '\u0002';
const FIELD = '\u0001';
const SELECTOR = '\u0003';

export interface PackedTable {
  v: string;
  r: string;
}

export function packTable(table: PlatformTable): PackedTable {
  const rules = table.rules.map((r) => {
    const values = [r.rule, r.platform ?? '', ...r.selectors, r.urlPattern ?? '', r.urlLiteral ?? ''];
    if (values.some((v) => [RULE, FIELD, SELECTOR].some((sep) => v.includes(sep))))
      throw new Error(`known platforms: rule ${r.rule} holds a separator character`);
    const fields = [
      r.rule,
      r.platform ?? '',
      r.selectors.join(SELECTOR),
      r.urlPattern ?? '',
      r.urlLiteral ?? '',
    ];
    while (fields.length > 3 && !fields[fields.length - 1]) fields.pop();
    return fields.join(FIELD);
  });
  return { v: table.dataVersion, r: rules.join(RULE) };
}

export function unpackTable(packed: PackedTable): PlatformTable {
  return {
    dataVersion: packed.v,
    rules: packed.r.split(RULE).map((record) => {
      const [rule = '', platform, selectors = '', urlPattern, urlLiteral] = record.split(FIELD);
      const r: PlatformRule = { rule, selectors: selectors.split(SELECTOR) };
      if (platform) r.platform = platform;
      if (urlPattern) r.urlPattern = urlPattern;
      if (urlLiteral) r.urlLiteral = urlLiteral;
      return r;
    }),
  };
}
