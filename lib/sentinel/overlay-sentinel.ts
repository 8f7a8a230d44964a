import {
  drawnBox,
  holdsOtherNavigation,
  isOverlayPositioned,
  memoOverlayAncestor,
  type OverlayMemo,
  overlayWrapper,
  placementOf,
} from '../detect/geometry';
import { THRESHOLDS } from '../detect/thresholds';
import { awaitsShadowContent, type ShadowRootOf } from '../detect/walk';
import { deeperThan, forgetUpFrom } from '../dom/depth';
import { outermostHost } from '../dom/shadow-host';
import { shadowText } from '../dom/shadow-text';
import { isRendered } from '../dom/visibility';
import type { Marks } from '../hide/attributes';
import { findBackdrops } from '../hide/backdrop';
import { PageStyle } from '../hide/page-style';
import { PENDING_IN_FLOW, pendingRules } from './parse-watch';

/**
 * The always-on half of the generic detector: decides, cheaply and without the phrase tables,
 * whether a frame may hold a consent overlay, and only then asks for the detector. It finds the
 * same candidates the detector would (consent wording, then geometry), with one test per text
 * that is a superset of the detector's ('mentions'), and does no scoring. Work per mutation is
 * proportional to the mutation: added subtrees are read, attribute changes only where the element's
 * text was already found to mention consent.
 *
 * Once the page has parsed, a suspect overlay is pre-hidden at once (before it can paint) until the
 * detector, loading meanwhile, judges it; the detector shows it again if it is no banner.
 */
export interface SentinelOptions {
  /** True when the text may hold consent wording; false only when the detector would find none. */
  mentions: (text: string) => boolean;
  shadowRootOf: ShadowRootOf;
  inFrame: boolean;
  /**
   * A known platform's rule covers this element: the rule watcher decides, and only the dimming
   * layer the rule does not name is held back (until the engine has hidden it).
   */
  coveredByRule: (el: Element) => boolean;
  /** What a rule names, at or inside a covered element. */
  ruleElementIn: (el: Element) => Element | null;
  /** The element is what a rule names, or inside it (no look below it: cheap on any subtree). */
  insideRule: (el: Element) => boolean;
  /** Called once, for the first suspect: load the detector. */
  onSuspect: () => void;
  /** This page load's marks (the engine's): a page cannot guess or forge them. */
  marks: Pick<Marks, 'pending' | 'shown'>;
  /** Hidden or brought back already, as the engine knows it (not read off the page's attributes). */
  isHandled: (el: Element) => boolean;
}

/**
 * If the detector has not taken over by then (the background could not inject it: a frame it
 * may not script, a browser that refused), what was held back is shown again and nothing more
 * is held: Unbanner fails open rather than hide a page's own content for good.
 */
export const DETECTOR_WAIT_MS = 5000;
const LARGE_SUBTREE = 50;
const MAX_HITS = 400;
const MAX_DORMANT = 32;
/**
 * A platform's rule hides what it names before it paints, and the rest of the platform (a dimming
 * layer it does not name) once it renders: the frame after. A layer held back meanwhile is shown
 * again after this many frames if the engine has not hidden it (the platform never showed).
 */
const RULE_BACKDROP_FRAMES = 30;
/** Texts longer than this are page content: only their end is read (banners come last). */
const QUICK_TEXT = 400_000;
/**
 * Walking down, a subtree with more text than this is not read as a whole but through its
 * children: each part of a long page is then read about once, not once per level above it.
 */
const WALK_WHOLE_TEXT = 20_000;
const BODY_ATTRIBUTE_INTERVAL_MS = 1000;
const READING_MATTER = 'article, main, [role="main"], [role="article"]';
const LANDMARK = 'header, footer, nav, [role="banner"], [role="contentinfo"], [role="navigation"]';
const SKIP_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'title', 'textarea']);
const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  // A framework that renders first and translates after (its text arriving with a file it
  // fetches) sets the text of the nodes it made: no node is added then.
  characterData: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'open'],
};

