const MAX_LOOKED_AT = 60;

function hasPaint(cs: CSSStyleDeclaration): boolean {
  const bg = cs.backgroundColor;
  const transparent = !bg || bg === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(bg);
  return !transparent || (cs.backdropFilter ?? 'none') !== 'none' || cs.backgroundImage !== 'none';
}

/**
 * The dimming layer a hidden overlay leaves behind: a fixed element near it in the tree that
 * covers the viewport and holds (almost) no text of its own.
 */
export function findBackdrops(
  hidden: Element,
  win: Window,
  isHandled: (el: Element) => boolean = () => false,
): Element[] {
  const doc = hidden.ownerDocument;
  const out: Element[] = [];
  const area = win.innerWidth * win.innerHeight;
  let looked = 0;
  for (
    let n: Element | null = hidden;
    n && n !== doc.body && n !== doc.documentElement;
    n = n.parentElement
  ) {
    const parent: Element | null = n.parentElement;
    if (!parent) break;
    for (const sib of parent.children) {
      if (sib === n || ++looked > MAX_LOOKED_AT) continue;
      if (isHandled(sib)) continue;
      const cs = win.getComputedStyle(sib);
      if (cs.position !== 'fixed' && cs.position !== 'absolute') continue;
      const r = sib.getBoundingClientRect();
      const ix = Math.max(0, Math.min(r.right, win.innerWidth) - Math.max(r.left, 0));
      const iy = Math.max(0, Math.min(r.bottom, win.innerHeight) - Math.max(r.top, 0));
      if (ix * iy < area * 0.9) continue;
      if ((sib.textContent ?? '').trim().length > 30) continue;
      if (sib.querySelector('img,video,iframe,main,article,h1')) continue;
      if (hasPaint(cs)) out.push(sib);
    }
  }
  return out;
}
