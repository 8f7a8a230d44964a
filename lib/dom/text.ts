/** Visible-ish text of an element, collapsed, without scripts and styles, bounded in length. */
export function shortText(el: Element, limit: number): string {
  const parts: string[] = [];
  let length = 0;
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n && length < limit; n = walker.nextNode()) {
    const parent = n.parentElement?.localName;
    if (parent === 'script' || parent === 'style' || parent === 'noscript') continue;
    const t = (n.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (t) {
      parts.push(t);
      length += t.length + 1;
    }
  }
  const text = parts.join(' ');
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