export class OverlaySentinel {
  private observer: MutationObserver;
  private textMemo = new WeakMap<Element, boolean>();
  /** Each element's overlay ancestor (hits share ancestors), forgotten when styles may have changed. */
  private overlayMemo: OverlayMemo = new WeakMap();
  private observedRoots = new WeakSet<Node>();
  /** Shadow roots whose popovers' toggle events this sentinel hears (see listenForToggles). */
  private toggleRoots = new WeakSet<ShadowRoot>();
  /** Held back at once on style alone; measured (layout) before the next frame paints. */
  private unverified = new Set<Element>();
  private verifyRequested = false;
  private dormant = new Set<Element>();
  private pending = new Set<Element>();
  private style: PageStyle | null = null;
  private suspected = false;
  private lastBodyCheck = 0;
  private frameRequested = false;
  private stopped = false;
  private gaveUp = false;
  private arrived = false;
  /** Custom elements whose shadow content has not arrived yet, with the frames left to wait. */
  private hosts = new Map<Element, number>();
  /** Dimming layers around a rule's element, held back until the engine hides them: frames left. */
  private ruleBackdrops = new Map<Element, number>();
  private ruleBackdropFrameRequested = false;
  /** Within a batch of mutations: holds to write once it has been read (see onMutations). */
  private deferredHolds: Map<Element, string> | null = null;
  /** Frames left to look at dormant candidates after an animation started (see onMotionEnd). */
  private wakeFrames = 0;
  private hostFrameRequested = false;

