import { isRendered } from '../dom/visibility';
import { drawMarks, type Marks } from '../hide/attributes';
import { PageStyle } from '../hide/page-style';
import { prehideListRule, prehideRule, seenKeyframes } from '../hide/styles';
import { splitSelectorList } from '../platforms/split-selector-list';
import { isClosedSelector } from './closed-selector';
import type { HideRule } from './hide-rule';

export type RuleHit = (el: Element, rule: HideRule) => void;

const WATCHED = ['class', 'style', 'hidden', 'open'];
/**
 * Pre-hidden elements waiting to be rendered, each watched by an observer. A page that adds
 * thousands of matching elements it never shows gets the first ones watched; the rest are still
 * pre-hidden, and are judged when their own animation starts.
 */
export const MAX_PENDING = 200;
/**
 * Looking at a pending element lifts and restores its pre-hide, which restarts the pre-hide's
 * animation, so the next frame asks again: that is how a banner revealed by a transition (its
 * computed style reaches "shown" only frames after the class that starts it) is caught. About
 * 1.5 s of frames covers such transitions; after that a pending element is looked at again only
 * when it or the page's root changes, so a CMP kept hidden (a returning visitor's) costs nothing.
 */
export const MAX_ANIMATION_LOOKS = 90;

/** Whether this browser parses a selector (list); one it cannot parse is skipped, not fatal. */
function parses(probe: DocumentFragment, selector: string): boolean {
  try {
    probe.querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/**
 * Hides the elements that rules name before they paint, with one stylesheet, and reports each
 * one only once it is rendered with a size (so a platform that shows nothing is not a removal).
 * It costs nothing per DOM change: the browser's style engine does the matching, and the
 * stylesheet's animation tells us (`animationstart`) when a matched element is rendered.
 */
export class RuleWatcher {
  private style: PageStyle;
  private rules: HideRule[] = [];
  private valid: { selector: string; rule: HideRule }[] = [];
  private combined = '';
  private pending = new Set<Element>();
  /** Looks a pending element has had from its own restarted animation since it last changed. */
  private animationLooks = new WeakMap<Element, number>();
  /** Reported once: lifting the pre-hide to look restarts its animation, which must not report it again. */
  private reported = new WeakSet<Element>();
  private pendingObserver: MutationObserver;
  /** Platforms often reveal their banner with a class on html or body. */
  private rootObserver: MutationObserver;
  private frameRequested = false;

  constructor(
    private doc: Document,
    private win: Window,
    private onHit: RuleHit,
    private marks: Marks = drawMarks(),
    /** Hidden or brought back already: the hider's knowledge, not the page's attributes. */
    private isHandled: (el: Element) => boolean = () => false,
  ) {
    this.style = new PageStyle(doc, win);
    this.pendingObserver = new MutationObserver(() => this.schedulePending());
    this.rootObserver = new MutationObserver(() => {
      if (this.pending.size) this.schedulePending();
    });
  }

  start(rules: HideRule[]): void {
    this.style.attach();
    this.setRules(rules);
    // On the window, first of all capturing listeners (we run at document start): a page's own
    // listener cannot stop the event before it reaches us.
    this.win.addEventListener('animationstart', this.onAnimation, true);
  }

  stop(): void {
    this.win.removeEventListener('animationstart', this.onAnimation, true);
    this.pendingObserver.disconnect();
    this.rootObserver.disconnect();
    this.pending.clear();
    this.style.detach();
  }

  /** Replaces the rule set (site settings arrive after document start). */
  setRules(rules: HideRule[]): void {
    this.rules = rules;
    // Every selector of a list gets its own "brought back" exclusion, and only one that closes all
    // it opens reaches the stylesheet (the built-in table's are split and checked at build time).
    const closed = rules.flatMap((rule) =>
      (rule.checked
        ? rule.selectors
        : rule.selectors.flatMap(splitSelectorList).filter(isClosedSelector)
      ).map((selector) => ({ selector, rule })),
    );
    const keyframes = seenKeyframes(this.marks);
    // One rule for every selector, parsed once. Only if the browser refuses it (a selector it does
    // not support) is each selector tried on its own, and given its own rule if it parses.
    const together = closed.length
      ? this.style.set([
          keyframes,
          prehideListRule(
            closed.map((v) => v.selector),
            this.marks,
          ),
        ])
      : this.style.set([keyframes]);
    if (!closed.length || (together[1] && this.style.attachedToPage)) this.valid = closed;
    else {
      const probe = this.doc.createDocumentFragment();
      const parsed = closed.filter((v) => parses(probe, v.selector));
      const accepted = this.style.set([keyframes, ...parsed.map((v) => prehideRule(v.selector, this.marks))]);
      // Before the style is in a document nothing is accepted yet: keep what parses.
      this.valid = this.style.attachedToPage ? parsed.filter((_, i) => accepted[i + 1]) : parsed;
    }
    this.combined = this.valid.map((v) => v.selector).join(',');
  }

  /** Pre-hidden elements watched until they render (bounded by MAX_PENDING). */
  get pendingCount(): number {
    return this.pending.size;
  }

  /** Times the stylesheet was put back after the page removed or rewrote it. */
  get styleRepairs(): number {
    return this.style.repairs;
  }

  /** Same rules in the same order (the common case: a site with no settings of its own). */
  hasSameRules(rules: HideRule[]): boolean {
    return rules.length === this.rules.length && rules.every((r, i) => r.rule === this.rules[i]?.rule);
  }

  /** Which rule names this element, if any. */
  ruleFor(el: Element): HideRule | null {
    for (const v of this.valid) if (el.matches(v.selector)) return v.rule;
    return null;
  }

  /** True when a rule names this element, an ancestor, or something inside it: the rule speaks for it. */
  covers(el: Element): boolean {
    if (!this.combined) return false;
    try {
      return el.closest(this.combined) !== null || el.querySelector(this.combined) !== null;
    } catch {
      return false;
    }
  }

  /** A rule names `el` or an element around it (nothing inside it is looked at). */
  within(el: Element): boolean {
    if (!this.combined) return false;
    try {
      return el.closest(this.combined) !== null;
    } catch {
      return false;
    }
  }

  /** The element a rule names at or around `el`, else the first inside it. */
  named(el: Element): Element | null {
    if (!this.combined) return null;
    try {
      return el.closest(this.combined) ?? el.querySelector(this.combined);
    } catch {
      return null;
    }
  }

  /** Elements rules name that are not yet reported (for a scan after settings change). */
  scan(root: ParentNode): void {
    if (!this.combined) return;
    for (const el of root.querySelectorAll(this.combined)) this.consider(el);
  }

  private onAnimation = (event: Event): void => {
    // An event the page made up (with a name it read off the stylesheet) is not a rendering.
    if (!event.isTrusted || (event as AnimationEvent).animationName !== this.marks.seen) return;
    const target = event.target;
    if (!(target instanceof Element)) return;
    const top = this.combined ? this.outermost(target) : target;
    if (this.pending.has(top)) {
      const looks = this.animationLooks.get(top) ?? 0;
      if (looks >= MAX_ANIMATION_LOOKS) return;
      this.animationLooks.set(top, looks + 1);
    }
    this.consider(target);
  };

  /** The outermost element a rule names: a wrapper and its parts are one removal. */
  private outermost(el: Element): Element {
    let top = el;
    let up = el.parentElement?.closest(this.combined) ?? null;
    while (up) {
      top = up;
      up = up.parentElement?.closest(this.combined) ?? null;
    }
    return top;
  }

  private consider(el: Element): void {
    if (!this.combined || this.isHandled(el)) return;
    const top = this.outermost(el);
    if (this.reported.has(top) || this.isHandled(top)) return;
    if (!this.wouldBeShown(top)) {
      if (!this.pending.has(top) && this.pending.size < MAX_PENDING) {
        this.pending.add(top);
        this.pendingObserver.observe(top, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: WATCHED,
        });
        this.observeRoots();
      }
      return;
    }
    this.pending.delete(top);
    const rule = this.ruleFor(top) ?? this.ruleFor(el);
    if (!rule) return;
    this.reported.add(top);
    this.onHit(top, rule);
  }

  /**
   * Would the page show this element without our pre-hide? Lift the pre-hide from it and the
   * rule-matched parts inside it for a moment (no paint happens in between) and look.
   */
  private wouldBeShown(top: Element): boolean {
    const lifted = [top, ...top.querySelectorAll(this.combined)];
    for (const el of lifted) el.setAttribute(this.marks.shown, '');
    // Lifting the pre-hide starts the page's transitions (a banner that fades or slides in, often
    // after a delay): it is judged by where they end, else every look would see it still hidden.
    for (const a of top.getAnimations?.({ subtree: true }) ?? []) if ('transitionProperty' in a) a.finish();
    const shown = isRendered(top);
    for (const el of lifted) el.removeAttribute(this.marks.shown);
    return shown;
  }

  private rootsObserved = false;

  private observeRoots(): void {
    if (this.rootsObserved) return;
    this.rootsObserved = true;
    const options = { attributes: true, attributeFilter: WATCHED };
    this.rootObserver.observe(this.doc.documentElement, options);
    if (this.doc.body) this.rootObserver.observe(this.doc.body, options);
  }

  private schedulePending(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    this.win.requestAnimationFrame(() => {
      this.frameRequested = false;
      for (const el of [...this.pending]) {
        // It or the page changed: its animation may look again for a while.
        this.animationLooks.delete(el);
        if (!el.isConnected) this.pending.delete(el);
        else this.consider(el);
      }
    });
  }
}
