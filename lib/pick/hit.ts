/** How deep the picker follows same-origin frames inside frames. */
const MAX_FRAME_DEPTH = 3;

export interface Hit {
  el: Element;
  /** The document the element is in (the top one, or a same-origin frame's). */
  doc: Document;
  /** Offset of that document's viewport in the top viewport. */
  dx: number;
  dy: number;
}

/** A same-origin frame's document, or null for a cross-origin one (no access). */
export function frameDocument(frame: HTMLIFrameElement | HTMLFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/**
 * The page element under a point, looking through Unbanner's own layer (`skip`) and into
 * same-origin frames.
 */
export function elementAt(doc: Document, x: number, y: number, skip: Element | null, depth = 0): Hit | null {
  const el = doc.elementsFromPoint(x, y).find((e) => e !== skip && !skip?.contains(e));
  if (!el || el === doc.documentElement) return null;
  if ((el.localName === 'iframe' || el.localName === 'frame') && depth < MAX_FRAME_DEPTH) {
    const inner = frameDocument(el as HTMLIFrameElement);
    if (inner) {
      const r = el.getBoundingClientRect();
      const left = r.left + el.clientLeft;
      const top = r.top + el.clientTop;
      const hit = elementAt(inner, x - left, y - top, null, depth + 1);
      if (hit && hit.el !== inner.body) return { ...hit, dx: hit.dx + left, dy: hit.dy + top };
    }
  }
  return { el, doc, dx: 0, dy: 0 };
}

/** Fixed or sticky: an overlay's own layer, a likely first pick for someone using the keyboard. */
function isOverlayLayer(el: Element, win: Window): boolean {
  const position = win.getComputedStyle(el).position;
  return position === 'fixed' || position === 'sticky';
}

/**
 * Where keyboard picking starts: the outermost fixed layer under the middle or the bottom of
 * the viewport (where banners sit), else what is in the middle.
 */
export function startCandidate(doc: Document, win: Window, skip: Element | null): Element | null {
  const points: [number, number][] = [
    [win.innerWidth / 2, win.innerHeight / 2],
    [win.innerWidth / 2, win.innerHeight - 40],
    [win.innerWidth / 2, 40],
  ];
  let fallback: Element | null = null;
  for (const [x, y] of points) {
    const hit = elementAt(doc, x, y, skip);
    if (!hit || hit.doc !== doc || hit.el === doc.body) continue;
    fallback ??= hit.el;
    let layer: Element | null = null;
    for (let n: Element | null = hit.el; n && n !== doc.body; n = n.parentElement) {
      if (isOverlayLayer(n, win)) layer = n;
    }
    if (layer) return layer;
  }
  return fallback;
}
