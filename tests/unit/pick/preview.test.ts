import { describe, expect, it } from 'vitest';
import { PickPreview } from '@/lib/pick/preview';

/** The preview marks with a name drawn per pick (`data-` and 12 letters); its value names the preview. */
const previewed = (el: Element) =>
  [...el.attributes].some((a) => /^data-[a-z]{12}$/.test(a.name) && a.value === 'pick-preview');

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
    expect(previewed(modal)).toBe(true);
    expect(document.head.lastElementChild?.textContent).toContain('display:none');
    // Picking something else shows the first pick again.
    preview.show([document.querySelector('p') as Element]);
    expect(previewed(modal)).toBe(false);
    preview.cancel();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('keep leaves the pick hidden', () => {
    document.body.innerHTML = '<div id="modal">Join</div>';
    const preview = new PickPreview(document, window);
    const modal = document.getElementById('modal') as Element;
    preview.show([modal]);
    preview.keep();
    preview.cancel();
    expect(previewed(modal)).toBe(true);
  });
});
