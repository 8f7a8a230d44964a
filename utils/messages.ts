import type { SelectorProblem } from '@/lib/codes';
import { type FrameSignals, parseFrameSignals } from '@/lib/detect/consent-frame';
import { MARK_ATTRIBUTE } from '@/lib/hide/attributes';
import { parseRemoval, type Removal } from '@/lib/removal';

/** content -> background */
export type ContentToBackground =
  | { type: 'page-start'; marks?: PageMarks }
  | { type: 'removal'; removal: Removal }
  /** The sentinel saw a candidate overlay: inject the detector into this frame. */
  | { type: 'need-detector' }
  /** Pick mode (top frame): open the popup's report of the picked element in a tab. */
  | { type: 'open-picked-report' }
  /**
   * A sub-frame's content script judged its own document to be a consent dialog (lib/detect/
   * frame-document.ts): the background asks the top frame to hide the frame's element. Answered
   * with whether it did. The frame's URL is not in it: the background takes the one the browser
   * gives it (sender.url).
   */
  | { type: 'consent-frame'; width: number; height: number; signals: FrameSignals };

/** background -> content (the top frame): a child frame's consent-frame report, with its URL as the browser knows it. */
export interface ConsentFrameRelay {
  type: 'relay-consent-frame';
  url: string;
  width: number;
  height: number;
  signals: FrameSignals;
}

/** The attribute names this page load's content script marks hidden and shown elements with. */
export interface PageMarks {
  hidden: string;
  shown: string;
}

/** popup -> content (one frame) */
export type PopupToContent = { type: 'restore'; id: string } | { type: 'hide-again'; id: string };

/** popup -> background */
export type PopupToBackground = { type: 'apply-registration' };

export interface SelectorCheck {
  ok: boolean;
  matches: number;
  /** Why a selector is refused, as a code the UI words. */
  problem?: SelectorProblem;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object';
}

/** Messages cross a trust boundary (a content script lives in a page): each is checked before use. */
export function parseContentMessage(v: unknown): ContentToBackground | null {
  if (!isObject(v)) return null;
  if (v.type === 'page-start') {
    const m = v.marks;
    if (isObject(m) && typeof m.hidden === 'string' && typeof m.shown === 'string') {
      if (MARK_ATTRIBUTE.test(m.hidden) && MARK_ATTRIBUTE.test(m.shown))
        return { type: 'page-start', marks: { hidden: m.hidden, shown: m.shown } };
    }
    return { type: 'page-start' };
  }
  if (v.type === 'need-detector') return { type: 'need-detector' };
  if (v.type === 'open-picked-report') return { type: 'open-picked-report' };
  if (v.type === 'consent-frame') {
    const size = viewportSize(v);
    const signals = parseFrameSignals(v.signals);
    return size && signals ? { type: 'consent-frame', ...size, signals } : null;
  }
  if (v.type === 'removal') {
    const removal = parseRemoval(v.removal);
    return removal ? { type: 'removal', removal } : null;
  }
  return null;
}

/** A frame's viewport size, in CSS pixels: finite, positive, no larger than any screen. */
function viewportSize(v: Record<string, unknown>): { width: number; height: number } | null {
  const ok = (n: unknown): n is number =>
    typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= 100_000;
  return ok(v.width) && ok(v.height) ? { width: v.width, height: v.height } : null;
}

/** Longest frame URL relayed (browsers keep longer ones, frames worth hiding do not have them). */
const RELAY_URL_MAX = 4096;

/**
 * Checked in the top frame's content script: a relay arrives only from the extension (a page
 * cannot message content scripts), and is still checked as every message is.
 */
export function parseConsentFrameRelay(v: unknown): ConsentFrameRelay | null {
  if (!isObject(v) || v.type !== 'relay-consent-frame') return null;
  if (typeof v.url !== 'string' || v.url.length > RELAY_URL_MAX || !/^https?:\/\//i.test(v.url)) return null;
  const size = viewportSize(v);
  const signals = parseFrameSignals(v.signals);
  return size && signals ? { type: 'relay-consent-frame', url: v.url, ...size, signals } : null;
}

export function parsePopupToContent(v: unknown): PopupToContent | null {
  if (!isObject(v)) return null;
  if ((v.type === 'restore' || v.type === 'hide-again') && typeof v.id === 'string' && v.id.length < 80) {
    return { type: v.type, id: v.id };
  }
  return null;
}

export function parsePopupToBackground(v: unknown): PopupToBackground | null {
  return isObject(v) && v.type === 'apply-registration' ? { type: 'apply-registration' } : null;
}
