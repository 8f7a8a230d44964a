import type { SelectorProblem } from '@/lib/codes';
import { MARK_ATTRIBUTE } from '@/lib/hide/attributes';
import { parseRemoval, type Removal } from '@/lib/removal';

/** content -> background */
export type ContentToBackground =
  | { type: 'page-start'; marks?: PageMarks }
  | { type: 'removal'; removal: Removal }
  /** The sentinel saw a candidate overlay: inject the detector into this frame. */
  | { type: 'need-detector' }
  /** Pick mode (top frame): open the popup's report of the picked element in a tab. */
  | { type: 'open-picked-report' };

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
  if (v.type === 'removal') {
    const removal = parseRemoval(v.removal);
    return removal ? { type: 'removal', removal } : null;
  }
  return null;
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
