import { isRendered } from '../dom/visibility';
import { findCandidates, mentionsConsent, type OverlayMemo } from './candidates';
import { type Placement, placementOf } from './geometry';
import { judge, type Verdict } from './score';
import { collectSignals, type Signals } from './signals';
import type { ShadowRootOf } from './walk';

export interface Detection {
  el: Element;
  verdict: Verdict;
  signals: Signals;
  placement: Placement;
}

export interface DetectorOptions {
  shadowRootOf: ShadowRootOf;
  /** In a sub-frame only overlays count: a frame that is itself a banner is judged by its parent. */
  inFrame: boolean;
  isAllowed: (el: Element) => boolean;
  /** Unbanner hid this element or one around it (known to the engine, not read off the page). */
  isHidden?: (el: Element) => boolean;
  /** Hidden, or brought back by the user: not for the detector to judge again. */
  isHandled?: (el: Element) => boolean;
  /** A known platform's rule covers this element: the rule, not the detector, decides and names it. */
  coveredByRule: (el: Element) => boolean;
  onDetected: (d: Detection) => void;
}

/** Site headers, footers and navigation sit at the top and end of pages and mention cookies; they are never banners. */
function isPageLandmark(el: Element): boolean {
  return (
    el.matches('header, footer, nav, [role="banner"], [role="contentinfo"], [role="navigation"]') ||
    el.querySelector('nav, [role="navigation"]') !== null
  );
}

/** Work per animation frame, so a page that adds thousands of nodes never gets a long task from us. */
const FRAME_BUDGET_MS = 6;
const BODY_ATTRIBUTE_INTERVAL_MS = 1000;
const MAX_DORMANT = 32;
/**
 * Walks up the tree stop after this many steps: a page nesting 200,000 elements would make
 * every mutation cost its depth (and every burst of them, depth squared).
 */
const MAX_ANCESTOR_STEPS = 64;
/** More elements added under one parent in one batch are judged as that parent (a flood, not a banner each). */
const MAX_ADDED_PER_PARENT = 32;
const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'open'],
};

/**
 * Finds consent overlays that no rule names. Mutations are collected as they come and judged
 * once per animation frame (before that frame paints), within a time budget; each candidate
 * is scored from its wording, its buttons and its geometry.
 */
export class Detector {
  private observer: MutationObserver;
  private dirty = new Set<Element>();
  private frameRequested = false;
  private judged = new WeakMap<Element, string>();
  private consentText = new WeakMap<Element, boolean>();
  private observedRoots = new WeakSet<Node>();
  private lastBodyScan = 0;
  private stopped = false;
  private scannedFrames = new WeakSet<Element>();
  private dormant = new Set<Element>();
  /** Overlay ancestors found so far; forgotten when a class or style changes on a container, or a stylesheet arrives. */
  private overlayMemo: OverlayMemo = new WeakMap();
  /** Candidates scored so far, for the benchmark and tests. */
  scored = 0;