  constructor(
    private doc: Document,
    private win: Window,
    private opts: SentinelOptions,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  /** Starts watching; the first look at the parsed document happens now (document end). */
  start(): void {
    this.observer.observe(this.doc, OBSERVE);
    this.doc.addEventListener('transitionend', this.onMotionEnd, true);
    this.doc.addEventListener('animationend', this.onMotionEnd, true);
    // A banner whose animation waits (a delay with its first keyframe hidden) is shown when it starts.
    this.doc.addEventListener('animationstart', this.onMotionEnd, true);
    // So is one whose class starts a transition from visibility:hidden: hidden still when the class
    // changes (the transition's first instant), visible from its next frame on.
    this.doc.addEventListener('transitionstart', this.onMotionEnd, true);
    this.doc.addEventListener('beforetoggle', this.onToggle, true);
    if (this.doc.body) this.check(this.doc.body, true);
  }

  /**
   * Takes over what was held back while the page parsed (lib/sentinel/parse-watch.ts): held as
   * this sentinel's own suspects, in this task, and judged by the detector like them.
   */
  adopt(held: readonly Element[]): void {
    for (const el of held) {
      if (!el.isConnected || this.opts.isHandled(el) || this.opts.coveredByRule(el)) {
        el.removeAttribute(this.opts.marks.pending);
        continue;
      }
      // Held in the page's flow (out of layout) it stays so: shown now, it would push the page down.
      this.hold(el, el.getAttribute(this.opts.marks.pending) === PENDING_IN_FLOW);
      this.suspectFound(el);
    }
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.doc.removeEventListener('transitionend', this.onMotionEnd, true);
    this.doc.removeEventListener('animationend', this.onMotionEnd, true);
    this.doc.removeEventListener('animationstart', this.onMotionEnd, true);
    this.doc.removeEventListener('transitionstart', this.onMotionEnd, true);
    this.doc.removeEventListener('beforetoggle', this.onToggle, true);
  }

  /** The overlays held back so far, still in the page. */
  held(): Element[] {
    return [...this.pending].filter((el) => el.isConnected);
  }

  /** Shows a held-back overlay again (the detector re-hides it, in the same task, if it is a banner). */
  release(el: Element): void {
    el.removeAttribute(this.opts.marks.pending);
    this.pending.delete(el);
    if (this.pending.size === 0) {
      this.style?.detach();
      this.style = null;
    }
  }

  /**
   * Runs `look` with what is held back shown (as the page draws it), and holds it back again: all
   * in one task, so no frame paints in between. For a judgement of the whole document that must
   * see what the page shows (lib/detect/frame-document.ts).
   */
  whileShown<T>(look: () => T): T {
    const held = this.held();
    const values = held.map((el) => el.getAttribute(this.opts.marks.pending) ?? '');
    for (const el of held) el.removeAttribute(this.opts.marks.pending);
    try {
      return look();
    } finally {
      for (const [i, el] of held.entries()) el.setAttribute(this.opts.marks.pending, values[i] ?? '');
    }
  }

  /** The detector's script is running here: it will judge what is held back, however long it takes. */
  detectorArrived(): void {
    this.arrived = true;
  }

  get suspect(): boolean {
    return this.suspected;
  }

  private onMotionEnd = (event: Event): void => {
    const target = event.target;
    if (!this.dormant.size || !(target instanceof Element)) return;
    // Pages transition all the time (hover, carousels): only one in or around a candidate wakes the look.
    if (event.type === 'transitionstart' && !this.dormantAround(target)) return;
    // At its start an animation or transition is at its first state, often hidden still: look for a few frames.
    if (event.type === 'animationstart' || event.type === 'transitionstart')
      this.wakeFrames = THRESHOLDS.animationWakeFrames;
    this.requestDormantCheck();
  };

  private dormantAround(node: Element): boolean {
    for (const el of this.dormant) if (el.contains(node) || node.contains(el)) return true;
    return false;
  }

  /**
   * A popover shown by script (`showPopover()`) changes no attribute: it enters the top layer with
   * no mutation to see. It says so first, in `beforetoggle`, from inside the call that shows it;
   * once that call has returned it is shown, and it is looked at then, in a microtask, before a
   * frame can paint it.
   */
  private onToggle = (event: Event): void => {
    const target = event.target;
    if (!event.isTrusted || (event as Event & { newState?: string }).newState !== 'open') return;
    if (!(target instanceof Element)) return;
    queueMicrotask(() => {
      // What was known of its overlay ancestors was learnt while it was not displayed.
      this.overlayMemo = new WeakMap();
      // One in a component's shadow tree: its host is what sits in the page, and is looked at.
      const el = outermostHost(target) ?? target;
      this.textMemo.delete(el);
      this.check(el, false);
    });
  };

  /** A toggle event is not composed: a popover's in a component's shadow tree never reaches the document. */
  private listenForToggles(shadow: ShadowRoot): void {
    if (this.toggleRoots.has(shadow)) return;
    this.toggleRoots.add(shadow);
    shadow.addEventListener('beforetoggle', this.onToggle, true);
  }

  /**
   * A batch of mutations is read first and written once: each hold changes the page's style, and
   * the next candidate's measure would then lay out the whole page again (a page adding thousands of
   * comments that speak of cookies took a layout per comment).
   */
  private onMutations(records: MutationRecord[]): void {
    this.deferredHolds = new Map();
    try {
      this.readMutations(records);
    } finally {
      const holds = this.deferredHolds;
      this.deferredHolds = null;
      // Released within the batch (shown again): not held after all.
      for (const [el, value] of holds)
        if (this.pending.has(el)) el.setAttribute(this.opts.marks.pending, value);
    }
  }

  private readMutations(records: MutationRecord[]): void {
    const body = this.doc.body;
    const retexted = new Set<Element>();
    for (const r of records) {
      if (r.type === 'childList') {
        this.forgetText(r.target);
        for (const n of r.addedNodes) {
          const name = (n as Element).localName;
          if (name === 'style' || name === 'link') this.overlayMemo = new WeakMap();
          if (n.nodeType === 1) this.check(n as Element, false);
          else if (n.nodeType === 3 && n.parentElement) this.check(n.parentElement, false);
        }
      } else if (r.type === 'characterData') {
        // A page may rewrite many texts a frame (a ticker, a table of prices): each element once a
        // batch, and only one whose new text may be about consent.
        this.forgetText(r.target);
        const parent = r.target.parentElement;
        if (parent) retexted.add(parent);
      } else {
        const t = r.target as Element;
        // A class or style change on a container may move what is positioned under it.
        if (t.firstElementChild) this.overlayMemo = new WeakMap();
        if (this.dormant.size) this.requestDormantCheck();
        if (t === body || t === this.doc.documentElement) {
          // Pages flip body classes on scroll; one that reveals a banner is rarer: look at most once a second.
          const now = this.win.performance.now();
          if (r.attributeName !== 'class' || now - this.lastBodyCheck < BODY_ATTRIBUTE_INTERVAL_MS || !body)
            continue;
          this.lastBodyCheck = now;
          this.check(body, false);
        } else if (this.mentionsIn(t)) this.check(t, false);
      }
    }
    for (const el of retexted) if (this.mentionsIn(el)) this.check(el, false);
  }

  /** What was known of the changed subtree's text and of those around it; too deep to walk, all of it. */
  private forgetText(node: Node): void {
    if (!forgetUpFrom(this.textMemo, node, THRESHOLDS.maxAncestorSteps)) this.textMemo = new WeakMap();
  }

  /** `read`: the element's text, when the caller has it already. */
  private mentionsIn(el: Element, read?: string): boolean {
    let known = this.textMemo.get(el);
    if (known === undefined) {
      const text = read ?? el.textContent ?? '';
      known =
        (text.length > 3 && this.opts.mentions(text.length > QUICK_TEXT ? text.slice(-QUICK_TEXT) : text)) ||
        !!this.opts.shadowRootOf(el);
      this.textMemo.set(el, known);
    }
    return known;
  }

  /** Looks for candidate overlays in a new or changed subtree. */
  private check(root: Element, first: boolean): void {
    if (this.stopped || !root.isConnected || deeperThan(root, THRESHOLDS.maxBannerDepth)) return;
    if (this.opts.isHandled(root) || this.isHeld(root)) return;
    // As the detector does: an open shadow root of a changed element is watched from now on.
    const open = root.shadowRoot;
    if (open && !this.observedRoots.has(open)) {
      this.observedRoots.add(open);
      this.listenForToggles(open);
      this.observer.observe(open, OBSERVE);
    }
    // Closed shadow hosts and frames show no light text: positioned ones over the page are judged by the
    // detector. So is a host whose shadow tree says consent and draws a positioned panel (the host itself
    // has no box): its page's own text may say nothing of consent, and the walk below would stop there.
    for (const el of [root, ...root.children]) {
      if (!el.localName.includes('-') && el.localName !== 'iframe') continue;
      if (isOverlayPositioned(el, this.win)) this.consider(el, !first);
      else if (this.shadowMentions(el) && drawnBox(el, this.win) !== el) this.consider(el, !first);
    }
    this.watchHostsIn(root);
    if (!this.opts.shadowRootOf(root) && root.childElementCount <= LARGE_SUBTREE) {
      const text = this.textMemo.has(root) ? undefined : (root.textContent ?? '');
      // A long text is read in its parts, on the way down.
      if ((text === undefined || text.length <= WALK_WHOLE_TEXT) && !this.mentionsIn(root, text)) return;
    }
    // A known platform's element (mentions consent, as its rule is there for) is the rule watcher's:
    // its stylesheet keeps it unpainted and the engine hides it. Walking its text and styles here
    // found nothing else; only the dimming layer beside it is held back, as consider() would.
    if (!first && this.opts.insideRule(root)) {
      this.holdRuleBackdrops(root);
      return;
    }
    const skipReadingMatter = first || root.childElementCount > LARGE_SUBTREE || root === this.doc.body;
    for (const hit of this.hits(root, skipReadingMatter)) {
      const overlay = this.overlayFor(hit);
      if (overlay) this.consider(overlay, !first);
      if (this.stopped) return;
    }
  }

  private shadowMentions(el: Element): boolean {
    const shadow = this.opts.shadowRootOf(el);
    return !!shadow && this.opts.mentions(shadowText(shadow).slice(0, QUICK_TEXT));
  }

  /** Elements whose own text mentions consent, reading down only into children whose whole text does. */
  private hits(root: Element, skipReadingMatter: boolean): Element[] {
    const out: Element[] = [];
    /** matched: el's whole text is known to mention consent. */
    const visit = (el: Element, depth: number, matched: boolean): void => {
      let own = '';
      for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) own += `${c.nodeValue} `;
      if (own.trim().length > 3 && this.opts.mentions(own)) out.push(el);
      // A wrapper with no text of its own and one child: the child's text is its text, not read again.
      const sameText = matched && !own.trim() && el.childElementCount === 1;
      for (
        let child = el.firstElementChild;
        child && out.length < MAX_HITS;
        child = child.nextElementSibling
      ) {
        if (SKIP_PARENTS.has(child.localName)) continue;
        if (skipReadingMatter && isReadingMatter(child)) continue;
        if (this.shadowMentions(child)) out.push(child);
        // A long subtree above this depth is read in its parts, not as a whole as well.
        const text = sameText || this.textMemo.has(child) ? undefined : (child.textContent ?? '');
        if (text !== undefined && text.length > WALK_WHOLE_TEXT && depth < THRESHOLDS.maxTextDepth) {
          visit(child, depth + 1, false);
          continue;
        }
        // Each level reads its subtree's text: past this depth the element reached stands for it.
        if (sameText || this.mentionsIn(child, text)) {
          if (depth < THRESHOLDS.maxTextDepth) visit(child, depth + 1, true);
          else out.push(child);
        }
      }
    };
    if (this.shadowMentions(root)) out.push(root);
    if (!SKIP_PARENTS.has(root.localName)) visit(root, 0, false);
    return out;
  }

