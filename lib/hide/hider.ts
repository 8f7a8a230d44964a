import type { Removal } from '../removal';
import { HIDDEN_ATTR, SHOWN_ATTR } from './attributes';

interface Entry {
  /** The overlay first, then anything hidden with it (its backdrop, a re-inserted copy). */
  els: Element[];
  removal: Removal;
}

/** Takes elements out of the page by marking them, and puts them back on request. */
export class Hider {
  private entries = new Map<string, Entry>();

  hide(el: Element, removal: Removal): void {
    el.removeAttribute(SHOWN_ATTR);
    el.setAttribute(HIDDEN_ATTR, removal.id);
    this.entries.set(removal.id, { els: [el], removal });
  }

  /** Hides another element as part of an existing removal. */
  attach(id: string, el: Element): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    el.setAttribute(HIDDEN_ATTR, id);
    entry.els.push(el);
  }

  /** Shows the element again, and everything inside it that a rule had pre-hidden. */
  restore(id: string): Removal | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    for (const el of entry.els) {
      el.removeAttribute(HIDDEN_ATTR);
      el.setAttribute(SHOWN_ATTR, '');
      for (const inner of el.querySelectorAll('*')) inner.setAttribute(SHOWN_ATTR, '');
    }
    entry.removal.restored = true;
    return entry.removal;
  }

  hideAgain(id: string): Removal | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    for (const el of entry.els) {
      el.removeAttribute(SHOWN_ATTR);
      for (const inner of el.querySelectorAll(`[${SHOWN_ATTR}]`)) inner.removeAttribute(SHOWN_ATTR);
      el.setAttribute(HIDDEN_ATTR, id);
    }
    delete entry.removal.restored;
    return entry.removal;
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
}
