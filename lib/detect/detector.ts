import { isRendered } from '../dom/visibility';
import { HIDDEN_ATTR, SHOWN_ATTR } from '../hide/attributes';
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
    this.collect(records);
    // Once the page has parsed, an app inserting a banner is one task: judge it now, in this
    // microtask, so it never reaches a frame. While the parser is still adding the page, batch
    // per animation frame instead (still before that frame paints).
    if (this.dirty.size && this.doc.readyState !== 'loading') this.processFrame();
  }

  private collect(records: MutationRecord[]): void {
    const body = this.doc.body;
    const root = this.doc.documentElement;
    for (const r of records) {
      if (r.type === 'childList') {
        this.forgetText(r.target);
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
    for (let n: Node | null = node; n; n = n.parentNode) {
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
      this.processFrame();
    });
  }

  private processFrame(): void {
    if (this.stopped) return;
    const start = this.win.performance.now();
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
      if (root.closest(`[${HIDDEN_ATTR}]`)) continue;
      const shadow = root.shadowRoot;
      if (shadow) this.observeRoot(shadow);
      for (const c of findCandidates(root, this.win, this.opts.shadowRootOf, this.overlayMemo))
        this.evaluate(c);
      if (this.win.performance.now() - start > FRAME_BUDGET_MS) {
        for (const rest of roots.slice(i + 1)) this.markDirty(rest);
        return;
      }
    }
  }

  private coveredByAncestor(el: Element, set: Set<Element>): boolean {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return true;
    return false;
  }

  private evaluate(el: Element): Detection | null {
    if (el.closest(`[${HIDDEN_ATTR}],[${SHOWN_ATTR}]`) || this.opts.isAllowed(el)) return null;
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
