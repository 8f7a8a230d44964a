import { HIDDEN_ATTR, SEEN_ANIMATION, SHOWN_ATTR } from '../hide/attributes';
import { prehideCss } from '../hide/styles';
import type { HideRule } from './hide-rule';

export type RuleHit = (el: Element, rule: HideRule) => void;

/** True when the element, or something inside it, takes up space: it would have been seen. */
export function hasBox(el: Element, limit = 400): boolean {
  const r = el.getBoundingClientRect();
  if (r.width >= 1 && r.height >= 1) return true;
  const all = el.querySelectorAll('*');
  for (let i = 0; i < all.length && i < limit; i++) {
    const c = (all[i] as Element).getBoundingClientRect();
    if (c.width >= 1 && c.height >= 1) return true;
  }
  return false;
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
  private frameRequested = false;

  constructor(
    private doc: Document,
    private win: Window,
    private onHit: RuleHit,
  ) {
    this.style = doc.createElement('style');
    this.style.setAttribute('data-unbanner-style', '');
    this.pendingObserver = new MutationObserver(() => this.schedulePending());
  }

  start(rules: HideRule[]): void {
    this.setRules(rules);
    (this.doc.head ?? this.doc.documentElement).appendChild(this.style);
    this.doc.addEventListener('animationstart', this.onAnimation, true);
  }

  stop(): void {
    this.doc.removeEventListener('animationstart', this.onAnimation, true);
    this.pendingObserver.disconnect();
    this.pending.clear();
    this.style.remove();
  }

  /** Replaces the rule set (site settings arrive after document start). */
  setRules(rules: HideRule[]): void {
    this.rules = rules;
    const probe = this.doc.createDocumentFragment();
    this.valid = [];
    for (const rule of rules) {
      for (const selector of rule.selectors) {
        try {
          probe.querySelector(selector);
          this.valid.push({ selector, rule });
        } catch {
          // A selector this browser cannot parse is skipped, not fatal.
        }
      }
    }
    this.combined = this.valid.map((v) => v.selector).join(',');
    this.style.textContent = prehideCss(this.valid.map((v) => v.selector));
  }

  get ruleCount(): number {
    return this.rules.length;
  }

  /** Which rule names this element, if any. */
  ruleFor(el: Element): HideRule | null {
    for (const v of this.valid) if (el.matches(v.selector)) return v.rule;
    return null;
  }

  /** Elements rules name that are not yet reported (for a scan after settings change). */
  scan(root: ParentNode): void {
    if (!this.combined) return;
    for (const el of root.querySelectorAll(this.combined)) this.consider(el);
  }

  private onAnimation = (event: Event): void => {
    if ((event as AnimationEvent).animationName !== SEEN_ANIMATION) return;
    const target = event.target;
    if (target instanceof Element) this.consider(target);
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
    if (!hasBox(top)) {
      if (!this.pending.has(top)) {
        this.pending.add(top);
        this.pendingObserver.observe(top, { childList: true, subtree: true, attributes: true });
      }
      return;
    }
    this.pending.delete(top);
    const rule = this.ruleFor(top) ?? this.ruleFor(el);
    if (rule) this.onHit(top, rule);
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
