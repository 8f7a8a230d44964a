import { describe, expect, it } from 'vitest';
import { checkSelectorWithoutPage, checkUserSelector } from '@/lib/rules/check-user-selector';
import { isClosedSelector } from '@/lib/rules/closed-selector';

describe('checkSelectorWithoutPage', () => {
  it.each([
    [':is(body)', 'whole-page'],
    [':where(html)', 'whole-page'],
    [':not(p)', 'whole-page'],
    ['*', 'whole-page'],
    [':root', 'whole-page'],
    ['html > body', 'whole-page'],
    ['body *:not(x)', 'main-content'],
    ['body > *', 'whole-page'],
    ['div', 'main-content'],
    ['div:not(.promo)', 'main-content'],
    ['main', 'main-content'],
    ['body > main', 'main-content'],
    [':is(main, article)', 'main-content'],
    ['p', 'most-text'],
    ['#promo, p', 'most-text'],
    ['#promo, body', 'whole-page'],
  ])('refuses %s (%s) without a page', (selector, code) => {
    expect(checkSelectorWithoutPage(selector)).toEqual({ ok: false, matches: 0, problem: { code } });
  });

  it.each(['div[data-x', ':is(.a', '.a /*', '[t="x', '.a\\', '#promo, div[data-x'])(
    'refuses %s, which leaves something open that would swallow the rules after it',
    (selector) => {
      expect(checkSelectorWithoutPage(selector).problem?.code).toBe('invalid');
    },
  );

  it.each([
    '#promo',
    '.cookie-notice',
    '#promo, #ad',
    'div.newsletter-popup',
    '[role="dialog"][aria-label*="cookie" i]',
    'body > div.overlay',
    'iframe[src*="ads"]',
    'header .promo-strip',
    'footer',
    'aside',
    ':is(.a, .b)',
    '[data-x="a,b"]',
  ])('accepts %s', (selector) => {
    expect(checkSelectorWithoutPage(selector)).toEqual({ ok: true, matches: 0 });
  });

  it('says how long a selector may be', () => {
    expect(checkSelectorWithoutPage(`#${'a'.repeat(600)}`).problem).toEqual({ code: 'too-long', limit: 500 });
  });
});

describe('checkUserSelector on a page', () => {
  it('refuses a selector whose list hides most of the text in small parts', () => {
    document.body.innerHTML = `<div class="wrap">${'<p class="c">Text of the story. </p>'.repeat(300)}</div><div id="promo">Subscribe</div>`;
    expect(checkUserSelector(document, '#promo, .c').problem?.code).toBe('most-text');
    expect(checkUserSelector(document, '.wrap').problem?.code).toBe('most-text');
    expect(checkUserSelector(document, '#promo')).toEqual({ ok: true, matches: 1 });
  });
});

describe('isClosedSelector', () => {
  it.each([
    ['#a', true],
    ['a[href="x]y"]', true],
    ["a[title='it\\'s']", true],
    [':is(.a, :not(.b))', true],
    ['.a\\:b', true],
    ['div[', false],
    ['div]', false],
    [':is(.a]', false],
    ['"open', false],
    ['.a /* c */', false],
    ['.a{}', false],
    ['.a;', false],
    ['@media', false],
    ['.a\\', false],
  ])('%s is closed: %s', (selector, closed) => {
    expect(isClosedSelector(selector)).toBe(closed);
  });
});