  /** As the detector's candidates.overlayFor: the positioned overlay around a hit, or a bar near the top of the tree. */
  private overlayFor(hit: Element): Element | null {
    const body = this.doc.body;
    const positioned = memoOverlayAncestor(hit, this.win, this.overlayMemo);
    // Its wrapper too, as the detector takes it: a backdrop drawn around the panel is held with it.
    if (positioned) return overlayWrapper(positioned, this.win);
    let depth = 0;
    for (let n: Element | null = hit; n && n !== body; n = n.parentElement) {
      if (++depth > THRESHOLDS.maxBarDepth || n.matches(READING_MATTER)) return null;
    }
    const vh = this.win.innerHeight;
    let bar: Element | null = null;
    for (let n: Element | null = hit; n && n !== body; n = n.parentElement) {
      if (n.getBoundingClientRect().height > vh * THRESHOLDS.inFlowMaxHeight || holdsOtherNavigation(n, bar))
        break;
      bar = n;
    }
    return bar;
  }

  /** Held back already, itself or inside an element held back (the sentinel's own knowledge). */
  private isHeld(el: Element): boolean {
    if (!this.pending.size) return false;
    for (let n: Element | null = el; n; n = n.parentElement) if (this.pending.has(n)) return true;
    return false;
  }

  /** A candidate is suspect where the detector would score it: rendered, laid out as an overlay or bar. */
  private consider(el: Element, mayDefer = false): void {
    if (this.opts.isHandled(el) || this.isHeld(el)) return;
    // Holding it back would hide it from the rule watcher's own check that it was shown.
    if (this.opts.coveredByRule(el)) {
      this.holdRuleBackdrops(el);
      return;
    }
    if (
      mayDefer &&
      this.doc.readyState !== 'loading' &&
      el.getRootNode() === this.doc &&
      isOverlayPositioned(el, this.win)
    ) {
      // Measuring forces a layout of the whole page, slow on a phone: in this task an overlay with
      // consent wording is held back on its style alone, and measured before the next frame paints.
      this.hold(el);
      this.unverified.add(el);
      this.requestVerify();
      return;
    }
    if (!isRendered(el, 200)) {
      if (this.dormant.size < MAX_DORMANT) this.dormant.add(el);
      return;
    }
    this.dormant.delete(el);
    const placement = placementOf(el, this.win);
    if (placement.layout === 'in-flow' || (this.opts.inFrame && !placement.overlay)) return;
    // A bar in the page's flow inside its header, footer or navigation is page chrome (a footer's
    // "Cookie settings" link): the detector would not hide it, so it is not worth loading the detector.
    if (!placement.overlay && (el.closest(LANDMARK) || el.querySelector('nav, [role="navigation"]'))) return;
    this.suspectFound(el, !placement.overlay);
  }

