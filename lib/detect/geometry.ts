/** How an element sits over the page, in the terms the explanations use. */
export type Layout =
  | 'bottom-bar'
  | 'top-bar'
  | 'corner-box'
  | 'centred-dialog'
  | 'side-box'
  | 'viewport-cover'
  | 'top-of-page-bar'
  | 'end-of-page-bar'
  | 'in-flow';

export interface Placement {
  layout: Layout;
  /** fixed, sticky, absolute (over the page), or static for elements in normal flow. */
  position: string;
  /** Share of the viewport it covers, 0..1. */
  cover: number;
  zIndex: number;
  width: number;
  height: number;
  /** True for fixed, sticky and high absolute elements: they sit over the content. */
  overlay: boolean;
}

const OVERLAY_POSITIONS = new Set(['fixed', 'sticky']);

/** The nearest element, itself or an ancestor below body, that is positioned over the page. */
export function overlayAncestor(el: Element, win: Window): Element | null {
  const body = el.ownerDocument.body;
  for (
    let n: Element | null = el;
    n && n !== body && n !== el.ownerDocument.documentElement;
    n = n.parentElement
  ) {
    if (isOverlayPositioned(n, win)) return n;
  }
  return null;
}

export function isOverlayPositioned(el: Element, win: Window): boolean {
  const cs = win.getComputedStyle(el);
  if (OVERLAY_POSITIONS.has(cs.position)) return true;
  if (cs.position === 'absolute') {
    const z = Number.parseInt(cs.zIndex, 10);
    return Number.isFinite(z) && z >= 100;
  }
  return el.localName === 'dialog' && (el as HTMLDialogElement).open && cs.position !== 'static';
}

export function placementOf(el: Element, win: Window): Placement {
  const cs = win.getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const vw = win.innerWidth;
  const vh = win.innerHeight;
  const ix = Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0));
  const iy = Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
  const cover = vw && vh ? (ix * iy) / (vw * vh) : 0;
  const z = Number.parseInt(cs.zIndex, 10);
  const overlay = isOverlayPositioned(el, win);
  const base = {
    position: cs.position,
    cover,
    zIndex: Number.isFinite(z) ? z : 0,
    width: r.width,
    height: r.height,
    overlay,
  };
  const wide = r.width >= vw * 0.6;
  if (overlay) {
    if (cover >= 0.85) return { ...base, layout: 'viewport-cover' };
    if (wide && r.bottom >= vh - 4 && r.height <= vh * 0.7) return { ...base, layout: 'bottom-bar' };
    if (wide && r.top <= 4 && r.height <= vh * 0.7) return { ...base, layout: 'top-bar' };
    const cx = (r.left + r.right) / 2;
    const cy = (r.top + r.bottom) / 2;
    if (Math.abs(cx - vw / 2) < vw * 0.15 && Math.abs(cy - vh / 2) < vh * 0.25) {
      return { ...base, layout: 'centred-dialog' };
    }
    const nearBottom = vh - r.bottom < vh * 0.2;
    const nearTop = r.top < vh * 0.2;
    const nearSide = r.left < vw * 0.2 || vw - r.right < vw * 0.2;
    if (nearSide && (nearBottom || nearTop)) return { ...base, layout: 'corner-box' };
    return { ...base, layout: 'side-box' };
  }
  const docTop = r.top + win.scrollY;
  const docHeight = el.ownerDocument.documentElement.scrollHeight;
  const fullWidth = r.width >= vw * 0.9;
  if (fullWidth && docTop <= 4 && r.height <= vh * 0.5) return { ...base, layout: 'top-of-page-bar' };
  if (fullWidth && docTop + r.height >= docHeight - 4 && r.height <= vh * 0.5) {
    return { ...base, layout: 'end-of-page-bar' };
  }
  return { ...base, layout: 'in-flow' };
}
