/** Children of a shadow root that hold no words a reader sees. */
const NOT_TEXT = new Set(['style', 'script', 'template', 'link']);

/**
 * The text of a shadow tree without its style sheets. A component's `<style>` (Svelte, Stencil and
 * Vue put theirs in the shadow root) can hold far more CSS than the notice has words: read whole,
 * it made a short consent bar look like a page's worth of text, and a consent word in it is no
 * sign of a notice.
 */
export function shadowText(shadow: ShadowRoot): string {
  let text = '';
  for (let child = shadow.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && NOT_TEXT.has((child as Element).localName)) continue;
    text += child.textContent ?? '';
  }
  return text;
}