  /** inFlow: a block in the page's flow (at its top or end), held back out of layout. */
  private suspectFound(el: Element, inFlow = false): void {
    // While the parser still adds the page, nothing is held back (the detector arrives before the
    // page is complete, as it did when it ran at document end); after that, hold it back now.
    if (this.doc.readyState !== 'loading' && el.getRootNode() === this.doc) {
      // Its dimming layer too: the detector hides it with the banner, or shows both again.
      this.hold(el, inFlow);
      for (const backdrop of findBackdrops(el, this.win)) this.hold(backdrop);
    }
    if (!this.suspected) {
      this.suspected = true;
      this.opts.onSuspect();
      this.win.setTimeout(() => {
        if (this.stopped || this.arrived) return;
        this.gaveUp = true;
        for (const held of [...this.pending]) this.release(held);
      }, DETECTOR_WAIT_MS);
    }
  }

  /**
   * A design system's banner is drawn in its custom element's shadow root when the element is
   * defined (sometimes long after it was inserted) or when it renders, which no mutation the
   * observer sees announces: such hosts (near the top of the tree, or not defined yet) are looked
   * at once a frame, before it paints, until their shadow root has content (for a bounded time).
   */
  private watchHostsIn(root: Element): void {
    const found = new Set<Element>();
    const isHost = (el: Element) => el.localName.includes('-');
    if (isHost(root)) found.add(root);
    for (const c of root.children) {
      if (isHost(c)) found.add(c);
      for (const g of c.children) if (isHost(g)) found.add(g);
    }
    if (root.firstElementChild) for (const h of root.querySelectorAll(':not(:defined)')) found.add(h);
    for (const host of found) {
      const shadow = this.opts.shadowRootOf(host);
      if (shadow) this.listenForToggles(shadow);
      if (this.hosts.size >= THRESHOLDS.maxPendingHosts) break;
      if (!this.hosts.has(host) && awaitsShadowContent(host, this.opts.shadowRootOf))
        this.hosts.set(host, THRESHOLDS.pendingHostFrames);
    }
    if (this.hosts.size) this.requestHostCheck();
  }

