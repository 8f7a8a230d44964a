import { describe, expect, it } from 'vitest';
import { deeperThan, forgetUpFrom } from '@/lib/dom/depth';

/** A chain of `n` divs under body; returns its tip. */
function chain(n: number): Element {
  document.body.replaceChildren();
  let tip: Element = document.body;
  for (let i = 0; i < n; i++) tip = tip.appendChild(document.createElement('div'));
  return tip;
}

describe('walks up the tree that stop early', () => {
  it('deeperThan counts the element and its ancestors up to the limit', () => {
    const tip = chain(10); // tip, 9 divs, body, html: 12 elements
    expect(deeperThan(tip, 11)).toBe(true);
    expect(deeperThan(tip, 12)).toBe(false);
  });

  it('forgetUpFrom forgets the changed node and the elements above it, or says the tree is too deep', () => {
    const tip = chain(3);
    const memo = new WeakMap<Element, boolean>();
    const all = [tip, tip.parentElement, document.body, document.documentElement] as Element[];
    for (const el of all) memo.set(el, true);
    expect(forgetUpFrom(memo, tip, 64)).toBe(true);
    expect(all.some((el) => memo.has(el))).toBe(false);
    memo.set(document.body, true);
    expect(forgetUpFrom(memo, chain(100), 64)).toBe(false);
  });
});
