import { THRESHOLDS as T } from '../detect/thresholds';

/**
 * The always-on half of the consent-frame judgement (lib/detect/frame-document.ts), in a frame
 * whose document another origin serves: a cheap look at the document as a whole, without the
 * phrase tables, at document end, at load, on resize and after later changes (a consent layer's script
 * renders it), for a bounded time and a bounded number of looks. It runs in frames of any size:
 * a consent bar docked at the bottom of the page is a frame the size of an ad.
 */
export interface FrameWatchOptions {
  /** True when the text may hold consent wording (the sentinel's prefilter). */
  mentions: (text: string) => boolean;
  /** The document may be a consent dialog now: the caller has it judged. */
  onLooks: () => void;
}

const SKIP_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'title']);
const CONTROLS = 'button, [role="button"], input[type="button"], input[type="submit"], a';
/** Fewer characters than this say nothing: a consent dialog explains itself. */
const MIN_TEXT = 20;

/** The document's text outside scripts and styles, or null past `limit` characters (a page, not a dialog). */
function documentText(body: HTMLElement, limit: number): string | null {
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (SKIP_PARENTS.has(n.parentElement?.localName ?? '')) continue;
    text += `${n.nodeValue ?? ''} `;
    if (text.length > limit) return null;
  }
  return text;
}

/** Whether the document could be a consent dialog: short, mentioning consent, with a control to answer it. */
export function mayBeConsentDocument(
  doc: Document,
  win: Window,
  mentions: (text: string) => boolean,
): boolean {
  const body = doc.body;
  if (!body?.querySelector(CONTROLS)) return false;
  const text = documentText(body, T.longText);
  if (!text || text.trim().length < MIN_TEXT || !mentions(text)) return false;
  // The size last: in a frame drawn by the page's own renderer, reading it may lay out that page.
  return win.innerWidth >= T.frameDialogMinPx && win.innerHeight >= T.frameDialogMinPx;
}

export class FrameDocumentWatch {
  private observer: MutationObserver;
  private timer: number | null = null;
  private checks = 0;
  private stopped = false;

  constructor(
    private doc: Document,
    private win: Window,
    private opts: FrameWatchOptions,
  ) {
    this.observer = new MutationObserver(() => this.schedule());
  }

  /** How many times the document was looked at so far. */
  get looks(): number {
    return this.checks;
  }

  start(): void {
    this.observer.observe(this.doc, { childList: true, subtree: true, characterData: true });
    this.win.addEventListener('load', this.onLoad, { once: true });
    // A frame in another process may run its document end before it knows its size (0×0 or the
    // default 300×150): its viewport arrives later, with a resize.
    this.win.addEventListener('resize', this.onLoad);
    this.win.setTimeout(() => this.stop(), T.frameWatchMs);
    this.check();
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.win.removeEventListener('load', this.onLoad);
    this.win.removeEventListener('resize', this.onLoad);
    if (this.timer !== null) this.win.clearTimeout(this.timer);
    this.timer = null;
  }

  private onLoad = (): void => this.schedule();

  /** Changes come in bursts: one look after a burst, at most one per interval. */
  private schedule(): void {
    if (this.stopped || this.timer !== null) return;
    this.timer = this.win.setTimeout(() => {
      this.timer = null;
      this.check();
    }, T.frameWatchIntervalMs);
  }

  private check(): void {
    if (this.stopped) return;
    if (++this.checks >= T.frameWatchMaxChecks) this.stop();
    if (mayBeConsentDocument(this.doc, this.win, this.opts.mentions)) this.opts.onLooks();
  }
}

/**
 * Whether this frame's document is one the top frame cannot read, placed straight in the top
 * document: only then can the top frame find its element (a same-origin frame the detector
 * reads itself; a frame nested deeper is not an element of the top document).
 */
export function isCrossOriginChildOfTop(win: Window): boolean {
  if (win === win.top || win.parent !== win.top) return false;
  try {
    // Reading a cross-origin window's location throws.
    void win.top?.location.href;
    return false;
  } catch {
    return true;
  }
}

/** Where the sentinel script leaves its frame watch, and the detector script its judge, for each other (isolated world). */
export const FRAME_WATCH_GLOBAL = '__unbannerFrameWatch';
export const FRAME_JUDGE_GLOBAL = '__unbannerFrameJudge';
