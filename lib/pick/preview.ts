import { drawMarks, type Marks } from '../hide/attributes';
import { findBackdrops } from '../hide/backdrop';
import { PageCleanup } from '../hide/page-cleanup';
import { hiddenRule } from '../hide/styles';

/**
 * Hides a picked element the way a removal would (its backdrop, the scroll lock, blur and
 * `inert` around it too), and undoes every trace on cancel: attributes, inline styles (a
 * `style` attribute that was absent is absent again), the stylesheet it added and the scroll
 * position, so the page serialises and renders as before.
 */
export class PickPreview {
  private hidden: Element[] = [];
  /** The picker's own names, drawn afresh like the engine's: the page cannot know them. */
  private readonly marks: Marks = drawMarks();
  private cleanup: PageCleanup | null = null;
  private styleSnapshot = new Map<Element, string | null>();
  private ownStyle: HTMLStyleElement | null = null;
  private readonly scroll: [number, number];
  /** The `style` attributes clean-ups may touch, as they were when picking began. */
  private readonly original = new Map<Element, string | null>();
  backdrops = 0;

  constructor(
    private doc: Document,
    private win: Window,
  ) {
    this.scroll = [win.scrollX, win.scrollY];
    for (const el of this.cleanupTargets()) this.original.set(el, el.getAttribute('style'));
  }

  /** Shows what was previewed and previews `elements` (the rule's matches) instead. */
  show(elements: Element[]): void {
    this.clear();
    if (!elements.length) return;
    this.ensureStyle();
    for (const el of elements) this.hide(el);
    const backdrops = elements.flatMap((el) => findBackdrops(el, this.win, (e) => this.hidden.includes(e)));
    for (const b of new Set(backdrops)) this.hide(b);
    this.backdrops = backdrops.length;
    this.snapshotStyles();
    this.cleanup = new PageCleanup(this.doc, this.win);
    this.cleanup.run();
  }

  /** Puts back what the preview changed, except the scroll position (see `cancel`). */
  clear(): void {
    this.cleanup?.undo();
    this.cleanup = null;
    for (const [el, before] of this.styleSnapshot) {
      if (before === null) el.removeAttribute('style');
      else if (el.getAttribute('style') !== before) el.setAttribute('style', before);
    }
    this.styleSnapshot.clear();
    for (const el of this.hidden) el.removeAttribute(this.marks.hidden);
    this.hidden = [];
    this.backdrops = 0;
  }

  /** Leaves the page as it was when picking began. */
  cancel(): void {
    this.clear();
    for (const [el, before] of this.original) {
      if (el.getAttribute('style') === before) continue;
      if (before === null) el.removeAttribute('style');
      else el.setAttribute('style', before);
    }
    this.ownStyle?.remove();
    this.ownStyle = null;
    this.win.scrollTo(this.scroll[0], this.scroll[1]);
  }

  /** The rule is saved: what is hidden stays hidden until the page loads again with the rule. */
  keep(): void {
    this.hidden = [];
    this.cleanup = null;
    this.styleSnapshot.clear();
  }

  private hide(el: Element): void {
    if (this.hidden.includes(el)) return;
    this.hidden.push(el);
    el.setAttribute(this.marks.hidden, '');
  }

  /** The preview's own stylesheet, taken away on cancel (kept with the pick on confirm). */
  private ensureStyle(): void {
    if (this.ownStyle) return;
    const style = this.doc.createElement('style');
    style.textContent = hiddenRule(this.marks);
    (this.doc.head ?? this.doc.documentElement).appendChild(style);
    this.ownStyle = style;
  }

  private cleanupTargets(): Element[] {
    const { doc } = this;
    const els = [
      doc.documentElement,
      doc.body,
      ...(doc.body?.children ?? []),
      ...doc.querySelectorAll('main, [role="main"]'),
    ];
    return [...new Set(els.filter((el): el is Element => !!el))];
  }

  private snapshotStyles(): void {
    for (const el of this.cleanupTargets()) {
      if (!this.styleSnapshot.has(el)) this.styleSnapshot.set(el, el.getAttribute('style'));
    }
  }
}
