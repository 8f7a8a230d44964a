import { describe, expect, it } from 'vitest';
import {
  consentPrefilter,
  consentPrefilterSource,
  consentWordsSource,
  packPhrases,
  unpackCategory,
} from '../../../build/precompiled-phrases';
import { fold } from '../../../lib/detect/fold';
import { type Category, compileCategory, PHRASE_PART_LIMIT } from '../../../lib/detect/phrase-compiler';
import { ALL_PHRASE_SETS } from '../../../lib/detect/phrases';
import { hasConsentWording } from '../../../lib/detect/text-signals';
import { prefilterMatcher } from '../../../lib/sentinel/consent-prefilter';

describe('precompiled phrases', () => {
  const packed = packPhrases();
  const names = [...new Set(ALL_PHRASE_SETS.flatMap((s) => Object.keys(s)))].filter((k) => k !== 'lang');

  it('packs every category of every language in the registry, and unpacks to what the compiler gives', () => {
    expect(Object.keys(packed.categories).sort()).toEqual([...names].sort());
    expect(packed.langs).toEqual(ALL_PHRASE_SETS.map((s) => s.lang));
    for (const name of names) {
      expect(unpackCategory(packed, name), name).toEqual(
        compileCategory(ALL_PHRASE_SETS, name as Category, PHRASE_PART_LIMIT),
      );
    }
  });

  it('ships the sources at a fraction of their size', () => {
    const packedChars = Object.values(packed.categories).reduce((n, c) => n + c.source.length, 0);
    const fullChars = names.reduce(
      (n, c) =>
        n + compileCategory(ALL_PHRASE_SETS, c as Category, PHRASE_PART_LIMIT).sources.join('').length,
      0,
    );
    expect(packedChars).toBeLessThan(fullChars / 2);
  });
});

describe('the sentinel prefilter', () => {
  /** As it ships: anchors, then the phrases around them. */
  const shipped = prefilterMatcher(consentPrefilter());
  /** As one expression: what the shipped prefilter must match exactly. */
  const oneExpression = new RegExp(consentPrefilterSource(), 'u');

  it('passes every consent phrase of every language (it is a superset of the consent category)', () => {
    for (const set of ALL_PHRASE_SETS) {
      for (const raw of set.consent) {
        const phrase = raw.endsWith('*') ? raw.slice(0, -1) : raw;
        expect(shipped(fold(phrase)), `${set.lang}: ${raw}`).toBe(true);
        // In a sentence, as the detector sees it.
        const text = `Lorem ipsum ${phrase} dolor sit amet.`;
        if (hasConsentWording(text)) expect(shipped(fold(text)), `${set.lang}: ${raw}`).toBe(true);
      }
    }
  });

  it('matches exactly the texts the single expression matches, phrases and ordinary text alike', () => {
    const texts: string[] = [];
    for (const set of ALL_PHRASE_SETS)
      for (const category of Object.keys(set).filter((k) => k !== 'lang'))
        for (const raw of set[category as Category] ?? []) {
          const phrase = raw.replace(/\*$/, '');
          texts.push(phrase, `x${phrase}y`, phrase.replace(/ /g, '-'), phrase.replace(/ /g, ''));
          // Cut short: an anchor with no phrase around it.
          texts.push(phrase.slice(0, -2), phrase.slice(2));
        }
    texts.push(
      'The council approved the new cycle lanes on Monday; information on the following pages.',
      'Personal content, interesting technologies and browsing history of the nation.',
    );
    let matched = 0;
    for (const text of texts) {
      const folded = fold(text);
      const expected = oneExpression.test(folded);
      if (expected) matched++;
      expect(shipped(folded), text).toBe(expected);
    }
    // Both outcomes were tried, many times.
    expect(matched).toBeGreaterThan(1000);
    expect(texts.length - matched).toBeGreaterThan(1000);
  });

  it('finds a phrase past many sightings of its anchor with no phrase around them', () => {
    const { anchors, verify } = consentPrefilter();
    const i = verify.split('\n').findIndex((v) => v.includes('information on your device'));
    const anchor = anchors.split('\n')[i] ?? '';
    expect(anchor.length, 'an anchor that stands for more than itself').toBeGreaterThan(0);
    const noise = `${anchor} and more words, `.repeat(40);
    expect(shipped(fold(noise))).toBe(false);
    expect(shipped(fold(`${noise} we store information on your device.`))).toBe(true);
  });

  it('gives the same answer for a text made of every anchor, which it tests as a whole', () => {
    const { anchors, verify } = consentPrefilter();
    const lines = verify.split('\n');
    // Anchors that stand for more than themselves, each with no phrase around it.
    const bare = anchors.split('\n').filter((_, i) => lines[i] !== '');
    for (const text of [bare.join(' '), `${bare.join(' ')} we store information on your device`]) {
      const folded = fold(text);
      expect(shipped(folded), text.slice(-40)).toBe(oneExpression.test(folded));
    }
  });

  it('compiles a fraction of the single expression in every frame', () => {
    // The single expression (about 20 KB of pattern) took V8 about 10 ms to compile; the anchors' scan
    // is compiled in every page-sized frame, each anchor's phrases only where the anchor is found.
    const { source, verify } = consentPrefilter();
    expect(source.length).toBeLessThan(consentPrefilterSource().length / 4);
    expect(Math.max(...verify.split('\n').map((v) => v.length))).toBeLessThan(
      consentPrefilterSource().length / 8,
    );
  });

  it('leaves out a phrase only when it holds another that stays (the superset holds without it)', () => {
    // Statements hold the cookie word; separators may be a hyphen or nothing, as in the detector.
    for (const text of [
      'This website uses cookies.',
      'uses-cookies',
      'Diese Seite verwendet Cookies',
      'कुकीज़ का उपयोग',
    ])
      expect(shipped(fold(text)), text).toBe(true);
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
