import { describe, expect, it } from 'vitest';
import { MARK_ATTRIBUTE } from '@/lib/hide/attributes';
import { PickPreview } from '@/lib/pick/preview';

const marked = (el: Element) => [...el.attributes].some((a) => MARK_ATTRIBUTE.test(a.name));

describe('PickPreview', () => {
  it('hides the pick, and cancel puts the markup back exactly', () => {
    document.head.innerHTML = '<style>.locked{overflow:hidden}</style>';
    document.body.className = 'locked';
    document.body.innerHTML =
      '<main aria-hidden="true"><h1>News</h1><p>text</p></main><div id="modal" role="dialog">Join</div>';
    const before = document.documentElement.outerHTML;
    const preview = new PickPreview(document, window);
    const modal = document.getElementById('modal') as Element;
    preview.show([modal]);
    expect(marked(modal)).toBe(true);
    expect(document.querySelectorAll('style')).toHaveLength(2);
    // Picking something else shows the first pick again.
    preview.show([document.querySelector('p') as Element]);
    expect(marked(modal)).toBe(false);
    preview.cancel();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('keep leaves the pick hidden', () => {
    document.body.innerHTML = '<div id="modal">Join</div>';
    const preview = new PickPreview(document, window);
    const modal = document.getElementById('modal') as Element;
    preview.show([modal]);
    preview.keep();
    expect(marked(modal)).toBe(true);
  });
});
