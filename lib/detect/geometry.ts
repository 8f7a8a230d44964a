/** How an element sits over the page, in the terms the explanations use. */
export type Layout =
  | 'bottom-bar'
  | 'top-bar'
  | 'corner-box'
  | 'bottom-box'
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

import { THRESHOLDS as T } from './thresholds';

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

/** Each element's overlay ancestor (or null), kept between scans until styles may have changed. */
export type OverlayMemo = Pick<WeakMap<Element, Element | null>, 'get' | 'set'>;

/** overlayAncestor, remembering the answer for every element on the way up: hits share ancestors. */
export function memoOverlayAncestor(el: Element, win: Window, memo: OverlayMemo): Element | null {
  const body = el.ownerDocument.body;
  const path: Element[] = [];
  let found: Element | null = null;
  for (
    let n: Element | null = el;
    n && n !== body && n !== el.ownerDocument.documentElement;
    n = n.parentElement
  ) {
    const known = memo.get(n);
    if (known !== undefined) {
      found = known;
      break;
    }
    path.push(n);
    if (isOverlayPositioned(n, win)) {
      found = n;
      break;
    }
  }
  // Elements below an overlay belong to it; the overlay itself is its own answer.
  for (const p of path) memo.set(p, found);
  return found;
}

/**
 * The outermost positioned ancestor of an overlay that adds little text of its own: a wrapper that
 * draws the backdrop around its panel, not an app shell that holds the page.
 */
export function overlayWrapper(overlay: Element, win: Window): Element {
  const body = overlay.ownerDocument.body;
  const baseLength = (overlay.textContent ?? '').length;
  let chosen = overlay;
  for (let up = overlay.parentElement; up && up !== body; up = up.parentElement) {
    if (!isOverlayPositioned(up, win)) continue;
    if ((up.textContent ?? '').length > baseLength * T.wrapperTextGrowth + T.wrapperTextSlack) break;
    chosen = up;
  }
  return chosen;
}

export function isOverlayPositioned(el: Element, win: Window): boolean {
  const cs = win.getComputedStyle(el);
  if (OVERLAY_POSITIONS.has(cs.position)) return true;
  if (cs.position === 'absolute') {
    const z = Number.parseInt(cs.zIndex, 10);
    return Number.isFinite(z) && z >= T.absoluteOverlayZ;
  }
  return el.localName === 'dialog' && (el as HTMLDialogElement).open && cs.position !== 'static';
}

/**
 * The box an element draws: its own, or, for a custom element that has no box of its own (its
 * shadow tree draws a positioned panel), the largest positioned box in its shadow root.
 */
export function drawnBox(el: Element, win: Window): Element {
  const own = el.getBoundingClientRect();
  const shadow = el.shadowRoot;
  if ((own.width >= 1 && own.height >= 1) || !shadow) return el;
  let best: Element = el;
  let bestArea = 0;
  const all = shadow.querySelectorAll('*');
  for (let i = 0; i < all.length && i < T.shadowBoxSearch; i++) {
    const c = all[i] as Element;
    if (!isOverlayPositioned(c, win)) continue;
    const r = c.getBoundingClientRect();
    if (r.width * r.height > bestArea) {
      best = c;
      bestArea = r.width * r.height;
    }
  }
  return best;
}

export function placementOf(el: Element, win: Window): Placement {
  const box = drawnBox(el, win);
  const cs = win.getComputedStyle(box);
  const r = box.getBoundingClientRect();
  const vw = win.innerWidth;
  const vh = win.innerHeight;
  const ix = Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0));
  const iy = Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
  const cover = vw && vh ? (ix * iy) / (vw * vh) : 0;
  const z = Number.parseInt(cs.zIndex, 10);
  const overlay = isOverlayPositioned(box, win);
  const base = {
    position: cs.position,
    cover,
    zIndex: Number.isFinite(z) ? z : 0,
    width: r.width,
    height: r.height,
    overlay,
  };
  const edge = T.edgeSlackPx;
  const wide = r.width >= vw * T.barMinWidth;
  if (overlay) {
    if (cover >= T.viewportCover) return { ...base, layout: 'viewport-cover' };
    if (wide && r.bottom >= vh - edge && r.height <= vh * T.barMaxHeight)
      return { ...base, layout: 'bottom-bar' };
    if (wide && r.top <= edge && r.height <= vh * T.barMaxHeight) return { ...base, layout: 'top-bar' };
    const cx = (r.left + r.right) / 2;
    const cy = (r.top + r.bottom) / 2;
    if (Math.abs(cx - vw / 2) < vw * T.centreSlackX && Math.abs(cy - vh / 2) < vh * T.centreSlackY) {
      return { ...base, layout: 'centred-dialog' };
    }
    const nearBottom = vh - r.bottom < vh * T.cornerZone;
    const nearTop = r.top < vh * T.cornerZone;
    const nearSide = r.left < vw * T.cornerZone || vw - r.right < vw * T.cornerZone;
    if (nearSide && (nearBottom || nearTop)) return { ...base, layout: 'corner-box' };
    // A card docked at the bottom, centred and narrower than a bar: a notice as much as a corner box is.
    if (nearBottom && Math.abs(cx - vw / 2) < vw * T.centreSlackX) return { ...base, layout: 'bottom-box' };
    return { ...base, layout: 'side-box' };
  }
  // In normal flow: only a page-wide block at the very start or the very end of the document
  // can be a banner (government design systems and newspapers put theirs first in body).
  const docTop = r.top + win.scrollY;
  const docHeight = contentEnd(el.ownerDocument, win);
  const pageWide = r.width >= vw * T.inFlowMinWidth;
  const small = r.height <= vh * T.inFlowMaxHeight;
  if (pageWide && small && docTop <= T.inFlowEdgePx) return { ...base, layout: 'top-of-page-bar' };
  if (pageWide && small && docTop + r.height >= docHeight - T.inFlowEdgePx) {
    return { ...base, layout: 'end-of-page-bar' };
  }
  return { ...base, layout: 'in-flow' };
}

/**
 * Where the page's content ends, in document coordinates: a page shorter than the viewport still
 * scrolls to the viewport's bottom, below the last block of its body.
 */
export function contentEnd(doc: Document, win: Window): number {
  const body = doc.body?.getBoundingClientRect().bottom ?? Number.POSITIVE_INFINITY;
  return Math.min(doc.documentElement.scrollHeight, body + win.scrollY);
}

/** The site's navigation: a block that holds it is the page's header or shell, not a notice. */
export const NAVIGATION = 'nav, [role="navigation"]';

/**
 * A block that holds the site's navigation besides the bar found so far is the page's header area
 * (an app's header with the notice first in it), not the notice: the notice is the block below it.
 */
export function holdsOtherNavigation(block: Element, bar: Element | null): boolean {
  const nav = block.querySelector(NAVIGATION);
  return nav !== null && !(bar?.contains(nav) ?? false);
}
