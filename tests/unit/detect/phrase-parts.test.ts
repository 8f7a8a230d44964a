import { describe, expect, it } from 'vitest';
import { fold } from '../../../lib/detect/fold';
import { type Category, compileCategory, PHRASE_PART_LIMIT } from '../../../lib/detect/phrase-compiler';
import { ALL_PHRASE_SETS } from '../../../lib/detect/phrases';

/** Every match of an overlapping scan (as the matcher scans), as "index:text". */
function scan(sources: string[], text: string): string[] {
  const hits: [number, string][] = [];
  for (const source of sources) {
    const re = new RegExp(source, 'gu');
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      hits.push([m.index, m[0]]);
      re.lastIndex = m.index + ((m[0].codePointAt(0) ?? 0) > 0xffff ? 2 : 1);
    }
  }
  return hits.sort((a, b) => a[0] - b[0]).map(([i, t]) => `${i}:${t}`);
}

const categories = [
  ...new Set(ALL_PHRASE_SETS.flatMap((s) => Object.keys(s)).filter((k) => k !== 'lang')),
] as Category[];

describe('a category compiled in parts', () => {
  it.each(categories)(
    '%s: every part within the limit, and the same matches as one expression',
    (category) => {
      const whole = compileCategory(ALL_PHRASE_SETS, category);
      const parted = compileCategory(ALL_PHRASE_SETS, category, PHRASE_PART_LIMIT);
      expect(whole.sources).toHaveLength(1);
      expect(parted.entries).toEqual(whole.entries);
      const total = (whole.sources[0] ?? '').length;
      if (total > PHRASE_PART_LIMIT) expect(parted.sources.length).toBeGreaterThan(1);
      for (const source of parted.sources) expect(source.length).toBeLessThanOrEqual(PHRASE_PART_LIMIT * 1.2);
      // Each phrase alone, in a sentence, and run into its neighbours (where phrases of several
      // languages compete at one position, and the longest must still win).
      const phrases = ALL_PHRASE_SETS.flatMap((s) => (s[category] ?? []).map((p) => p.replace(/\*$/, '')));
      const texts = phrases.flatMap((p, i) => [
        p,
        `Lorem ipsum ${p} dolor, sit amet.`,
        `${p}${phrases[i + 1] ?? ''} ${phrases[i + 2] ?? ''}`,
      ]);
      let compared = 0;
      for (const text of texts.map(fold)) {
        expect(scan(parted.sources, text), text).toEqual(scan(whole.sources, text));
        compared++;
      }
      expect(compared).toBe(texts.length);
    },
  );
});
