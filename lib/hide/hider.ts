import type { Removal } from '../removal';
import type { Marks } from './attributes';
import { MAX_REPAIRS_PER_FRAME } from './page-style';

interface Entry {
  /** The overlay first, then anything hidden with it (its backdrop, a re-inserted copy). */
  els: Element[];
  removal: Removal;
}

/**
 * Takes elements out of the page by marking them, and puts them back on request. What is hidden
 * and what the user brought back is kept here, not read back from the page: an attribute the
 * page sets (or removes) changes no decision. Marks the page removes or forges are put right,
 * a bounded number of times a frame.
 */
export class Hider {
  private entries = new Map<string, Entry>();
  private hidden = new WeakMap<Element, string>();
  private shown = new WeakSet<Element>();
  private guard: MutationObserver | null = null;
  private repairsThisFrame = 0;
  private repairLater = false;
  /** Marks put right after the page changed them (tests read it to bound the work). */
  repairs = 0;

  constructor(
    private marks: Marks,
    private win?: Window,
  ) {}

  /** Watches the document for marks the page removes or sets itself. */
  watch(doc: Document): void {
    if (this.guard || !doc.documentElement) return;
    this.guard = new MutationObserver((records) => this.check(records.map((r) => r.target)));
    this.guard.observe(doc.documentElement, {
      attributes: true,
      subtree: true,
      attributeFilter: [this.marks.hidden, this.marks.shown],
    });
  }

  unwatch(): void {
    this.guard?.disconnect();
    this.guard = null;
  }

  hide(el: Element, removal: Removal): void {
    this.shown.delete(el);
    el.removeAttribute(this.marks.shown);
    this.hidden.set(el, removal.id);
    el.setAttribute(this.marks.hidden, removal.id);
    this.entries.set(removal.id, { els: [el], removal });
  }

  /** Hides another element as part of an existing removal. */
  attach(id: string, el: Element): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.hidden.set(el, id);
    el.setAttribute(this.marks.hidden, id);
    entry.els.push(el);
  }

  /** Shows the element again, and everything inside it that a rule had pre-hidden. */
  restore(id: string): Removal | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    for (const el of entry.els) {
      this.hidden.delete(el);
      this.shown.add(el);
      el.removeAttribute(this.marks.hidden);
      el.setAttribute(this.marks.shown, '');
      for (const inner of el.querySelectorAll('*')) inner.setAttribute(this.marks.shown, '');
    }
    entry.removal.restored = true;
    return entry.removal;
  }

  /**
   * Shows a removal's elements for the length of `look` (one task: no frame paints in between),
   * then hides them again; one the user brought back is looked at as it is.
   */
  peek<T>(id: string, look: (els: readonly Element[]) => T): T | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    if (entry.removal.restored) return look(entry.els);
    this.restore(id);
    try {
      return look(entry.els);
    } finally {
      this.hideAgain(id);
    }
  }

  /** A new copy of a banner the user brought back (a framework re-created it): it stays shown too. */
  keepShown(el: Element): void {
    this.shown.add(el);
    el.setAttribute(this.marks.shown, '');
    for (const inner of el.querySelectorAll('*')) inner.setAttribute(this.marks.shown, '');
  }

  hideAgain(id: string): Removal | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    for (const el of entry.els) {
      this.shown.delete(el);
      el.removeAttribute(this.marks.shown);
      for (const inner of el.querySelectorAll(`[${this.marks.shown}]`))
        inner.removeAttribute(this.marks.shown);
      this.hidden.set(el, id);
      el.setAttribute(this.marks.hidden, id);
    }
    delete entry.removal.restored;
    return entry.removal;
  }

  /** The removal this element or an ancestor of it belongs to, while hidden. */
  isHidden(el: Element): boolean {
    for (let n: Element | null = el; n; n = n.parentElement) if (this.hidden.has(n)) return true;
    return false;
  }

  /** Hidden, or brought back by the user: either way no longer for the rules or the detector to judge. */
  isHandled(el: Element): boolean {
    for (let n: Element | null = el; n; n = n.parentElement)
      if (this.hidden.has(n) || this.shown.has(n)) return true;
    return false;
  }

  /** How many removals are in effect (not brought back by the user). */
  get activeCount(): number {
    let n = 0;
    for (const e of this.entries.values()) if (!e.removal.restored) n++;
    return n;
  }

  /** The active removal with this rule and selector, so a re-inserted banner joins it. */
  findActive(rule: string, selector: string): Removal | null {
    for (const e of this.entries.values()) {
      if (!e.removal.restored && e.removal.rule === rule && e.removal.selector === selector) return e.removal;
    }
    return null;
  }

  /** Puts the marks back as this hider knows them: the page's own edits to them are undone. */
  private check(targets: Node[]): void {
    const wrong = new Set<Element>();
    for (const t of targets) {
      if (!(t instanceof Element) || wrong.has(t)) continue;
      const shouldHide = this.hidden.has(t);
      const shouldShow = !shouldHide && this.isShownByUser(t);
      if (t.hasAttribute(this.marks.hidden) !== shouldHide || t.hasAttribute(this.marks.shown) !== shouldShow)
        wrong.add(t);
    }
    if (!wrong.size) return;
    if (this.repairsThisFrame >= MAX_REPAIRS_PER_FRAME && this.win) {
      if (!this.repairLater) {
        this.repairLater = true;
        const later = [...wrong];
        this.win.requestAnimationFrame(() => {
          this.repairLater = false;
          this.repairsThisFrame = 0;
          this.check(later);
        });
      }
      return;
    }
    if (this.repairsThisFrame++ === 0)
      this.win?.requestAnimationFrame(() => {
        this.repairsThisFrame = 0;
      });
    for (const t of wrong) {
      this.repairs++;
      const id = this.hidden.get(t);
      if (id !== undefined) {
        t.setAttribute(this.marks.hidden, id);
        t.removeAttribute(this.marks.shown);
      } else {
        t.removeAttribute(this.marks.hidden);
        if (this.isShownByUser(t)) t.setAttribute(this.marks.shown, '');
        else t.removeAttribute(this.marks.shown);
      }
    }
  }

  /** The user brought back this element or one around it. */
  private isShownByUser(el: Element): boolean {
    for (let n: Element | null = el; n; n = n.parentElement) {
      if (this.shown.has(n)) return true;
      if (this.hidden.has(n)) return false;
    }
    return false;
  }
}
