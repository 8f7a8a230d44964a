/**
 * Characters that change how the text around them is shown without being seen themselves:
 * direction overrides, embeddings and isolates (which can make a banner's text read backwards
 * in the popup), and zero-width spaces and marks. Joiners (ZWJ, ZWNJ) stay: scripts and emoji need them.
 */
const INVISIBLE_CONTROLS = /[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** No more of one text node is read than could be shown (a page may hold megabytes in one). */
const READ_PER_LIMIT = 4;

/** Page text made safe to show as one line: no invisible controls, whitespace collapsed, bounded. */
export function plainLine(text: string, limit: number): string {
  const t = text
    .slice(0, limit * READ_PER_LIMIT)
    .replace(INVISIBLE_CONTROLS, '')
    .replace(/\s+/g, ' ')
    .trim();
  return t.length > limit ? `${t.slice(0, limit - 1)}…` : t;
}

/** Visible-ish text of an element, collapsed, without scripts and styles, bounded in length. */
export function shortText(el: Element, limit: number): string {
  const parts: string[] = [];
  let length = 0;
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n && length < limit; n = walker.nextNode()) {
    const parent = n.parentElement?.localName;
    if (parent === 'script' || parent === 'style' || parent === 'noscript') continue;
    const t = (n.nodeValue ?? '')
      .slice(0, limit * READ_PER_LIMIT)
      .replace(INVISIBLE_CONTROLS, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (t) {
      parts.push(t);
      length += t.length + 1;
    }
  }
  const text = parts.join(' ');
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
