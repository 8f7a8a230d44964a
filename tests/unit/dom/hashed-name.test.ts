import { afterEach, describe, expect, it, vi } from 'vitest';
import { cssPath, isHashedName } from '@/lib/dom/css-path';

/** The pattern css-path used before: kept here to prove the one-pass reading says the same. */
const OLD =
  /\d{3,}|^(css|sc|jsx|emotion|svelte)-|_[0-9a-zA-Z]{5}(_|$)|^(?=[a-zA-Z]*\d)(?=\d*[a-zA-Z])[0-9a-zA-Z]{6,}$|^[a-z]+[A-Z][a-zA-Z]*[A-Z][a-zA-Z]*$/;

/** A camel-case name with many capitals that ends in a dash: the old pattern tried every pair of capitals. */
const CRAFTED = `${'aA'.repeat(25_000)}-`;

describe('isHashedName', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    'css-1q7k9z3',
    'sc-abc123',
    'notice',
    'cookie-banner',
    'banner_a1b2c',
    'x_ab3de_y',
    'x_ab3def_y',
    'x7f3k2',
    'abcdef',
    'a1',
    'bannerWrapXy',
    'bannerWrap',
    'BannerWrapXy',
    'ab12',
    'item-2024',
    'Ab3dE9',
    'a_b',
    '',
  ])('reads %s as the old pattern did', (name) => {
    expect(isHashedName(name)).toBe(OLD.test(name));
  });

  it('reads a crafted 50,000-character class name in one pass', () => {
    const reads = vi.spyOn(String.prototype, 'charCodeAt');
    const hashed = isHashedName(CRAFTED);
    const count = reads.mock.calls.length;
    reads.mockRestore();
    expect(hashed).toBe(false);
    // One read per character, and the first character once more.
    expect(count).toBeLessThanOrEqual(CRAFTED.length + 1);
  });

  it('builds a path for an element carrying the crafted class name', () => {
    document.body.innerHTML = '<div id="app"><section><p>x</p></section></div>';
    const p = document.querySelector('p') as Element;
    p.className = `${CRAFTED} ${CRAFTED}b notice`;
    const reads = vi.spyOn(String.prototype, 'charCodeAt');
    const path = cssPath(p);
    const count = reads.mock.calls.length;
    reads.mockRestore();
    // Names that long are left out of the path, which stays short and readable.
    expect(path).toBe('div#app > section > p.notice');
    expect(count).toBeLessThanOrEqual(2 * CRAFTED.length);
  });
});
