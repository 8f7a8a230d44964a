import { describe, expect, it } from 'vitest';
import { cssPath } from '@/lib/dom/css-path';
import { shortText } from '@/lib/dom/text';

describe('cssPath', () => {
  it('stops at an id and skips hashed class names', () => {
    document.body.innerHTML =
      '<div id="app"><section class="css-1q7k9z3 notice"><p class="sc-abc123">x</p></section></div>';
    const p = document.querySelector('p') as Element;
    expect(cssPath(p)).toBe('div#app > section.notice > p');
  });
});

describe('shortText', () => {
  it('collapses whitespace, skips scripts and cuts to the limit', () => {
    document.body.innerHTML =
      '<div id="b"><p>We use   cookies</p><script>var x = 1;</script><p>to measure traffic.</p></div>';
    const el = document.getElementById('b') as Element;
    expect(shortText(el, 200)).toBe('We use cookies to measure traffic.');
    expect(shortText(el, 10)).toBe('We use co…');
  });
});
