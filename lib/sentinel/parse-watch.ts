import { contentEnd, isOverlayPositioned, NAVIGATION, placementOf } from '../detect/geometry';
import { THRESHOLDS } from '../detect/thresholds';
import { shadowText } from '../dom/shadow-text';
import type { Marks } from '../hide/attributes';
import { PageStyle } from '../hide/page-style';

/**
 * A browser paints a page it is still parsing when the page arrives in pieces (a long page over a
 * slow network), before any document-end script of ours exists; it may paint once more between
 * the end of parsing and document end. A banner in the page's own HTML would be seen then. So,
 * from document start until the sentinel takes over at document end, this looks after each
 * frame's layout and before its paint at what the frame shows at a few points of the viewport
 * (near its edges and centre: where banners sit). A block there that holds a consent word and a
 * control, and sits over the page or at the very top of the document (or at its very end, once
 * it has parsed), is held back until the sentinel takes it over and the detector judges it: an
 * overlay unpainted with its box kept, a block in the page's flow out of layout. What is
 * not on screen is not looked at: a frame costs a few hit tests, whatever the page's size.
 */
export interface ParseWatchOptions {
  /** Whether a text has a consent word: a cheap superset test (one word is enough). */
  mentions: (text: string) => boolean;
  /** This page load's marks (the engine's), shared with the sentinel that takes the holds over. */
  marks: Pick<Marks, 'pending' | 'shown'>;
  /** Hidden or covered already (a known platform's rule): not held back again. */
  isHandled: (el: Element) => boolean;
  /** An element's shadow root, open or closed (the extension can read both). */
  shadowRootOf: (el: Element) => ShadowRoot | null;
}

/**
 * Where the viewport is hit-tested after each frame's layout, as shares of its width and of its
 * height: near the edges (bars, and corner boxes with their margins) and the centre (dialogs).
 * Fifteen hit tests a frame, whatever the page's size.
 */
export const PARSE_WATCH_X = [0.05, 0.5, 0.92];
export const PARSE_WATCH_Y = [0.05, 0.15, 0.5, 0.9, 0.97];
/** A block with more text than this is a page or an app's shell, not a notice: not read. */
export const PARSE_WATCH_BLOCK_TEXT = 20_000;
/** Blocks held back at most: a page full of cookie recipes is not held back piece by piece. */
export const PARSE_WATCH_MAX_HELD = 6;
/**
 * If no document-end script takes them over (a frame the sentinel does not watch, a script that
 * failed), what was held back is shown again this long after the page parsed: fail open.
 */
export const PARSE_HOLD_MAX_MS = 1500;

/**
 * On a page of more frames than this, a look slower than PARSE_LOOK_SLOW_MS (its hit tests bring
 * every frame's layout up to date) is spaced out: the next one waits PARSE_LOOK_SPACING times as
 * long as it took, a thirtieth of the main thread, whose frames are far apart there anyway (a tenth
 * still left them every frame). 1,000 small frames took 108 s to load with Unbanner, 33 s without,
 * and 52 s so. Elsewhere a look may be slow once (its first, on a loaded machine), and a banner
 * the page adds then must not be painted for it.
 */
export const PARSE_LOOK_MANY_FRAMES = 50;
export const PARSE_LOOK_SLOW_MS = 4;
export const PARSE_LOOK_SPACING = 30;

/** A block in the page's flow inside these is page chrome (a footer's "Cookies" link), as the sentinel has it. */
const LANDMARK = 'header, footer, nav, [role="banner"], [role="contentinfo"], [role="navigation"]';

/** What may follow a page's last block without being drawn. */
const SKIP_AT_END = new Set(['script', 'style', 'template', 'noscript', 'link']);

/** Where a frame over the page that has not loaded yet is held back: where banners sit, not a side widget. */
const BANNER_LAYOUTS = new Set(['bottom-bar', 'top-bar', 'centred-dialog', 'viewport-cover']);

