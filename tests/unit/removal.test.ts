import { describe, expect, it } from 'vitest';
import { FIELD_LIMIT, LABEL_LIMIT, parseRemoval, type Removal, TRUNCATION_MARK } from '@/lib/removal';
import { canAllow } from '@/lib/settings/allow-key';

const good = {
  id: 'ab12-1',
  source: 'platform',
  label: 'OneTrust',
  rule: 'Onetrust',
  selector: 'div#onetrust-banner-sdk',
  text: 'We value your privacy',
  frameHost: 'news.example',
  inFrame: false,
  time: 1,
};

describe('parseRemoval', () => {
  it('accepts a well-formed record', () => {
    expect(parseRemoval(good)).toEqual(good);
  });
  it.each([
    ['an unknown source', { ...good, source: 'magic' }],
    ['a missing id', { ...good, id: undefined }],
    ['a non-boolean frame flag', { ...good, inFrame: 'no' }],
    ['an id too long to be one of ours', { ...good, id: 'x'.repeat(200) }],
    ['a non-text selector', { ...good, selector: 42 }],
    ['not an object', 'removal'],
  ])('rejects %s', (_, value) => {
    expect(parseRemoval(value)).toBeNull();
  });
  it('keeps page text short and drops malformed signal lists', () => {
    const r = parseRemoval({ ...good, text: 'y'.repeat(300), signals: [1, 2] });
    expect(r?.text).toHaveLength(120);
    expect(r?.signals).toBeUndefined();
  });
  it('keeps signals and clean-ups only as codes this version knows', () => {
    const signals = [
      { code: 'consent-wording', points: 4, evidence: ['cookies'] },
      { code: 'policy-link', points: 1 },
    ];
    const r = parseRemoval({ ...good, signals, cleanups: ['scroll-unlocked', 'backdrop-hidden'] });
    expect(r?.signals).toEqual(signals);
    expect(r?.cleanups).toEqual(['scroll-unlocked', 'backdrop-hidden']);
    const sentences = parseRemoval({
      ...good,
      signals: ['+4 consent wording “cookies”'],
      cleanups: ['scroll unlocked'],
    });
    expect(sentences?.signals).toBeUndefined();
    expect(sentences?.cleanups).toBeUndefined();
    const bad = [
      { code: 'made-up', points: 1 },
      { code: 'media', points: Number.NaN },
      { code: 'media', points: 1, evidence: 'text' },
      { code: 'media', points: 1, evidence: ['x'.repeat(500)] },
    ];
    for (const signal of bad) expect(parseRemoval({ ...good, signals: [signal] })?.signals).toBeUndefined();
  });

  // Issue #13, finding 4: a record with a long rule or path was dropped, its element hidden for good.
  it('cuts over-long rule, selector and label with a mark instead of dropping what was hidden', () => {
    const userRule = `#a ${'> div '.repeat(100)}`.trim(); // a 500-character user rule is allowed
    const path = `html > body${' > div:nth-child(2)'.repeat(300)}`;
    const r = parseRemoval({
      ...good,
      source: 'user-rule',
      rule: userRule,
      selector: path,
      label: 'x'.repeat(5000),
    });
    expect(r).not.toBeNull();
    expect(r?.id).toBe(good.id); // restoring goes by id: the record still reaches the element
    expect(r?.rule).toBe(userRule);
    expect(r?.selector).toHaveLength(FIELD_LIMIT);
    expect(r?.selector.endsWith(TRUNCATION_MARK)).toBe(true);
    expect(r?.selector.startsWith('html > body > div:nth-child(2)')).toBe(true);
    expect(r?.label).toHaveLength(LABEL_LIMIT);
    expect(r?.truncated).toBe(true);
    expect(parseRemoval(good)?.truncated).toBeUndefined();
  });
});

describe('"Always show" for records with long rules or paths', () => {
  it('is offered only where the stored entry would be whole', () => {
    const detector = { ...good, source: 'detector' as const };
    expect(canAllow(parseRemoval(detector) as Removal)).toBe(true);
    const longPath = parseRemoval({ ...detector, selector: `html > body${' > div'.repeat(120)}` }) as Removal;
    expect(longPath.truncated).toBeUndefined();
    expect(canAllow(longPath)).toBe(false); // over MAX_SELECTOR: saving would drop it
    const cut = parseRemoval({ ...detector, selector: 'x'.repeat(5000) }) as Removal;
    expect(canAllow(cut)).toBe(false);
    expect(canAllow(parseRemoval({ ...good, rule: 'r'.repeat(3000) }) as Removal)).toBe(false);
  });
});
