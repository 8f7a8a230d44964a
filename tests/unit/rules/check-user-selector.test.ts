import { beforeEach, describe, expect, it } from 'vitest';
import { checkUserSelector } from '@/lib/rules/check-user-selector';

describe('checkUserSelector', () => {
  beforeEach(() => {
    document.body.innerHTML = `<header id="top">Site</header><main><article><h1>Story</h1><p>${'Text '.repeat(600)}</p></article></main><div id="promo">Subscribe now</div>`;
  });
  it('accepts a selector for a small element and counts matches', () => {
    expect(checkUserSelector(document, '#promo')).toEqual({ ok: true, matches: 1 });
  });
  it.each([
    ['an invalid selector', 'div[', 'invalid'],
    ['the body', 'body', 'whole-page'],
    ['everything', '*', 'whole-page'],
    ['the main content', 'main', 'main-content'],
    ['an ancestor of the article', 'body > main', 'main-content'],
    ['an empty string', '  ', 'empty'],
  ])('refuses %s, saying why as a code', (_, selector, code) => {
    const check = checkUserSelector(document, selector);
    expect(check.ok).toBe(false);
    expect(check.problem?.code).toBe(code);
  });
});
