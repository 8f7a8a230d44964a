import { describe, expect, it } from 'vitest';
import {
  consentPrefilterSource,
  consentWordsSource,
  packPhrases,
  unpackCategory,
} from '../../../build/precompiled-phrases';
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

  it('stays under the size past which V8 stops optimising a regular expression', () => {
    // kRegExpTooLargeToOptimize (20 KB of pattern): past it, Chromium 156 took 2.6x as long on a
    // 300,000-character page text (5.8 against 2.2 ms) and a third longer on a thousand short ones.
    const V8_REGEXP_OPTIMISE_LIMIT = 20 * 1024;
    expect(consentPrefilterSource().length).toBeLessThan(V8_REGEXP_OPTIMISE_LIMIT);
  });

  it('leaves out a phrase only when it holds another that stays (the superset holds without it)', () => {
    const prefilter = new RegExp(consentPrefilterSource(), 'u');
    // Statements hold the cookie word; separators may be a hyphen or nothing, as in the detector.
    for (const text of [
      'This website uses cookies.',
      'uses-cookies',
      'Diese Seite verwendet Cookies',
      'कुकीज़ का उपयोग',
    ])
      expect(prefilter.test(fold(text)), text).toBe(true);
  });
});

describe('the consent words of the watch while a page parses', () => {
  const words = new RegExp(consentWordsSource(), 'u');

  it('finds every one-word consent phrase of every language, in a sentence too', () => {
    let count = 0;
    for (const set of ALL_PHRASE_SETS) {
      for (const raw of set.consent) {
        if (/\s/.test(raw.trim())) continue;
        count++;
        const word = raw.endsWith('*') ? raw.slice(0, -1) : raw;
        expect(words.test(fold(word)), `${set.lang}: ${raw}`).toBe(true);
        expect(words.test(fold(`Lorem ipsum ${word} dolor.`)), `${set.lang}: ${raw}`).toBe(true);
      }
    }
    // Every language with a table has its word for "cookie" or "consent" among them.
    expect(count).toBeGreaterThan(200);
  });

  it('finds the banners of the languages of the suite, and not ordinary news text', () => {
    for (const text of [
      'We use cookies to improve your experience.',
      'Wir verwenden Cookies und ähnliche Technologien.',
      'Bu sitede çerezler kullanılmaktadır.',
      'このサイトはクッキーを使用しています。',
      'เว็บไซต์นี้ใช้คุกกี้',
      'نحن نستخدم الكوكيز',
    ])
      expect(words.test(fold(text)), text).toBe(true);
    for (const text of ['The council approved the new cycle lanes on Monday.', 'Ferry timetable changes'])
      expect(words.test(fold(text)), text).toBe(false);
  });

  it('is a tenth of the prefilter or less: it ships in the document-start script of every frame', () => {
    expect(consentWordsSource().length).toBeLessThan(consentPrefilterSource().length / 8);
  });
});
