import {
  drawnBox,
  holdsOtherNavigation,
  isOverlayPositioned,
  memoOverlayAncestor,
  type OverlayMemo,
  overlayAncestor,
  overlayWrapper,
} from './geometry';
import { hasConsentWording } from './text-signals';
import { THRESHOLDS as T } from './thresholds';
import type { ShadowRootOf } from './walk';

const MAX_HITS = 400;
const LARGE_SUBTREE = 50;
/** How deep below body a bar in normal flow may start. */
const READING_MATTER = 'article, main, [role="main"], [role="article"]';
/** Past this a subtree is page content, read in one pass; banners are appended anywhere, often last. */
const QUICK_TEXT = 400_000;
export const MAX_TEXT_DEPTH = T.maxTextDepth;
const SKIP_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'title', 'textarea']);

/** Cheap first test: does this subtree's light text say anything about consent? */
export function mentionsConsent(el: Element): boolean {
  const text = el.textContent;
  return !!text && hasConsentWording(text.length > QUICK_TEXT ? text.slice(-QUICK_TEXT) : text);
}

/**
 * The page's own reading matter: an article, or the main landmark holding the page's heading.
 * Overlays are not drawn inside them, and they hold most of a page's text, so a scan of a large
 * subtree (the first scan of a page) does not read them. A banner inserted into one later is
 * still judged: then it is the changed subtree itself.
 */
function isReadingMatter(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'article') return true;
  return (tag === 'main' || el.getAttribute('role') === 'main') && el.querySelector('h1') !== null;
}

/**
 * Elements whose own text carries consent wording, inside `root` and its shadow roots. The search
 * goes down only into children whose whole text matches, so a page is read in a few long tests
 * rather than one test per text node (each test has a fixed cost).
 */
function consentTextHits(root: Element, shadowRootOf: ShadowRootOf): Element[] {
  const skipReadingMatter = root.childElementCount > LARGE_SUBTREE || root === root.ownerDocument.body;
  const hits: Element[] = [];
  /** matched: el's whole text is known to mention consent. */
  const visit = (el: Element, depth: number, matched: boolean): void => {
    let own = '';
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) own += `${c.nodeValue} `;
    if (own.trim().length > 3 && hasConsentWording(own)) hits.push(el);
    // A wrapper with no text of its own and one child: the child's text is its text, not read again
    // (a chain of wrappers would otherwise be read once per level).
    const sameText = matched && !own.trim() && el.childElementCount === 1;
    for (
      let child = el.firstElementChild;
      child && hits.length < MAX_HITS;
      child = child.nextElementSibling
    ) {
      if (SKIP_PARENTS.has(child.localName) || (skipReadingMatter && isReadingMatter(child))) continue;
      const shadow = shadowRootOf(child);
      // Text inside a shadow root belongs to its host as far as the page layout goes.
      if (shadow && mentionsConsentIn(shadow)) hits.push(child);
      if (sameText || mentionsConsent(child)) {
        if (depth < MAX_TEXT_DEPTH) visit(child, depth + 1, true);
        else hits.push(child);
      }
    }
  };
  const rootShadow = shadowRootOf(root);
  if (rootShadow && mentionsConsentIn(rootShadow)) hits.push(root);
  if (!SKIP_PARENTS.has(root.localName)) visit(root, 0, false);
  return hits;
}

function mentionsConsentIn(root: ShadowRoot): boolean {
  const text = root.textContent;
  return !!text && hasConsentWording(text.slice(0, QUICK_TEXT));
}

/**
 * From a consent-wording hit, the overlay it belongs to: the outermost positioned ancestor
 * that adds little text of its own (a wrapper with a backdrop, not an app shell), or, for
 * a bar in normal flow, the highest small ancestor below body.
 */
export function overlayFor(hit: Element, win: Window, memo?: OverlayMemo): Element | null {
  const body = hit.ownerDocument.body;
  const positioned = memo ? memoOverlayAncestor(hit, win, memo) : overlayAncestor(hit, win);
  if (positioned) return overlayWrapper(positioned, win);
  // A custom element whose shadow tree draws a positioned panel is that panel, as far as the page goes.
  if (hit.shadowRoot && drawnBox(hit, win) !== hit) return hit;
  // A bar in normal flow sits near the top of the tree (body > div > p), never in the page's
  // reading matter: only then is it worth measuring (measuring forces a layout).
  let depth = 0;
  for (let n: Element | null = hit; n && n !== body; n = n.parentElement) {
    if (++depth > T.maxBarDepth || n.matches(READING_MATTER)) return null;
  }
  const vh = win.innerHeight;
  let bar: Element | null = null;
  for (let n: Element | null = hit; n && n !== body; n = n.parentElement) {
    const r = n.getBoundingClientRect();
    if (r.height > vh * T.inFlowMaxHeight || holdsOtherNavigation(n, bar)) break;
    bar = n;
  }
  return bar;
}

/** Candidate overlays in a changed subtree: consent wording first, then geometry. */

export function findCandidates(
  root: Element,
  win: Window,
  shadowRootOf: ShadowRootOf,
  memo: OverlayMemo = new WeakMap(),
): Element[] {
  const out = new Set<Element>();
  const hostsAndFrames: Element[] = [];
  if (root.localName.includes('-') || root.localName === 'iframe') hostsAndFrames.push(root);
  for (const c of root.children)
    if (c.localName.includes('-') || c.localName === 'iframe') hostsAndFrames.push(c);
  for (const el of hostsAndFrames) {
    // A closed shadow host or a frame shows no light text: judge it by what it exposes, if it sits over the page.
    if (isOverlayPositioned(el, win) || drawnBox(el, win) !== el) out.add(el);
  }
  // A large subtree (the whole body at the first scan) is walked at once: testing its whole text
  // first would read every word twice.
  if (shadowRootOf(root) || root.childElementCount > LARGE_SUBTREE || mentionsConsent(root)) {
    const seenBars = new Set<Element>();
    for (const hit of consentTextHits(root, shadowRootOf)) {
      const overlay = overlayFor(hit, win, memo);
      if (overlay && !seenBars.has(overlay)) {
        seenBars.add(overlay);
        out.add(overlay);
      }
    }
  }
  return [...out];
}
