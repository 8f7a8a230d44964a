import { describe, expect, it } from 'vitest';
import { FIELD_LIMIT, LABEL_LIMIT, parseRemoval, TRUNCATION_MARK } from '@/lib/removal';

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
