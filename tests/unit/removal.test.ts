import { describe, expect, it } from 'vitest';
import { parseRemoval } from '@/lib/removal';

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
    ['an oversized label', { ...good, label: 'x'.repeat(5000) }],
    ['not an object', 'removal'],
  ])('rejects %s', (_, value) => {
    expect(parseRemoval(value)).toBeNull();
  });
  it('keeps page text short and drops malformed signal lists', () => {
    const r = parseRemoval({ ...good, text: 'y'.repeat(300), signals: [1, 2] });
    expect(r?.text).toHaveLength(120);
    expect(r?.signals).toBeUndefined();
  });
});