/** What a consent notice offers, even one with a single link or an icon button (parsed by now: a banner's markup is small). */
const CONTROL = 'button, a[href], [role="button"], input[type="button"], input[type="submit"]';

/**
 * A design system's buttons are components whose control is in their own shadow root: looking for
 * one, this many elements of a block (already known to be short) are read for component hosts.
 */
const NESTED_CONTROL_SEARCH = 300;

/**
 * Between the end of parsing and document end (a task or more, often a hundred milliseconds), a
 * page's scripts add their banners, on DOMContentLoaded: each addition is looked at as it arrives,
 * before the next frame's callbacks run. This many of its elements are read for a positioned one.
 */
const INSERTION_SEARCH = 200;

export const PARSE_WATCH_GLOBAL = '__unbannerParseWatch';

export class ParseWatch {
  private held = new Set<Element>();
  private laidOut: ResizeObserver | null = null;
  private insertions: MutationObserver | null = null;
  /** Positioned layers without text over the whole viewport, seen at some point: a dialog's backdrop, once one is held. */
  private covers = new Set<Element>();
  private backdrops = new Set<Element>();
  /** The element at each point in the last frame looked at. */
  private lastHits: (Element | null)[] = [];
  /** The page's last block, looked at once the page has parsed. */
  private lastEnd: Element | null = null;
  /** The page's first block, looked at once the parser has left it. */
  private lastStart: Element | null = null;
  private style: PageStyle | null = null;
  private stopped = false;
  private failOpen = 0;
  /** When a slow look may be followed by the next (performance.now()). */
  private nextLookAt = 0;

  constructor(
    private doc: Document,
    private win: Window,
    private opts: ParseWatchOptions,
  ) {}

  start(): void {
    this.win.requestAnimationFrame(this.onFrame);
    const parsed = () => {
      if (this.stopped) return;
      this.failOpen = this.win.setTimeout(() => this.release(), PARSE_HOLD_MAX_MS);
      this.watchInsertions();
    };
    // Firefox may run a registered document-start script once the page has parsed: still before
    // document end, and before the frame painted in between.
    if (this.doc.readyState === 'loading')
      this.doc.addEventListener('DOMContentLoaded', parsed, { once: true });
    else parsed();
  }

