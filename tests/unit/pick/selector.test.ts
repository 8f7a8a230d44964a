import { beforeEach, describe, expect, it } from 'vitest';
import { looksGenerated } from '@/lib/pick/generated-names';
import { PickPath } from '@/lib/pick/navigate';
import { pickSelector } from '@/lib/pick/selector';
import { checkUserSelector } from '@/lib/rules/check-user-selector';

const $ = (s: string) => document.querySelector(s) as Element;

/** The selector matches exactly the picked element, and typed-rule checks accept it. */
function expectExact(el: Element): string {
  const picked = pickSelector(el);
  expect(picked).not.toBeNull();
  const selector = picked?.selector ?? '';
  expect([...document.querySelectorAll(selector)]).toEqual([el]);
  expect(checkUserSelector(document, selector).ok).toBe(true);
  return selector;
}

describe('looksGenerated', () => {
  it.each([
    'css-1x2y3z',
    'sc-bdfBwQ',
    'bdfBwQ',
    'jsx-2847561',
    'Banner_root__a8f3k',
    'Modal_box__kqzabc',
    'styles_box__3xYz1',
    'x9Kq2b',
    'ember1234',
    ':r1:',
    'emotion-0',
  ])('%s is generated', (name) => expect(looksGenerated(name)).toBe(true));

  it.each([
    'newsletter',
    'promo-overlay',
    'cookie__notice',
    'modal-dialog',
    'Newsletter',
    'subscribeBox',
    'v2',
  ])('%s is stable', (name) => expect(looksGenerated(name)).toBe(false));
});

describe('pickSelector', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('prefers a stable id over hashed classes', () => {
    document.body.innerHTML = '<div id="promo" class="css-1x2y3z sc-kQzXrp"><p>Subscribe</p></div>';
    expect(expectExact($('#promo'))).toBe('#promo');
  });

  it('skips a generated id and takes a test attribute', () => {
    document.body.innerHTML =
      '<div id=":r3:" data-testid="newsletter-modal" class="css-9k2j1h">x</div><div>y</div>';
    expect(expectExact($('[data-testid]'))).toBe('[data-testid="newsletter-modal"]');
  });

  it('takes a stable class name and never a hashed one', () => {
    document.body.innerHTML =
      '<div class="Banner_root__a8f3k newsletter">a</div><div class="Banner_root__a8f3k other">b</div>';
    const selector = expectExact($('.newsletter'));
    expect(selector).toBe('div.newsletter');
  });

  it('uses role and aria-label where classes are all generated', () => {
    document.body.innerHTML =
      '<div class="css-1q2w3e" role="dialog" aria-label="Newsletter sign-up">a</div><div class="css-4r5t6y" role="dialog" aria-label="Search">b</div>';
    const selector = expectExact($('[aria-label="Newsletter sign-up"]'));
    expect(selector).not.toMatch(/css-/);
    expect(selector).toContain('Newsletter sign-up');
  });

  it('anchors on a stable ancestor when the element has nothing of its own', () => {
    document.body.innerHTML =
      '<section id="deals"><div class="sc-abcDEF"><span>a</span></div></section><div class="sc-abcDEF"><span>b</span></div>';
    const selector = expectExact($('#deals > div'));
    expect(selector).toBe('#deals > div');
  });

  it('falls back to a structural path, and it matches only the picked element', () => {
    document.body.innerHTML = '<div><div class="css-a1b2c3">a</div><div class="css-d4e5f6">b</div></div>';
    const el = document.body.firstElementChild?.children[1] as Element;
    const picked = pickSelector(el);
    expect(picked?.kind).toBe('structural');
    expectExact(el);
  });

  it('survives regenerated class names: the same markup with new hashes gives the same selector', () => {
    const markup = (hash: string) =>
      `<main><h1>News</h1></main><div class="Overlay_backdrop__${hash}"><div class="Overlay_box__${hash}" role="dialog" aria-modal="true" aria-label="Newsletter">Join</div></div>`;
    document.body.innerHTML = markup('a8f3k');
    const first = expectExact($('[role="dialog"]'));
    document.body.innerHTML = markup('Zq91x');
    expect(expectExact($('[role="dialog"]'))).toBe(first);
  });

  it('escapes ids that need it', () => {
    document.body.innerHTML = '<main><h1>News</h1><p>Story of the day</p></main><div id="promo.box">a</div>';
    expectExact($('div'));
  });

  it('refuses the whole page', () => {
    expect(pickSelector(document.body)).toBeNull();
    expect(pickSelector(document.documentElement)).toBeNull();
  });
});

describe('PickPath', () => {
  it('goes up to the parent and back down the same way', () => {
    document.body.innerHTML = '<div id="a"><div id="b"><p id="c">x</p><p id="d">y</p></div></div>';
    const path = new PickPath($('#d'));
    expect(path.up()).toBe(true);
    expect(path.current.id).toBe('b');
    expect(path.up()).toBe(true);
    expect(path.current.id).toBe('a');
    // body is not a pick.
    expect(path.up()).toBe(false);
    expect(path.down()).toBe(true);
    expect(path.current.id).toBe('b');
    expect(path.down()).toBe(true);
    expect(path.current.id).toBe('d');
    // With no way back, down is the first child.
    path.set($('#a'));
    path.down();
    expect(path.current.id).toBe('b');
    expect(path.sibling(1)).toBe(false);
  });
});
