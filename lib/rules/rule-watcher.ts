import { isRendered } from '../dom/visibility';
import { HIDDEN_ATTR, SEEN_ANIMATION, SHOWN_ATTR } from '../hide/attributes';
import { prehideCss } from '../hide/styles';
import type { HideRule } from './hide-rule';

export type RuleHit = (el: Element, rule: HideRule) => void;

const WATCHED = ['class', 'style', 'hidden', 'open'];

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
  private style: HTMLStyleElement;
  private rules: HideRule[] = [];
  private valid: { selector: string; rule: HideRule }[] = [];
  private combined = '';
  private pending = new Set<Element>();
  private pendingObserver: MutationObserver;
  /** Platforms often reveal their banner with a class on html or body. */
  private rootObserver: MutationObserver;
  private frameRequested = false;

  constructor(
    private doc: Document,
    private win: Window,
    private onHit: RuleHit,
  ) {
    this.style = doc.createElement('style');
    this.style.setAttribute('data-unbanner-style', '');
    this.pendingObserver = new MutationObserver(() => this.schedulePending());
    this.rootObserver = new MutationObserver(() => {
      if (this.pending.size) this.schedulePending();
    });
  }

  start(rules: HideRule[]): void {
    this.setRules(rules);
    (this.doc.head ?? this.doc.documentElement).appendChild(this.style);
    this.doc.addEventListener('animationstart', this.onAnimation, true);
  }

  stop(): void {
    this.doc.removeEventListener('animationstart', this.onAnimation, true);
    this.pendingObserver.disconnect();
    this.rootObserver.disconnect();
    this.pending.clear();
    this.style.remove();
  }

  /** Replaces the rule set (site settings arrive after document start). */
  setRules(rules: HideRule[]): void {
    this.rules = rules;
    const probe = this.doc.createDocumentFragment();
    const all = rules.flatMap((rule) => rule.selectors.map((selector) => ({ selector, rule })));
    this.valid = parses(probe, all.map((v) => v.selector).join(','))
      ? all
      : all.filter((v) => parses(probe, v.selector));
    this.combined = this.valid.map((v) => v.selector).join(',');
    this.style.textContent = prehideCss(this.valid.map((v) => v.selector));
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

  /** Elements rules name that are not yet reported (for a scan after settings change). */
  scan(root: ParentNode): void {
    if (!this.combined) return;
    for (const el of root.querySelectorAll(this.combined)) this.consider(el);
  }

  private onAnimation = (event: Event): void => {
    if ((event as AnimationEvent).animationName !== SEEN_ANIMATION) return;
    const target = event.target;
    if (!(target instanceof Element)) return;
    // Looking at a pending element lifts and restores its pre-hide, which restarts this animation:
    // answering that would look again every frame. Pending elements are looked at again when they
    // or the page's root change (pendingObserver, rootObserver), not on our own animation.
    if (this.pending.has(this.combined ? this.outermost(target) : target)) return;
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
    if (!this.combined || el.closest(`[${HIDDEN_ATTR}],[${SHOWN_ATTR}]`)) return;
    const top = this.outermost(el);
    if (top.closest(`[${HIDDEN_ATTR}],[${SHOWN_ATTR}]`)) return;
    if (!this.wouldBeShown(top)) {
      if (!this.pending.has(top)) {
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
    if (rule) this.onHit(top, rule);
  }

  /**
   * Would the page show this element without our pre-hide? Lift the pre-hide from it and the
   * rule-matched parts inside it for a moment (no paint happens in between) and look.
   */
  private wouldBeShown(top: Element): boolean {
    const lifted = [top, ...top.querySelectorAll(this.combined)];
    for (const el of lifted) el.setAttribute(SHOWN_ATTR, '');
    const shown = isRendered(top);
    for (const el of lifted) el.removeAttribute(SHOWN_ATTR);
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
        if (!el.isConnected) this.pending.delete(el);
        else this.consider(el);
      }
    });
  }
}