  /** From the end of parsing until document end: what the page's scripts add, as it arrives. */
  private watchInsertions(): void {
    const body = this.doc.body;
    if (!body) return;
    this.insertions = new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (this.stopped || this.held.size >= PARSE_WATCH_MAX_HELD) return;
          if (n.nodeType === 1) this.lookAtInsertion(n as Element);
        }
      }
    });
    this.insertions.observe(body, { childList: true, subtree: true });
  }

  /** An added subtree that speaks of consent: the layer it draws over the page, or its block at the page's top or end. */
  private lookAtInsertion(el: Element): void {
    if (SKIP_AT_END.has(el.localName) || this.isHeld(el)) return;
    const shadow = this.opts.shadowRootOf(el);
    const text = `${el.textContent ?? ''} ${shadow ? shadowText(shadow) : ''}`;
    if (text.length > PARSE_WATCH_BLOCK_TEXT || !this.opts.mentions(text)) return;
    let positioned: Element | null = isOverlayPositioned(el, this.win) ? el : null;
    if (!positioned) {
      const all = el.querySelectorAll('*');
      for (let i = 0; i < all.length && i < INSERTION_SEARCH && !positioned; i++) {
        const c = all[i] as Element;
        if (isOverlayPositioned(c, this.win)) positioned = c;
      }
    }
    this.lookAt(this.blockFor(positioned ?? el), false);
  }

  /** What is held back, handed to the sentinel at document end (it holds them with its own style, in this task). */
  takeHeld(): Element[] {
    const out = [...this.held].filter((el) => el.isConnected && !this.backdrops.has(el));
    // Backdrops go with their dialog: the sentinel holds a suspect's backdrops itself.
    for (const el of this.backdrops) el.removeAttribute(this.opts.marks.pending);
    this.held.clear();
    this.stop();
    return out;
  }

  /** Shows again whatever is held back, and stops. */
  release(): void {
    for (const el of this.held) el.removeAttribute(this.opts.marks.pending);
    this.held.clear();
    this.stop();
  }

  private stop(): void {
    this.stopped = true;
    this.laidOut?.disconnect();
    this.insertions?.disconnect();
    this.win.clearTimeout(this.failOpen);
    this.style?.detach();
    this.style = null;
  }

  /**
   * Each frame while parsing, a fresh observation of the root: the browser reports it after the
   * frame's layout and before its paint, where hit tests cost no layout of their own.
   */
  private onFrame = (): void => {
    // Until the sentinel takes over (document end comes a task or more after the page parsed,
    // and a frame can be painted in between), or the fail-open time after parsing.
    const root = this.doc.documentElement;
    if (this.stopped || !root) return;
    this.win.requestAnimationFrame(this.onFrame);
    this.laidOut ??= new ResizeObserver(this.onLaidOut);
    this.laidOut.unobserve(root);
    this.laidOut.observe(root);
  };

  private onLaidOut = (): void => {
    if (this.stopped) return;
    const clock = this.win.performance;
    const start = clock.now();
    if (start < this.nextLookAt) return;
    this.look();
    const took = clock.now() - start;
    if (took > PARSE_LOOK_SLOW_MS && this.win.frames.length > PARSE_LOOK_MANY_FRAMES)
      this.nextLookAt = start + took * PARSE_LOOK_SPACING;
  };

  private look(): void {
    const doc = this.doc;
    const vw = this.win.innerWidth;
    const vh = this.win.innerHeight;
    const body = doc.body;
    if (!body || !vw || !vh) return;
    let i = 0;
    // A sticky header or a dialog lies under several points: each element, and each block, is read once a frame.
    const hits = new Set<Element>();
    const blocks = new Set<Element>();
    for (const fy of PARSE_WATCH_Y) {
      for (const fx of PARSE_WATCH_X) {
        const hit = doc.elementFromPoint(fx * vw, fy * vh);
        // What was at this point in the last frame was looked at then.
        const seen = hit === this.lastHits[i];
        this.lastHits[i++] = hit;
        if (!hit || seen || hit === body || hit === doc.documentElement) continue;
        if (this.held.size >= PARSE_WATCH_MAX_HELD) return;
        // A host whose shadow tree draws a panel over the page at this point is that panel, as far as
        // the page goes (the host itself may have no box). That depends on the point: only the rest
        // is read once a frame.
        if (this.shadowOverlayAt(hit, fx * vw, fy * vh)) {
          this.lookAt(hit, true);
          continue;
        }
        if (hits.has(hit)) continue;
        hits.add(hit);
        const block = this.blockFor(hit);
        if (!block || blocks.has(block)) continue;
        blocks.add(block);
        this.lookAt(block, false);
      }
    }
    // Once the page has parsed, its last block too: on a page shorter than the viewport a bar at its
    // end may sit between the points looked at.
    let last = doc.readyState === 'loading' ? null : body.lastElementChild;
    while (last && SKIP_AT_END.has(last.localName)) last = last.previousElementSibling;
    if (last && last !== this.lastEnd && this.held.size < PARSE_WATCH_MAX_HELD) {
      this.lastEnd = last;
      this.lookAt(this.blockFor(last), false);
    }
    // And its first block, once the parser has left it: a bar a page's script puts first in the
    // body (a library's prepend) is often thinner than the band above the top row of points. One
    // the parser is still inside (the page's wrapper, growing) is looked at in a later frame.
    let first = body.firstElementChild;
    while (first && SKIP_AT_END.has(first.localName)) first = first.nextElementSibling;
    if (
      first &&
      first !== this.lastStart &&
      this.held.size < PARSE_WATCH_MAX_HELD &&
      !this.stillParsing(first)
    ) {
      this.lastStart = first;
      this.lookAt(this.blockFor(first), false);
    }
    // A dialog held back: the dimming layer without text over the whole page is its backdrop.
    if (!this.held.size) return;
    for (const cover of this.covers) {
      if (!cover.isConnected || this.isHeld(cover) || this.opts.isHandled(cover)) continue;
      this.hold(cover);
      this.backdrops.add(cover);
    }
  }

  /**
   * A frame over the page from this page's own site: one whose document has not parsed yet paints
   * as an empty box, and holds a notice as often as not when it is a bar or a dialog; one that has
   * parsed is read like any block. A frame from another site is judged by its own content script.
   */
  private framedNotice(frame: HTMLIFrameElement): boolean {
    let doc: Document | null = null;
    try {
      doc = frame.contentDocument;
    } catch {
      return false;
    }
    if (!doc) return false;
    if (doc.URL === 'about:blank' || doc.readyState === 'loading') return this.barOrDialog(frame);
    const body = doc.body;
    const text = body?.textContent ?? '';
    return (
      !!body &&
      text.length <= PARSE_WATCH_BLOCK_TEXT &&
      this.opts.mentions(text) &&
      !!body.querySelector(CONTROL)
    );
  }

  /** Holds a block that holds a consent word and a control (overlay: drawn over the page by its shadow tree). */
  private lookAt(block: Element | null, overlay: boolean): void {
    if (!block) return;
    if (block.localName === 'iframe') {
      if (this.framedNotice(block as HTMLIFrameElement) && !this.opts.isHandled(block)) this.hold(block);
      return;
    }
    // A design system's banner has its text and buttons in its shadow root.
    const shadow = this.opts.shadowRootOf(block);
    const text = `${block.textContent ?? ''} ${shadow ? shadowText(shadow) : ''}`;
    if (!text.trim()) {
      if (this.coversViewport(block)) this.covers.add(block);
      return;
    }
    if (text.length > PARSE_WATCH_BLOCK_TEXT || !this.opts.mentions(text)) return;
    // A notice the parser is still inside may have its buttons in the part still to come.
    if (!this.hasControl(block, shadow) && !this.stillParsing(block)) return;
    if (!this.opts.isHandled(block)) this.hold(block, overlay);
  }

  /** Whether the parser is still inside `block`: it holds the last element parsed so far. */
  private stillParsing(block: Element): boolean {
    if (this.doc.readyState !== 'loading') return false;
    let last = this.doc.body?.lastElementChild ?? null;
    for (let steps = 0; last?.lastElementChild && steps < THRESHOLDS.maxAncestorSteps; steps++)
      last = last.lastElementChild;
    return !!last && block.contains(last);
  }

  /** A control in the block, in its shadow tree, or in the shadow tree of a component inside them. */
  private hasControl(block: Element, shadow: ShadowRoot | null): boolean {
    const scopes: ParentNode[] = shadow ? [block, shadow] : [block];
    let budget = NESTED_CONTROL_SEARCH;
    for (let i = 0; i < scopes.length; i++) {
      const scope = scopes[i] as ParentNode;
      if (scope.querySelector(CONTROL)) return true;
      for (const el of scope.querySelectorAll('*')) {
        if (--budget < 0) return false;
        const inner = el.localName.includes('-') ? this.opts.shadowRootOf(el) : null;
        if (inner) scopes.push(inner);
      }
    }
    return false;
  }

  /** Whether what the shadow tree of `host` shows at (x, y) sits in a positioned layer of that tree. */
  private shadowOverlayAt(host: Element, x: number, y: number): boolean {
    const shadow = this.opts.shadowRootOf(host);
    if (!shadow) return false;
    let steps = 0;
    for (let n = shadow.elementFromPoint(x, y); n && n !== host; n = n.parentElement) {
      if (++steps > THRESHOLDS.maxAncestorSteps) return false;
      if (isOverlayPositioned(n, this.win)) return true;
    }
    return false;
  }

  /** Laid out as the detector's banners are: a bar at an edge, a dialog about the centre, or a layer over the viewport. */
  private barOrDialog(el: Element): boolean {
    return BANNER_LAYOUTS.has(placementOf(el, this.win).layout);
  }

  private coversViewport(el: Element): boolean {
    if (!isOverlayPositioned(el, this.win)) return false;
    const r = el.getBoundingClientRect();
    const vw = this.win.innerWidth;
    const vh = this.win.innerHeight;
    const w = Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0));
    const h = Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
    return w * h >= vw * vh * THRESHOLDS.viewportCover;
  }

  /**
   * The overlay around an element, or the block in the page's flow it sits in at the very top of
   * the document, or (once the page has parsed, when the end is known) at its very end; else null.
   */
  private blockFor(from: Element): Element | null {
    const body = this.doc.body;
    const vh = this.win.innerHeight;
    const vw = this.win.innerWidth;
    // While the parser still adds to the page, the block at its end is only the last one so far.
    const docHeight =
      this.doc.readyState === 'loading' ? Number.POSITIVE_INFINITY : contentEnd(this.doc, this.win);
    let edge: Element | null = null;
    let pageSized = false;
    let steps = 0;
    for (let n: Element | null = from; n && n !== body; n = n.parentElement) {
      if (++steps > THRESHOLDS.maxAncestorSteps || this.isHeld(n)) return null;
      if (isOverlayPositioned(n, this.win)) return n;
      if (pageSized) continue;
      // In the page's flow: the largest block around it at the document's top or end that is no page.
      const box = n.getBoundingClientRect();
      const docTop = box.top + this.win.scrollY;
      if (box.height > vh * THRESHOLDS.inFlowMaxHeight) pageSized = true;
      else if (
        box.width >= vw * THRESHOLDS.inFlowMinWidth &&
        (docTop <= THRESHOLDS.inFlowEdgePx || docTop + box.height >= docHeight - THRESHOLDS.inFlowEdgePx)
      ) {
        // A block that holds the site's navigation is the page's shell (an app root while the rest
        // of the page is still to come), not a notice: the notice is the block inside it.
        if (n.querySelector(NAVIGATION)) pageSized = true;
        else edge = n;
      }
    }
    if (!edge || edge.closest(LANDMARK)) return null;
    return edge;
  }

  private isHeld(el: Element): boolean {
    for (const h of this.held) if (h === el || h.contains(el) || el.contains(h)) return true;
    return false;
  }

  /** overlay: drawn over the page (by its shadow tree) though the element itself is not positioned. */
  private hold(el: Element, overlay = false): void {
    if (!this.style) {
      this.style = new PageStyle(this.doc, this.win);
      this.style.set(pendingRules(this.opts.marks));
      this.style.attach();
    }
    el.setAttribute(
      this.opts.marks.pending,
      overlay || isOverlayPositioned(el, this.win) ? '' : PENDING_IN_FLOW,
    );
    this.held.add(el);
  }
}

/**
 * The pending mark's value on a block held back in the page's flow: it is taken out of layout, as
 * the detector hides a banner there, so hiding it moves nothing that was painted. (An overlay
 * keeps its box: the detector measures it, and it covers the page rather than pushing it.)
 */
export const PENDING_IN_FLOW = 'flow';

/**
 * What a held-back element looks like: not painted, not clickable; out of layout if in the page's
 * flow. Transparent rather than `visibility:hidden`: visibility is inherited, and a page that
 * transitions it (a component's panel in its shadow root) would keep it hidden for the length of
 * that transition once the hold is lifted, so the detector, judging at that moment, would take the
 * banner for one the page keeps hidden and never look at it again. No transitions while held: a
 * transition overrides !important, so a banner whose style transitions its opacity (`transition:
 * all .5s`) would fade out from full opacity instead of vanishing, painted as it fades, and one
 * fading in as it is held would go on fading in.
 */
export const pendingRules = (marks: Pick<Marks, 'pending' | 'shown'>) => [
  `[${marks.pending}]:not([${marks.shown}]){opacity:0!important;pointer-events:none!important;transition:none!important}`,
  `[${marks.pending}="${PENDING_IN_FLOW}"]:not([${marks.shown}]){display:none!important}`,
];