  constructor(
    private doc: Document,
    private win: Window,
    private opts: DetectorOptions,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  start(): void {
    // A banner that slides or fades in changes no attribute at the end: look at dormant candidates then.
    this.doc.addEventListener('transitionend', this.onMotionEnd, true);
    this.doc.addEventListener('animationend', this.onMotionEnd, true);
    this.observeRoot(this.doc);
    if (this.doc.body) {
      this.markDirty(this.doc.body);
      // Started after parsing (the detector's script runs at document end): scan now, before a paint.
      if (this.doc.readyState !== 'loading') this.processFrame();
    }
  }

  private onMotionEnd = (event: Event): void => {
    if (!this.dormant.size || !(event.target instanceof Element)) return;
    for (const el of this.dormant) {
      if (el.contains(event.target)) {
        this.requestFrame();
        return;
      }
    }
  };

  stop(): void {
    this.doc.removeEventListener('transitionend', this.onMotionEnd, true);
    this.doc.removeEventListener('animationend', this.onMotionEnd, true);
    this.stopped = true;
    this.observer.disconnect();
    this.dirty.clear();
  }

  /** Judges a subtree now (used for the first scan and by tests). */
  scanNow(root: Element = this.doc.body ?? this.doc.documentElement): Detection[] {
    const found: Detection[] = [];
    for (const c of findCandidates(root, this.win, this.opts.shadowRootOf, this.overlayMemo)) {
      const d = this.evaluate(c);
      if (d) found.push(d);
    }
    return found;
  }

  private observeRoot(root: Node): void {
    if (this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    this.observer.observe(root, OBSERVE);
  }

  private onMutations(records: MutationRecord[]): void {
    const start = this.win.performance.now();
    this.collect(records);
    this.charge(this.win.performance.now() - start);
    // Once the page has parsed, an app inserting a banner is one task: judge it now, in this
    // microtask, so it never reaches a frame. While the parser is still adding the page, batch
    // per animation frame instead (still before that frame paints).
    if (this.dirty.size && this.doc.readyState !== 'loading') this.processFrame();
  }

  /**
   * Counts additions under one parent in this batch; past the limit the parent is marked dirty
   * instead of each added node (its one scan reads them all).
   */
  private floodedParent(parent: Element, count: number, added: Map<Element, number>): boolean {
    const total = (added.get(parent) ?? 0) + count;
    added.set(parent, total);
    if (total <= MAX_ADDED_PER_PARENT) return false;
    // Whatever came in (styles too) is read again with the parent.
    this.overlayMemo = new WeakMap();
    this.markDirty(parent);
    return true;
  }

  private collect(records: MutationRecord[]): void {
    const added = new Map<Element, number>();
    const body = this.doc.body;
    const root = this.doc.documentElement;
    for (const r of records) {
      if (r.type === 'childList') {
        this.forgetText(r.target);
        if (r.target.nodeType === 1 && this.floodedParent(r.target as Element, r.addedNodes.length, added))
          continue;
        for (const n of r.addedNodes) {
          const name = (n as Element).localName;
          if (name === 'style' || name === 'link') this.overlayMemo = new WeakMap();
          if (n.nodeType === 1) this.markDirty(n as Element);
          else if (n.nodeType === 3 && n.parentElement) this.markDirty(n.parentElement);
        }
      } else if (r.type === 'attributes') {
        const t = r.target as Element;
        if (t.firstElementChild) this.overlayMemo = new WeakMap();
        if (this.dormant.size) this.requestFrame();
        if (t === body || t === root) {
          // Pages flip body classes on scroll; a class that reveals a banner is rarer, so look at most once a second.
          if (r.attributeName !== 'class') continue;
          const now = this.win.performance.now();
          if (now - this.lastBodyScan < BODY_ATTRIBUTE_INTERVAL_MS) continue;
          this.lastBodyScan = now;
          if (body) this.markDirty(body);
        } else if (this.hasConsentText(t)) this.markDirty(t);
      }
    }
  }

  private forgetText(node: Node): void {
    let steps = 0;
    for (let n: Node | null = node; n; n = n.parentNode) {
      if (++steps > MAX_ANCESTOR_STEPS) {
        // Too deep to walk on every change: forget every subtree's answer instead.
        this.consentText = new WeakMap();
        return;
      }
      if (n.nodeType === 1) this.consentText.delete(n as Element);
    }
  }

  private hasConsentText(el: Element): boolean {
    let known = this.consentText.get(el);
    if (known === undefined) {
      known = mentionsConsent(el) || !!this.opts.shadowRootOf(el);
      this.consentText.set(el, known);
    }
    return known;
  }

  private markDirty(el: Element): void {
    if (this.stopped) return;
    this.dirty.add(el);
    this.requestFrame();
  }

  private requestFrame(): void {
    if (this.frameRequested || this.stopped) return;
    this.frameRequested = true;
    this.win.requestAnimationFrame(() => {
      this.frameRequested = false;
      // A new frame: its budget starts afresh.
      this.spentThisFrame = 0;
      this.processFrame();
    });
  }

  /**
   * Time spent since the last animation frame: mutation callbacks and the frame's own pass
   * share one budget, so a page changing its DOM in many tasks a frame gets no more of our time.
   */
  private spentThisFrame = 0;
  private spendingReset = false;

  private charge(ms: number): void {
    this.spentThisFrame += ms;
    if (this.spendingReset) return;
    this.spendingReset = true;
    this.win.requestAnimationFrame(() => {
      this.spendingReset = false;
      this.spentThisFrame = 0;
    });
  }

  private processFrame(): void {
    if (this.stopped) return;
    if (this.spentThisFrame >= FRAME_BUDGET_MS) {
      this.requestFrame();
      return;
    }
    const start = this.win.performance.now();
    const budget = FRAME_BUDGET_MS - this.spentThisFrame;
    try {
      this.processWithin(start, budget);
    } finally {
      this.charge(this.win.performance.now() - start);
    }
  }

  private processWithin(start: number, budget: number): void {
    const roots = [...this.dirty];
    this.dirty.clear();
    for (const el of [...this.dormant]) {
      if (!el.isConnected) this.dormant.delete(el);
      else this.evaluate(el);
    }
    const inSet = new Set(roots);
    for (let i = 0; i < roots.length; i++) {
      const root = roots[i] as Element;
      if (!root.isConnected || this.coveredByAncestor(root, inSet)) continue;
      if (this.opts.isHidden?.(root)) continue;
      const shadow = root.shadowRoot;
      if (shadow) this.observeRoot(shadow);
      for (const c of findCandidates(root, this.win, this.opts.shadowRootOf, this.overlayMemo))
        this.evaluate(c);
      if (this.win.performance.now() - start > budget) {
        for (const rest of roots.slice(i + 1)) this.markDirty(rest);
        return;
      }
    }
  }

  /** A dirty ancestor (within a bounded walk up) judges this element with its own subtree. */
  private coveredByAncestor(el: Element, set: Set<Element>): boolean {
    let steps = 0;
    for (let p = el.parentElement; p && ++steps <= MAX_ANCESTOR_STEPS; p = p.parentElement)
      if (set.has(p)) return true;
    return false;
  }

  private evaluate(el: Element): Detection | null {
    if (this.opts.isHandled?.(el) || this.opts.isAllowed(el)) return null;
    if (this.opts.coveredByRule(el)) return null;
    // Anywhere on the page, not only in the viewport: a banner about to slide in starts below it.
    if (!isRendered(el, 200)) {
      // Kept hidden for now (a banner shown later by a class change): look again on later mutations.
      if (this.dormant.size < MAX_DORMANT) this.dormant.add(el);
      return null;
    }
    this.dormant.delete(el);
    const placement = placementOf(el, this.win);
    if (placement.layout === 'in-flow' || (this.opts.inFrame && !placement.overlay)) return null;
    if (!placement.overlay && isPageLandmark(el)) return null;
    const signature = `${(el.textContent ?? '').length}:${el.childElementCount}:${placement.layout}`;
    if (el.localName !== 'iframe' && this.judged.get(el) === signature) return null;
    const signals = this.signalsFor(el);
    this.scored++;
    const verdict = judge(signals, placement, { scrollLocked: this.scrollLocked() });
    if (!verdict.hide) {
      this.judged.set(el, signature);
      return null;
    }
    const detection = { el, verdict, signals, placement };
    this.opts.onDetected(detection);
    return detection;
  }

  private watchFrameUntilParsed(frame: HTMLIFrameElement, framesLeft: number): void {
    if (this.stopped || framesLeft <= 0 || !frame.isConnected) return;
    let doc: Document | null = null;
    try {
      doc = frame.contentDocument;
    } catch {
      return;
    }
    if (doc && doc.URL !== 'about:blank' && doc.readyState !== 'loading') {
      this.markDirty(frame);
      return;
    }
    this.win.requestAnimationFrame(() => this.watchFrameUntilParsed(frame, framesLeft - 1));
  }

  private scrollLocked(): boolean {
    const { body, documentElement } = this.doc;
    const hidden = (el: Element | null) =>
      !!el && /hidden|clip/.test(this.win.getComputedStyle(el).overflowY);
    return hidden(documentElement) || hidden(body);
  }

  /** A closed host or a frame shows its text only through labels, or, for a same-origin frame, its document. */
  private signalsFor(el: Element): Signals {
    if (el.localName === 'iframe') {
      let inner: HTMLElement | null = null;
      try {
        inner = (el as HTMLIFrameElement).contentDocument?.body ?? null;
      } catch {
        inner = null;
      }
      if (!this.scannedFrames.has(el)) {
        this.scannedFrames.add(el);
        // A frame's document arrives later (until then it is blank, or unreachable): judge it
        // again as soon as it has parsed, looking once a frame, and on every load.
        el.addEventListener('load', () => this.markDirty(el));
        this.watchFrameUntilParsed(el as HTMLIFrameElement, 120);
      }
      if (inner) return collectSignals(inner, this.opts.shadowRootOf, el.getAttribute('title') ?? '');
    }
    const exposed = [el.getAttribute('aria-label'), el.getAttribute('title')].filter(Boolean).join(' ');
    const s = collectSignals(el, this.opts.shadowRootOf, exposed);
    if (el.localName === 'iframe') s.media = 0;
    return s;
  }
}
