import { PageStyle } from './page-style';

/**
 * The longest a page is held blank: past it, the page shows even if the settings never came
 * (storage usually answers in a few milliseconds; a page is never blank because of us for longer).
 */
export const HOLD_MAX_MS = 400;

/** Where the hold script and the content script meet: the extension's isolated world, which the page cannot reach. */
export const HOLD_GLOBAL = '__unbannerHold';

export interface HoldState {
  /** Shows the page again. */
  release?: () => void;
  /** The content script has put the site's own rules in place: nothing to hold any more. */
  settled?: boolean;
}

/**
 * Keeps the whole page from painting (opacity, which nothing inside can undo) until `release`
 * or `maxMs`. Used at document start on sites with the user's own rules, whose selectors only
 * arrive with the settings, a storage read after the page may already have painted once.
 */
export function holdPaint(doc: Document, win: Window, maxMs = HOLD_MAX_MS): () => void {
  const style = new PageStyle(doc, win);
  style.set(['html{opacity:0!important}']);
  style.attach();
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    win.clearTimeout(timer);
    style.detach();
  };
  const timer = win.setTimeout(release, maxMs);
  return release;
}

/** The state shared by the two scripts in this frame's isolated world. */
export function holdState(global: object): HoldState {
  const g = global as { [HOLD_GLOBAL]?: HoldState };
  g[HOLD_GLOBAL] ??= {};
  return g[HOLD_GLOBAL];
}
