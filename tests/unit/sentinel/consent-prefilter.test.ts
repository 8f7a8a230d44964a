import { describe, expect, it } from 'vitest';
import { type PackedPrefilter, prefilterMatcher } from '../../../lib/sentinel/consent-prefilter';

/** A hand-made prefilter: "cookie" stands for itself, "partner" for two phrases, "🍪k" (astral) for one. */
const PACKED: PackedPrefilter = {
  source: 'cookie|partner|\\u{1f36a}k|nerds',
  anchors: ['cookie', 'nerds', 'partner', '\u{1f36a}k'].join('\n'),
  verify: ['', 'partnerds', 'our partners|third party partner', '\u{1f36a}ke jar'].join('\n'),
};

describe('prefilterMatcher', () => {
  const mentions = prefilterMatcher(PACKED);

  it('takes an anchor that is a phrase at its word, and tests the phrases of any other around it', () => {
    expect(mentions('we use cookies')).toBe(true);
    expect(mentions('our partners may read it')).toBe(true);
    expect(mentions('third-party partner')).toBe(true);
    expect(mentions('thirdparty partner')).toBe(true);
    expect(mentions('a partner of the council')).toBe(false);
    expect(mentions('')).toBe(false);
  });

  it('sees anchors that overlap (one ends where another starts)', () => {
    // "partner" is found first; "nerds" starts inside it and stands for "partnerds".
    expect(mentions('partnerds')).toBe(true);
  });

  it('steps over characters outside the basic plane without losing its place', () => {
    expect(mentions('a \u{1f36a}ke jar')).toBe(true);
    expect(mentions('\u{1f36a}k \u{1f36a}k \u{1f36a}kx')).toBe(false);
  });

  it('finds a phrase far behind many bare sightings of its anchor, and is the same on the next call', () => {
    const noise = 'partner, '.repeat(200);
    expect(mentions(`${noise} our partners`)).toBe(true);
    expect(mentions(noise)).toBe(false);
    expect(mentions(`${noise} our partners`)).toBe(true);
  });

  it('past a few hundred sightings in one text, tests the whole text once with every phrase', () => {
    const noise = 'partner, nerd, '.repeat(300);
    expect(mentions(noise)).toBe(false);
    // The phrase comes after the sightings the scan stops at.
    expect(mentions(`${noise} a \u{1f36a}ke jar`)).toBe(true);
    expect(mentions(`${noise} cookie`)).toBe(true);
  });
});
