import { hiddenRule } from '@/lib/hide/styles';
import type { PageMarks } from '@/utils/messages';

/**
 * The rule that keeps confirmed removals hidden, added once more as a user-origin stylesheet:
 * user `!important` beats anything a page sets, even an inline `display: block !important`
 * from a platform script that re-styles its banner. A page cannot read a user-origin sheet.
 * The attribute names are the ones that page load's content script drew. (The content script's own copy of the rule
 * works from document start; this one follows a moment later.)
 */
export async function insertUserStyles(tabId: number, frameId: number, marks: PageMarks): Promise<void> {
  try {
    await browser.scripting.insertCSS({
      target: { tabId, frameIds: [frameId] },
      css: hiddenRule(marks),
      origin: 'USER',
    });
  } catch {
    // Frames the extension may not touch (other extensions' pages, the web store): nothing to do.
  }
}
