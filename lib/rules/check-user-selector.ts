import type { SelectorCheck } from '../../utils/messages';
import type { SelectorProblem } from '../codes';
import { isPageWideSelector } from '../platforms/compile';
import { splitSelectorList } from '../platforms/split-selector-list';
import { isClosedSelector } from './closed-selector';

/** Longest selector a user rule may be (the settings store and the popup's field agree on it). */
export const MAX_SELECTOR_LENGTH = 500;
/** A rule may hide at most this share of a page's text: more is the page, not something on it. */
const MOST_TEXT_SHARE = 0.5;
/** Below this much text a page is too small to judge by share (a short page, a frame). */
const MIN_TEXT_TO_JUDGE = 2000;
const MAIN_CONTENT = 'main, article, [role="main"]';

/**
 * Two made-up pages with nothing but tags (no ids, no classes): one laid out directly in body,
 * one wrapped as apps are (`body > div > div`). A selector that hides the document, the body,
 * the main content or most of the text of either would do it on most real pages: it is refused
 * without a page at hand. Selectors naming ids, classes or attributes match nothing here; those
 * are judged on the page itself, where there is one (the popup asks the page).
 */
const SAMPLE_TEXT = 'The island ferry will run one fewer crossing on weekday mornings from November. '.repeat(
  6,
);
const SAMPLE_BODY = `<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main><article><h1>Headline</h1><p>${SAMPLE_TEXT}</p><p>${SAMPLE_TEXT}</p><section><h2>More</h2><p>${SAMPLE_TEXT}</p><figure><img alt=""><figcaption>Photo</figcaption></figure></section><blockquote><p>${SAMPLE_TEXT}</p></blockquote><ul><li>${SAMPLE_TEXT}</li></ul></article></main>
<aside><p>Related</p></aside><footer><p>Contact</p></footer>`;
const SAMPLES = [SAMPLE_BODY, `<div><div>${SAMPLE_BODY}</div></div>`];

const samplePages = new WeakMap<Document, Document[]>();

function samplesFor(doc: Document): Document[] {
  let pages = samplePages.get(doc);
  if (!pages) {
    // Parsed into inert documents of their own: nothing in them loads or runs.
    const Parser = doc.defaultView?.DOMParser ?? DOMParser;
    pages = SAMPLES.map((body) => new Parser().parseFromString(`<!doctype html><body>${body}`, 'text/html'));
    samplePages.set(doc, pages);
  }
  return pages;
}

const refuse = (code: SelectorProblem['code'], matches = 0, limit?: number): SelectorCheck => ({
  ok: false,
  matches,
  problem: limit === undefined ? { code } : { code, limit },
});

/** What hiding these elements would take from the page, if too much. */
function pageProblem(doc: Document, found: Element[]): SelectorProblem['code'] | null {
  const body = doc.body;
  for (const el of found) {
    if (el === doc.documentElement || el === body || el === doc.head) return 'whole-page';
  }
  for (const el of found) {
    if (el.matches(MAIN_CONTENT) || el.querySelector(`${MAIN_CONTENT}, h1`)) return 'main-content';
  }
  const total = (body?.textContent ?? '').length;
  if (total < MIN_TEXT_TO_JUDGE) return null;
  // Each element counted once: an element inside another that matches is in its text already.
  const set = new Set(found);
  let hidden = 0;
  for (const el of found) {
    let inner = false;
    for (let p = el.parentElement; p && !inner; p = p.parentElement) inner = set.has(p);
    if (!inner) hidden += (el.textContent ?? '').length;
  }
  return hidden > total * MOST_TEXT_SHARE ? 'most-text' : null;
}

/**
 * Checks a user's hide rule where there is no page to try it on (the options page, a settings
 * file being imported): its length; that it parses and closes everything it opens (an open
 * `[`, `(`, string or comment would run on into the rules after it in a stylesheet); and, for
 * each selector of a list, that it would not hide the whole page, the main content or most of
 * the text of a typical page. `doc` only lends its DOM implementation.
 */
export function checkSelectorWithoutPage(
  selector: string,
  doc: Document = globalThis.document,
): SelectorCheck {
  const s = selector.trim();
  if (!s) return refuse('empty');
  if (s.length > MAX_SELECTOR_LENGTH) return refuse('too-long', 0, MAX_SELECTOR_LENGTH);
  if (!isClosedSelector(s)) return refuse('invalid');
  try {
    doc.createDocumentFragment().querySelector(s);
  } catch {
    return refuse('invalid');
  }
  const parts = splitSelectorList(s);
  if (parts.some((part) => isPageWideSelector(part))) return refuse('whole-page');
  for (const sample of samplesFor(doc)) {
    for (const part of parts) {
      let found: Element[];
      try {
        found = [...sample.querySelectorAll(part)];
      } catch {
        return refuse('invalid');
      }
      const problem = pageProblem(sample, found);
      if (problem) return refuse(problem);
    }
  }
  return { ok: true, matches: 0 };
}

/** The page-less check (kept under the name the popup and options page call it by). */
export function checkSelectorSyntax(doc: Document, selector: string): SelectorCheck {
  return checkSelectorWithoutPage(selector, doc);
}

/**
 * Checks a user's hide rule on the page it is for: the page-less check first, then what each
 * selector of the list would hide here (the document, the body, the main content, most text).
 */
export function checkUserSelector(doc: Document, selector: string): SelectorCheck {
  const without = checkSelectorWithoutPage(selector, doc);
  if (!without.ok) return without;
  const s = selector.trim();
  const matches = doc.querySelectorAll(s).length;
  for (const part of splitSelectorList(s)) {
    const problem = pageProblem(doc, [...doc.querySelectorAll(part)]);
    if (problem) return refuse(problem, matches);
  }
  return { ok: true, matches };
}