  private hasShadowContent(host: Element): boolean {
    return (this.opts.shadowRootOf(host)?.childNodes.length ?? 0) > 0;
  }

  private requestHostCheck(): void {
    if (this.hostFrameRequested || this.stopped) return;
    this.hostFrameRequested = true;
    this.win.requestAnimationFrame(() => {
      this.hostFrameRequested = false;
      if (this.stopped) return;
      for (const [host, left] of this.hosts) {
        if (!host.isConnected || left <= 0) this.hosts.delete(host);
        else if (this.hasShadowContent(host)) {
          this.hosts.delete(host);
          this.textMemo.delete(host);
          this.check(host, false);
        } else this.hosts.set(host, left - 1);
      }
      if (this.hosts.size) this.requestHostCheck();
    });
  }

  private hold(el: Element, inFlow = false): void {
    if (this.gaveUp) return;
    if (!this.style) {
      this.style = new PageStyle(this.doc, this.win);
      this.style.set(pendingRules(this.opts.marks));
      this.style.attach();
    }
    // Held out of layout already (adopted from the look before each frame): kept so.
    const held = this.deferredHolds?.get(el) ?? el.getAttribute(this.opts.marks.pending);
    if (!inFlow && held === PENDING_IN_FLOW && this.pending.has(el)) return;
    const value = inFlow ? PENDING_IN_FLOW : '';
    if (this.deferredHolds) this.deferredHolds.set(el, value);
    else el.setAttribute(this.opts.marks.pending, value);
    this.pending.add(el);
  }

