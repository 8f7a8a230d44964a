/** Events closing a dialog fires; a page may take any of them as "the visitor dismissed it: consent". */
const DIALOG_EVENTS = ['beforetoggle', 'toggle', 'close'] as const;
const SCROLL_EVENTS = ['scroll', 'scrollend'] as const;
/** Frames after a programmatic scroll within which its events arrive (they are fired at a frame). */
const SCROLL_EVENT_FRAMES = 3;

/**
 * Keeps the page from hearing what Unbanner does to it. Closing a modal dialog fires `close`
 * (and `toggle`), and putting the reader back where they were fires `scroll`: pages that take
 * closing or scrolling as consent would record consent the visitor never gave. The events
 * caused by Unbanner are stopped at the window in the capture phase, where this listener,
 * added at document start, runs before any of the page's own.
 */
export class QuietEvents {
  private closing = new WeakSet<Element>();
  private scrollTo: { x: number; y: number } | null = null;
  private scrollFrames = 0;
  /** Events kept from the page (tests read it). */
  stopped = 0;

  constructor(private win: Window) {
    for (const type of DIALOG_EVENTS) win.addEventListener(type, this.onDialogEvent, true);
    for (const type of SCROLL_EVENTS) win.addEventListener(type, this.onScrollEvent, true);
  }

  /** Closes a dialog without the page hearing of it. */
  closeDialog(dialog: HTMLDialogElement): void {
    if (!dialog.open) return;
    this.closing.add(dialog);
    dialog.close();
    // `beforetoggle` came synchronously; `toggle` and `close` follow in tasks of their own, in
    // an order that differs between browsers: the dialog stays quiet until it opens again.
  }

  /** Scrolls the page without the page hearing of it. */
  scrollWindowTo(x: number, y: number): void {
    this.win.scrollTo(x, y);
    this.scrollTo = { x: this.win.scrollX, y: this.win.scrollY };
    this.scrollFrames = SCROLL_EVENT_FRAMES;
    const countDown = () => {
      if (!this.scrollTo) return;
      if (--this.scrollFrames <= 0) this.scrollTo = null;
      else this.win.requestAnimationFrame(countDown);
    };
    this.win.requestAnimationFrame(countDown);
  }

  dispose(): void {
    for (const type of DIALOG_EVENTS) this.win.removeEventListener(type, this.onDialogEvent, true);
    for (const type of SCROLL_EVENTS) this.win.removeEventListener(type, this.onScrollEvent, true);
  }

  private onDialogEvent = (event: Event): void => {
    const target = event.target;
    if (!event.isTrusted || !(target instanceof Element) || !this.closing.has(target)) return;
    // A `toggle` to open (the page, or "show again", reopened it) belongs to the page.
    // Opening it again (the page, or "show again") ends the quiet: its later closes are the page's.
    const newState = (event as Event & { newState?: string }).newState;
    if (newState === 'open') {
      this.closing.delete(target);
      return;
    }
    event.stopImmediatePropagation();
    this.stopped++;
  };

  private onScrollEvent = (event: Event): void => {
    const target = event.target;
    if (!event.isTrusted || !this.scrollTo) return;
    if (target !== this.win.document && target !== this.win) return;
    // Only the page's own scroll to where Unbanner put it: a reader's scroll in between is theirs.
    if (Math.abs(this.win.scrollY - this.scrollTo.y) > 1 || Math.abs(this.win.scrollX - this.scrollTo.x) > 1)
      return;
    event.stopImmediatePropagation();
    this.stopped++;
    if (event.type === 'scrollend') this.scrollTo = null;
  };
}
