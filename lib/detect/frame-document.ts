import { plainLine } from '../dom/text';
import { TEXT_LIMIT } from '../removal';
import { compactFrameSignals, type FrameSignals } from './consent-frame';
import type { Placement } from './geometry';
import { judge } from './score';
import { collectSignals } from './signals';
import { consentPhrases } from './text-signals';
import { THRESHOLDS as T } from './thresholds';
import type { ShadowRootOf } from './walk';

/**
 * A consent layer served from another origin in a frame of its own: the top document places the
 * frame over the page (fixed, full-viewport or docked at an edge), and the frame's document is the
 * dialog and nothing else. The top document cannot read that document, and the frame's own
 * content script cannot see where its frame sits. So the judgement is split where the knowledge
 * is: the frame reads its document's signals (this module, `judgeFrameDocument`), and the top
 * frame's content script, told by the extension, weighs them with the frame's placement exactly
 * as the detector weighs a same-origin frame's document (`judgeConsentFrame`).
 */

// The top frame's side, for the detector's script and the tests that import it from here.
export * from './consent-frame';

/**
 * As the detector would place an overlay that fills the viewport: the layout the frame's document
 * is judged in before the top frame knows where the frame really is. It only lets `judge` apply
 * every other condition (consent wording, a choice, prose, the score); the top frame judges again
 * with the frame's real placement.
 */
const AS_OVERLAY: Placement = {
  layout: 'viewport-cover',
  position: 'fixed',
  cover: 1,
  zIndex: 0,
  width: 0,
  height: 0,
  overlay: true,
};

/**
 * Judges a (sub-)frame's own document as a whole: is it a consent dialog and nothing else? Yes
 * when the detector would hide its body were it drawn over a page, and the document holds nothing
 * a consent layer does not: no player or large image (a video embed), no text field (a
 * newsletter, a login, a chat), no article or page heading, no more than a few screens of it.
 * Returns the signals for the top frame, or null.
 */
export function judgeFrameDocument(
  doc: Document,
  win: Window,
  shadowRootOf: ShadowRootOf,
): FrameSignals | null {
  const body = doc.body;
  if (!body || win.innerWidth < T.frameDialogMinPx || win.innerHeight < T.frameDialogMinPx) return null;
  const height = Math.max(doc.documentElement.scrollHeight, body.scrollHeight);
  if (height > win.innerHeight * T.frameDialogMaxScreens) return null;
  const s = collectSignals(body, shadowRootOf, '');
  if (s.media || s.contentLandmarks || s.textFields || s.passwordFields || s.textLength > T.longText)
    return null;
  if (!judge(s, AS_OVERLAY).hide) return null;
  // Markup a consent script keeps hidden for later is not a dialog yet: its wording must be shown
  // (what innerText, unlike textContent, leaves out; one layout, once per judgement).
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here.
  if (!consentPhrases(body.innerText ?? '').length) return null;
  return compactFrameSignals({ ...s, text: plainLine(s.text, TEXT_LIMIT) });
}
