const MAX_LOOKED_AT = 60;
/** Text a dimming layer may carry beside the overlay (a close "×", a logo's name). */
const BACKDROP_MAX_TEXT = 30;
/** Share of the viewport a dimming layer covers. */
const BACKDROP_MIN_COVER = 0.9;
/** What a layer over the whole page holds when it is a page or a player, not a dimming layer. */
const PAGE_MATTER = 'img,video,iframe,main,article,h1';

function hasPaint(cs: CSSStyleDeclaration): boolean {
  const bg = cs.backgroundColor;
  const transparent = !bg || bg === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(bg);
  return !transparent || (cs.backdropFilter ?? 'none') !== 'none' || cs.backgroundImage !== 'none';
}

/** A positioned layer that paints over (nearly) the whole viewport. */
function coversViewport(el: Element, win: Window, cs: CSSStyleDeclaration): boolean {
  if (cs.position !== 'fixed' && cs.position !== 'absolute') return false;
  const r = el.getBoundingClientRect();
  const ix = Math.max(0, Math.min(r.right, win.innerWidth) - Math.max(r.left, 0));
  const iy = Math.max(0, Math.min(r.bottom, win.innerHeight) - Math.max(r.top, 0));
  return ix * iy >= win.innerWidth * win.innerHeight * BACKDROP_MIN_COVER && hasPaint(cs);
}

/** A layer that dims the page around `overlay`: nothing of its own beyond a few words. */
function dimsAround(layer: Element, overlay: Element): boolean {
  const own = (layer.textContent ?? '').replace(overlay.textContent ?? '', '');
  if (own.trim().length > BACKDROP_MAX_TEXT) return false;
  for (const m of layer.querySelectorAll(PAGE_MATTER)) if (!overlay.contains(m)) return false;
  return true;
}

/**
 * The dimming layer a hidden overlay leaves behind: a fixed element that covers the viewport and
 * holds (almost) nothing else. Beside it in the tree, or around it: a platform's rule may name the
 * dialog that a full-screen layer centres.
 */
export function findBackdrops(
  hidden: Element,
  win: Window,
  isHandled: (el: Element) => boolean = () => false,
): Element[] {
  const doc = hidden.ownerDocument;
  const out: Element[] = [];
  let looked = 0;
  for (
    let n: Element | null = hidden;
    n && n !== doc.body && n !== doc.documentElement;
    n = n.parentElement
  ) {
    const parent: Element | null = n.parentElement;
    if (!parent) break;
    if (
      parent !== doc.body &&
      parent !== doc.documentElement &&
      ++looked <= MAX_LOOKED_AT &&
      !isHandled(parent) &&
      coversViewport(parent, win, win.getComputedStyle(parent)) &&
      dimsAround(parent, hidden)
    )
      out.push(parent);
    // A parent of thousands (a comment thread) is not read through: the layer sits near the overlay.
    if (looked > MAX_LOOKED_AT) break;
    for (const sib of parent.children) {
      if (sib === n) continue;
      if (++looked > MAX_LOOKED_AT) break;
      if (isHandled(sib)) continue;
      if (!coversViewport(sib, win, win.getComputedStyle(sib))) continue;
      if ((sib.textContent ?? '').trim().length > BACKDROP_MAX_TEXT) continue;
      if (sib.querySelector(PAGE_MATTER)) continue;
      out.push(sib);
    }
  }
  return out;
}
