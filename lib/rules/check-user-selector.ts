import type { SelectorCheck } from '../../utils/messages';
import { isPageWideSelector } from '../platforms/compile';

const MAX_LENGTH = 500;

/** Checks a selector's form without a page: syntax, length, and subjects that are the whole page. */
export function checkSelectorSyntax(doc: Document, selector: string): SelectorCheck {
  const s = selector.trim();
  if (!s) return { ok: false, matches: 0, problem: 'Enter a CSS selector, for example #promo-banner.' };
  if (s.length > MAX_LENGTH) return { ok: false, matches: 0, problem: 'That selector is too long.' };
  try {
    doc.createDocumentFragment().querySelector(s);
  } catch {
    return { ok: false, matches: 0, problem: `“${s}” is not a valid CSS selector.` };
  }
  if (s.split(',').some((part) => isPageWideSelector(part))) {
    return { ok: false, matches: 0, problem: 'That selector names the whole page (html, body or *).' };
  }
  return { ok: true, matches: 0 };
}

/**
 * Checks a user's hide rule against the page it is for: it must not hide the document, the
 * body, or the page's main content.
 */
export function checkUserSelector(doc: Document, selector: string): SelectorCheck {
  const syntax = checkSelectorSyntax(doc, selector);
  if (!syntax.ok) return syntax;
  const found = [...doc.querySelectorAll(selector.trim())];
  const bodyText = (doc.body?.textContent ?? '').length;
  for (const el of found) {
    if (el === doc.documentElement || el === doc.body || el === doc.head) {
      return { ok: false, matches: found.length, problem: 'That selector matches the whole page.' };
    }
    if (el.matches('main, article, [role="main"]') || el.querySelector('main, article, [role="main"], h1')) {
      return {
        ok: false,
        matches: found.length,
        problem: 'That selector would hide the main content of the page.',
      };
    }
    if (bodyText > 2000 && (el.textContent ?? '').length > bodyText * 0.5) {
      return {
        ok: false,
        matches: found.length,
        problem: 'That selector would hide most of the page’s text.',
      };
    }
  }
  return { ok: true, matches: found.length };
}
