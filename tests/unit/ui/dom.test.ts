import { describe, expect, it } from 'vitest';
import { el } from '@/utils/ui/dom';

describe('el', () => {
  it('sets text as text, never as markup, and names focus keepers', () => {
    const p = el('p', { className: 'x', text: '<img src=x onerror=alert(1)>', focus: 'site|switch' });
    expect(p.querySelector('img')).toBeNull();
    expect(p.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(p.dataset.focus).toBe('site|switch');
    expect(p.className).toBe('x');
  });
});
