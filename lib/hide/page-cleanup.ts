import type { CleanupCode } from '../codes';
import { InlineStyleLedger } from './inline-style';

/**
 * Undoes what a consent overlay does to the page around it: scroll locks (overflow hidden,
 * a fixed body with a negative top), blur and grayscale filters, `inert` and `aria-hidden` on
 * the content, and a disabled pointer. It only acts on what is locked now and only where
 * there is content to scroll, so a page that scrolls in its own container stays as it is.
 */
export class PageCleanup {
  private ledger = new InlineStyleLedger();
  private attributes: { el: Element; name: string; value: string }[] = [];

  constructor(
    private doc: Document,
    private win: Window,
    /** How to put the reader back where the lock left them (quietly: see QuietEvents). */
    private scrollTo: (x: number, y: number) => void = (x, y) => win.scrollTo(x, y),
  ) {}

  /** Cleans what is locked now; returns what it did, for the removal's explanation. */
  run(): CleanupCode[] {
    const done: CleanupCode[] = [];
    if (this.unlockScroll()) done.push('scroll-unlocked');
    if (this.unfilter()) done.push('blur-removed');
    if (this.unblockPointer()) done.push('page-clickable');
    if (this.uninert()) done.push('page-interactive');
    return done;
  }

  undo(): void {
    this.ledger.restoreAll();
    for (const { el, name, value } of this.attributes) el.setAttribute(name, value);
    this.attributes = [];
  }

  private contentTallerThanViewport(): boolean {
    const root = this.doc.documentElement;
    const body = this.doc.body;
    const height = Math.max(root.scrollHeight, body?.scrollHeight ?? 0);
    return height > this.win.innerHeight + 2;
  }

  private unlockScroll(): boolean {
    const root = this.doc.documentElement;
    const body = this.doc.body;
    if (!body) return false;
    let changed = false;
    const bodyStyle = this.win.getComputedStyle(body);
    if (bodyStyle.position === 'fixed') {
      const top = Number.parseFloat(bodyStyle.top) || 0;
      const tall = body.scrollHeight > this.win.innerHeight + 2 || top < 0;
      if (tall) {
        this.ledger.set(body, 'position', 'static');
        this.ledger.set(body, 'top', 'auto');
        if (top < 0) this.scrollTo(0, -top);
        changed = true;
      }
    }
    if (!this.contentTallerThanViewport()) return changed;
    for (const el of [root, body]) {
      const cs = this.win.getComputedStyle(el);
      const locked = (v: string) => v === 'hidden' || v === 'clip';
      if (locked(cs.overflowY)) {
        if (el === body) this.ledger.set(el, 'overflow', 'visible');
        else this.ledger.set(el, 'overflow-y', 'auto');
        const h = Number.parseFloat(cs.height);
        if (Math.abs(h - this.win.innerHeight) < 2) this.ledger.set(el, 'height', 'auto');
        changed = true;
      }
      if (cs.pointerEvents === 'none') {
        this.ledger.set(el, 'pointer-events', 'auto');
        changed = true;
      }
    }
    return changed;
  }

  /** The page's big blocks: html, body, and the children of body that fill much of the viewport. */
  private pageBlocks(): Element[] {
    const body = this.doc.body;
    if (!body) return [];
    const area = this.win.innerWidth * this.win.innerHeight;
    const big = [...body.children].filter((c) => {
      const r = c.getBoundingClientRect();
      return r.width * r.height > area * 0.25;
    });
    const mains = [...this.doc.querySelectorAll('main, [role="main"]')];
    return [...new Set([this.doc.documentElement, body, ...big, ...mains])];
  }

  private unfilter(): boolean {
    let changed = false;
    for (const el of this.pageBlocks()) {
      if (!(el instanceof HTMLElement)) continue;
      const cs = this.win.getComputedStyle(el);
      if (cs.filter && cs.filter !== 'none' && /blur|grayscale/.test(cs.filter)) {
        this.ledger.set(el, 'filter', 'none');
        changed = true;
      }
    }
    return changed;
  }

  /** Content a modal made unclickable; not what is invisible (an overlay still pre-hidden, say). */
  private unblockPointer(): boolean {
    let changed = false;
    for (const el of this.pageBlocks()) {
      if (!(el instanceof HTMLElement) || el === this.doc.documentElement || el === this.doc.body) continue;
      const cs = this.win.getComputedStyle(el);
      if (cs.pointerEvents === 'none' && cs.visibility !== 'hidden' && cs.opacity !== '0') {
        this.ledger.set(el, 'pointer-events', 'auto');
        changed = true;
      }
    }
    return changed;
  }

  private uninert(): boolean {
    let changed = false;
    for (const el of this.pageBlocks()) {
      for (const name of ['inert', 'aria-hidden']) {
        const value = el.getAttribute(name);
        if (value === null || (name === 'aria-hidden' && value !== 'true')) continue;
        this.attributes.push({ el, name, value });
        el.removeAttribute(name);
        changed = true;
      }
    }
    return changed;
  }
}
