import type { SelectorCheck } from '../../utils/messages';
import { isPageWideSelector } from '../platforms/compile';

const MAX_LENGTH = 500;

/** Checks a selector's form without a page: syntax, length, and subjects that are the whole page. */
export function checkSelectorSyntax(doc: Document, selector: string): SelectorCheck {
  const s = selector.trim();
  if (!s) return { ok: false, matches: 0, problem: { code: 'empty' } };
  if (s.length > MAX_LENGTH)
    return { ok: false, matches: 0, problem: { code: 'too-long', limit: MAX_LENGTH } };
  try {
    doc.createDocumentFragment().querySelector(s);
  } catch {
    return { ok: false, matches: 0, problem: { code: 'invalid' } };
  }
  if (s.split(',').some((part) => isPageWideSelector(part))) {
    return { ok: false, matches: 0, problem: { code: 'whole-page' } };
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
      return { ok: false, matches: found.length, problem: { code: 'whole-page' } };
    }
    if (el.matches('main, article, [role="main"]') || el.querySelector('main, article, [role="main"], h1')) {
      return {
        ok: false,
        matches: found.length,
        problem: { code: 'main-content' },
      };
    }
    if (bodyText > 2000 && (el.textContent ?? '').length > bodyText * 0.5) {
      return {
        ok: false,
        matches: found.length,
        problem: { code: 'most-text' },
      };
    }
  }
  return { ok: true, matches: found.length };
}
