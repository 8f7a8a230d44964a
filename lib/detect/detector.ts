import type { CleanupCode } from '../codes';
import { deeperThan, forgetUpFrom } from '../dom/depth';
import { outermostHost } from '../dom/shadow-host';
import { isRendered } from '../dom/visibility';
import { findCandidates, mentionsConsent } from './candidates';
import { type OverlayMemo, type Placement, placementOf } from './geometry';
import { judge, type Verdict } from './score';
import { collectSignals, type Signals } from './signals';
import { THRESHOLDS as T } from './thresholds';
import { awaitsShadowContent, type ShadowRootOf } from './walk';

export interface Detection {
  el: Element;
  verdict: Verdict;
  signals: Signals;
  placement: Placement;
  /** Codes about the page around it, for the removal: 'content-withheld' when a wall hid no article. */
  notes: CleanupCode[];
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

const FRAME_BUDGET_MS = T.frameBudgetMs;
const BODY_ATTRIBUTE_INTERVAL_MS = T.bodyAttributeIntervalMs;
const MAX_DORMANT = T.maxDormant;
/**
 * Walks up the tree stop after this many steps: a page nesting 200,000 elements would make
 * every mutation cost its depth (and every burst of them, depth squared).
 */
const MAX_ANCESTOR_STEPS = T.maxAncestorSteps;
/** More elements added under one parent in one batch are judged as that parent (a flood, not a banner each). */
const MAX_ADDED_PER_PARENT = 32;
const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  // A framework that renders first and translates after sets the text of the nodes it made.
  characterData: true,
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
  /** Frames left to look at dormant candidates after an animation started in one. */
  private wakeFrames = 0;
  /** Custom elements with no shadow content yet, and the frame count until we stop waiting for it. */
  private pendingHosts = new Map<Element, number>();
  private hostFrameRequested = false;
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
    // A banner whose animation waits (a delay with its first keyframe hidden) is shown when it starts.
    this.doc.addEventListener('animationstart', this.onMotionEnd, true);
    // So is one whose class starts a transition from visibility:hidden: hidden still when the class
    // changes (the transition's first instant), visible from its next frame on.
    this.doc.addEventListener('transitionstart', this.onMotionEnd, true);
    // A popover shown by script changes no attribute (see onToggle).
    this.doc.addEventListener('beforetoggle', this.onToggle, true);
    this.observeRoot(this.doc);
    if (this.doc.body) {
      this.watchHostsIn(this.doc.body);
      this.markDirty(this.doc.body);
      // Started after parsing (the detector's script runs at document end): scan now, before a paint.
      if (this.doc.readyState !== 'loading') this.processFrame();
    }
  }

  private onMotionEnd = (event: Event): void => {
    if (!this.dormant.size || !(event.target instanceof Element)) return;
    for (const el of this.dormant) {
      if (el.contains(event.target)) {
        // At its start an animation or transition is at its first state, often hidden still: look for a few frames.
        if (event.type === 'animationstart' || event.type === 'transitionstart')
          this.wakeFrames = T.animationWakeFrames;
        this.requestFrame();
        return;
      }
    }
  };

  /**
   * `beforetoggle` comes from inside the call that shows a popover (`showPopover()`, which changes no
   * attribute): once that call has returned the popover is shown, and it is judged then, in a
   * microtask, before a frame can paint it.
   */
  private onToggle = (event: Event): void => {
    const target = event.target;
    if (!event.isTrusted || (event as Event & { newState?: string }).newState !== 'open') return;
    if (!(target instanceof Element)) return;
    queueMicrotask(() => {
      if (this.stopped) return;
      this.overlayMemo = new WeakMap();
      // One in a component's shadow tree: the host is what sits in the page.
      this.markDirty(outermostHost(target) ?? target);
      if (this.doc.readyState !== 'loading') this.processFrame();
    });
  };

  stop(): void {
    this.doc.removeEventListener('transitionend', this.onMotionEnd, true);
    this.doc.removeEventListener('animationend', this.onMotionEnd, true);
    this.doc.removeEventListener('animationstart', this.onMotionEnd, true);
    this.doc.removeEventListener('transitionstart', this.onMotionEnd, true);
    this.doc.removeEventListener('beforetoggle', this.onToggle, true);
    this.stopped = true;
    this.observer.disconnect();
    this.dirty.clear();
    this.pendingHosts.clear();
  }

  /** The verdict the detector gives an element, without acting on it (for a report of a miss). */
  explain(el: Element): Verdict {
    return judge(this.signalsFor(el), placementOf(el, this.win), { scrollLocked: this.scrollLocked() });
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
    // A toggle event is not composed: one in a shadow tree never reaches the document.
    if (root !== this.doc) root.addEventListener('beforetoggle', this.onToggle, true);
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
      const host = outermostHost(r.target);
      if (host) {
        // Inside a shadow tree: the host is what sits in the page, so the host is judged again.
        this.forgetText(host);
        if (r.type === 'childList' && r.addedNodes.length) this.overlayMemo = new WeakMap();
        this.markDirty(host);
        continue;
      }
      if (r.type === 'childList') {
        this.forgetText(r.target);
        if (r.target.nodeType === 1 && this.floodedParent(r.target as Element, r.addedNodes.length, added))
          continue;
        for (const n of r.addedNodes) {
          const name = (n as Element).localName;
          if (name === 'style' || name === 'link') this.overlayMemo = new WeakMap();
          if (n.nodeType === 1) {
            this.markDirty(n as Element);
            this.watchHostsIn(n as Element);
          } else if (n.nodeType === 3 && n.parentElement) this.markDirty(n.parentElement);
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
      } else if (r.type === 'characterData') {
        this.forgetText(r.target);
        const parent = r.target.parentElement;
        if (parent && this.hasConsentText(parent)) this.markDirty(parent);
      }
    }
  }

  private forgetText(node: Node): void {
    if (!forgetUpFrom(this.consentText, node, MAX_ANCESTOR_STEPS)) this.consentText = new WeakMap();
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
      if (this.wakeFrames > 0 && this.dormant.size) {
        this.wakeFrames--;
        this.requestFrame();
      }
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
      if (!root.isConnected || deeperThan(root, T.maxBannerDepth) || this.coveredByAncestor(root, inSet))
        continue;
      if (this.opts.isHidden?.(root)) continue;
      const shadow = this.opts.shadowRootOf(root);
      if (shadow) this.observeRoot(shadow);
      else if (root.localName.includes('-') && !this.pendingHosts.has(root)) this.watchHostsIn(root);
      for (const c of findCandidates(root, this.win, this.opts.shadowRootOf, this.overlayMemo))
        this.evaluate(c);
      if (this.win.performance.now() - start > budget) {
        for (const rest of roots.slice(i + 1)) this.markDirty(rest);
        return;
      }
    }
  }

  /**
   * Custom elements in a new subtree that have no shadow content yet: a design system's banner is
   * rendered into its shadow root when the element is defined and upgraded, sometimes long after
   * the host was inserted, and that makes no mutation the page's observer sees. Each is looked at
   * once per animation frame (before it paints) until its shadow root has content.
   */
  private watchHostsIn(root: Element): void {
    const hosts = new Set<Element>();
    const isHost = (el: Element) => el.localName.includes('-');
    if (isHost(root)) hosts.add(root);
    // Components are placed near the top of the tree (body > host, body > div > host), and a
    // component not defined yet is anywhere the selector finds it.
    for (const c of root.children) {
      if (isHost(c)) hosts.add(c);
      for (const g of c.children) if (isHost(g)) hosts.add(g);
    }
    if (root.firstElementChild) for (const h of root.querySelectorAll(':not(:defined)')) hosts.add(h);
    for (const h of hosts) {
      if (this.pendingHosts.size >= T.maxPendingHosts) break;
      if (this.hasShadowContent(h)) this.observeHost(h);
      else if (!this.pendingHosts.has(h) && awaitsShadowContent(h, this.opts.shadowRootOf))
        this.pendingHosts.set(h, T.pendingHostFrames);
    }
    if (this.pendingHosts.size) this.requestHostFrame();
  }

  private hasShadowContent(host: Element): boolean {
    const shadow = this.opts.shadowRootOf(host);
    return !!shadow && shadow.childNodes.length > 0;
  }

  /** Watches a host's shadow root from now on, and its nested hosts, and judges the host again. */
  private observeHost(host: Element): void {
    const shadow = this.opts.shadowRootOf(host);
    if (!shadow) return;
    this.observeRoot(shadow);
    for (const inner of shadow.querySelectorAll('*')) {
      const nested = this.opts.shadowRootOf(inner);
      if (nested) this.observeRoot(nested);
    }
    this.forgetText(host);
    this.markDirty(outermostHost(host) ?? host);
  }

  private requestHostFrame(): void {
    if (this.hostFrameRequested || this.stopped) return;
    this.hostFrameRequested = true;
    this.win.requestAnimationFrame(() => {
      this.hostFrameRequested = false;
      if (this.stopped) return;
      for (const [host, left] of this.pendingHosts) {
        if (!host.isConnected || left <= 0) this.pendingHosts.delete(host);
        else if (this.hasShadowContent(host)) {
          this.pendingHosts.delete(host);
          // A shadow root's later content arrives through the observer from now on.
          this.observeHost(host);
        } else this.pendingHosts.set(host, left - 1);
      }
      if (this.dirty.size) this.processFrame();
      if (this.pendingHosts.size) this.requestHostFrame();
    });
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
    // A component's shadow content may still be on its way: watch its shadow root from now on.
    const shadow = this.opts.shadowRootOf(el);
    if (shadow) this.observeRoot(shadow);
    else if (el.localName.includes('-') && !this.pendingHosts.has(el)) this.watchHostsIn(el);
    // Anywhere on the page, not only in the viewport: a banner about to slide in starts below it.
    if (!isRendered(el, T.renderCheckElements)) {
      // Kept hidden for now (a banner shown later by a class change): look again on later mutations.
      if (this.dormant.size < MAX_DORMANT) this.dormant.add(el);
      return null;
    }
    this.dormant.delete(el);
    const placement = placementOf(el, this.win);
    if (placement.layout === 'in-flow' || (this.opts.inFrame && !placement.overlay)) return null;
    if (!placement.overlay && isPageLandmark(el)) return null;
    const shadowText = shadow ? (shadow.textContent ?? '').length : 0;
    const signature = `${(el.textContent ?? '').length}:${shadowText}:${el.childElementCount}:${placement.layout}`;
    if (el.localName !== 'iframe' && this.judged.get(el) === signature) return null;
    const signals = this.signalsFor(el);
    this.scored++;
    const scrollLocked = this.scrollLocked();
    const verdict = judge(signals, placement, { scrollLocked });
    if (!verdict.hide) {
      this.judged.set(el, signature);
      return null;
    }
    const wall =
      placement.layout === 'viewport-cover' || (placement.layout === 'centred-dialog' && scrollLocked);
    const notes: CleanupCode[] = wall && articleWithheld(this.doc, el) ? ['content-withheld'] : [];
    const detection = { el, verdict, signals, placement, notes };
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
        this.watchFrameUntilParsed(el as HTMLIFrameElement, T.frameParseFrames);
      }
      if (inner) return collectSignals(inner, this.opts.shadowRootOf, el.getAttribute('title') ?? '');
    }
    const exposed = [el.getAttribute('aria-label'), el.getAttribute('title')].filter(Boolean).join(' ');
    const s = collectSignals(el, this.opts.shadowRootOf, exposed);
    if (el.localName === 'iframe') s.media = 0;
    return s;
  }
}

/**
 * Whether the page under a wall holds no article: its largest article (or main landmark) is no
 * longer than a teaser. Then hiding the wall uncovers a headline and little else, and the user
 * should be told the site withholds the text, rather than left with a blank page unexplained.
 */
function articleWithheld(doc: Document, wall: Element): boolean {
  let matter = [...doc.querySelectorAll('article, [role="article"]')];
  if (!matter.length) matter = [...doc.querySelectorAll('main, [role="main"]')];
  if (!matter.length) matter = doc.body ? [doc.body] : [];
  let longest = 0;
  for (const m of matter) {
    if (wall.contains(m)) continue;
    let length = (m.textContent ?? '').replace(/\s+/g, ' ').length;
    if (m.contains(wall)) length -= (wall.textContent ?? '').replace(/\s+/g, ' ').length;
    longest = Math.max(longest, length);
  }
  return longest < T.withheldArticleChars;
}
