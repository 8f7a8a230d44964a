import { describe, expect, it } from 'vitest';
import { consentPrefilterSource, packPhrases, unpackCategory } from '../../../build/precompiled-phrases';
import { fold } from '../../../lib/detect/fold';
import { type Category, compileCategory } from '../../../lib/detect/phrase-compiler';
import { ALL_PHRASE_SETS } from '../../../lib/detect/phrases';
import { hasConsentWording } from '../../../lib/detect/text-signals';

describe('precompiled phrases', () => {
  const packed = packPhrases();
  const names = [...new Set(ALL_PHRASE_SETS.flatMap((s) => Object.keys(s)))].filter((k) => k !== 'lang');

  it('packs every category of every language in the registry, and unpacks to what the compiler gives', () => {
    expect(Object.keys(packed.categories).sort()).toEqual([...names].sort());
    expect(packed.langs).toEqual(ALL_PHRASE_SETS.map((s) => s.lang));
    for (const name of names) {
      expect(unpackCategory(packed, name), name).toEqual(compileCategory(ALL_PHRASE_SETS, name as Category));
    }
  });

  it('ships the sources at a fraction of their size', () => {
    const packedChars = Object.values(packed.categories).reduce((n, c) => n + c.source.length, 0);
    const fullChars = names.reduce(
      (n, c) => n + compileCategory(ALL_PHRASE_SETS, c as Category).source.length,
      0,
    );
    expect(packedChars).toBeLessThan(fullChars / 2);
  });
});

describe('the sentinel prefilter', () => {
  const prefilter = new RegExp(consentPrefilterSource(), 'u');

  it('passes every consent phrase of every language (it is a superset of the consent category)', () => {
    for (const set of ALL_PHRASE_SETS) {
      for (const raw of set.consent) {
        const phrase = raw.endsWith('*') ? raw.slice(0, -1) : raw;
        expect(prefilter.test(fold(phrase)), `${set.lang}: ${raw}`).toBe(true);
        // In a sentence, as the detector sees it.
        const text = `Lorem ipsum ${phrase} dolor sit amet.`;
        if (hasConsentWording(text)) expect(prefilter.test(fold(text)), `${set.lang}: ${raw}`).toBe(true);
      }
    }
  });

  it('stays small enough to compile in every frame', () => {
    expect(consentPrefilterSource().length).toBeLessThan(40_000);
  });
});