  /** The layer dimming the page around a rule's element, which the rule itself leaves to the engine's next frame. */
  private holdRuleBackdrops(covered: Element): void {
    if (this.gaveUp || this.doc.readyState === 'loading' || covered.getRootNode() !== this.doc) return;
    const named = this.opts.ruleElementIn(covered);
    if (!named || this.opts.isHandled(named)) return;
    for (const layer of findBackdrops(named, this.win, this.opts.isHandled)) {
      if (this.pending.has(layer)) continue;
      this.hold(layer);
      this.ruleBackdrops.set(layer, RULE_BACKDROP_FRAMES);
    }
    if (this.ruleBackdrops.size) this.requestRuleBackdropCheck();
  }

  private requestRuleBackdropCheck(): void {
    if (this.ruleBackdropFrameRequested || this.stopped) return;
    this.ruleBackdropFrameRequested = true;
    // A frame's animation events (the rule watcher's) come before its frame callbacks: by the
    // second frame the engine has hidden the layer with the platform, or judged it not shown.
    this.win.requestAnimationFrame(() => {
      this.ruleBackdropFrameRequested = false;
      for (const [layer, left] of this.ruleBackdrops) {
        if (!layer.isConnected || this.opts.isHandled(layer) || left <= 0) {
          this.ruleBackdrops.delete(layer);
          this.release(layer);
        } else this.ruleBackdrops.set(layer, left - 1);
      }
      if (this.ruleBackdrops.size) this.requestRuleBackdropCheck();
    });
  }

  private requestVerify(): void {
    if (this.verifyRequested) return;
    this.verifyRequested = true;
    this.win.requestAnimationFrame(() => {
      this.verifyRequested = false;
      const els = [...this.unverified];
      this.unverified.clear();
      if (this.stopped) return;
      // Shown again and measured in the same callback: no frame paints in between.
      for (const el of els) this.release(el);
      for (const el of els) if (el.isConnected) this.consider(el);
    });
  }

  private requestDormantCheck(): void {
    if (this.frameRequested || this.stopped) return;
    this.frameRequested = true;
    // Before the next frame paints: a banner revealed by a class change is held back before it is seen.
    this.win.requestAnimationFrame(() => {
      this.frameRequested = false;
      for (const el of [...this.dormant]) {
        if (!el.isConnected) this.dormant.delete(el);
        else this.consider(el);
      }
      if (this.wakeFrames > 0 && this.dormant.size) {
        this.wakeFrames--;
        this.requestDormantCheck();
      }
    });
  }
}

function isReadingMatter(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'article') return true;
  return (tag === 'main' || el.getAttribute('role') === 'main') && el.querySelector('h1') !== null;
}

/**
 * A sub-frame smaller than this holds no overlay worth the cost (an ad, a widget, a player), and a
 * frame that is itself a banner is judged by its parent, which reads same-origin frames.
 */
export const MIN_FRAME_WIDTH = 800;
export const MIN_FRAME_HEIGHT = 500;

export function isSmallFrame(win: Window): boolean {
  return win !== win.top && (win.innerWidth < MIN_FRAME_WIDTH || win.innerHeight < MIN_FRAME_HEIGHT);
}

/** Where the sentinel leaves itself for the detector script, in the extension's isolated world. */
export const SENTINEL_GLOBAL = '__unbannerSentinel';
