import type { Signal } from '../codes';
import { isRendered } from '../dom/visibility';
import { TEXT_LIMIT } from '../removal';
import { type Layout, type Placement, placementOf } from './geometry';
import { judge, type Verdict } from './score';
import type { Signals } from './signals';
import { THRESHOLDS as T } from './thresholds';

/**
 * The top frame's side of a consent layer served from another origin in a frame of its own (see
 * lib/detect/frame-document.ts for the frame's side): the frame's reported signals, checked as
 * they cross the background, weighed with where the frame sits in this document. Light on
 * purpose: the document-start script carries it into every frame, so nothing of the phrase
 * tables or of the signal collection is imported here.
 */

/** What a frame tells the top frame about its document: the detector's signals, its text cut short. */
export type FrameSignals = Omit<Signals, 'text'> & { text: string };

/** Layouts a consent frame may have over the page: over it, centred, or docked at an edge. */
const FRAME_LAYOUTS = new Set<Layout>([
  'viewport-cover',
  'bottom-bar',
  'top-bar',
  'centred-dialog',
  'corner-box',
  'bottom-box',
]);

/** Whether scrolling of the page is switched off (overflow hidden or clip on the root or body). */
export function isScrollLocked(doc: Document, win: Window): boolean {
  const hidden = (el: Element | null) => !!el && /hidden|clip/.test(win.getComputedStyle(el).overflowY);
  return hidden(doc.documentElement) || hidden(doc.body);
}

/** The top frame's verdict on a frame whose document said it is a consent dialog. */
export interface ConsentFrameVerdict {
  verdict: Verdict;
  placement: Placement;
}

/**
 * Weighs a frame's reported signals with where the frame sits in this document, as the detector
 * weighs a same-origin frame (same signals, same score): hidden only when it is drawn over the
 * page (fixed, sticky or high absolute) and covers it, is a centred dialog or docked at an edge.
 */
export function judgeConsentFrame(
  frame: Element,
  signals: FrameSignals,
  doc: Document,
  win: Window,
): ConsentFrameVerdict | null {
  if (!isRendered(frame, 1)) return null;
  const placement = placementOf(frame, win);
  if (!placement.overlay || !FRAME_LAYOUTS.has(placement.layout)) return null;
  if (placement.width < T.frameDialogMinPx || placement.height < T.frameDialogMinPx) return null;
  const verdict = judge({ ...signals }, placement, { scrollLocked: isScrollLocked(doc, win) });
  return verdict.hide ? { verdict, placement } : null;
}

/** The signal naming the frame whose document is the dialog (no points: the score is the detector's). */
export function consentFrameSignal(frameHost: string): Signal {
  return { code: 'consent-frame', points: 0, evidence: [frameHost.slice(0, 200)] };
}

// --- validation: the signals cross from one content script to another through the background ---

const MAX_LIST = 8;
const MAX_ITEM = 60;
const MAX_COUNT = 1_000_000;

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function stringList(v: unknown): string[] | null {
  if (!Array.isArray(v) || v.length > MAX_LIST) return null;
  return v.every((x) => typeof x === 'string' && x.length <= MAX_ITEM) ? [...(v as string[])] : null;
}

function count(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT ? v : null;
}

const LISTS = ['consent', 'privacy', 'notConsent', 'otherButtons', 'proseConsent'] as const;
const COUNTS = [
  'proseLength',
  'policyLinks',
  'switches',
  'namedChoices',
  'questionOptions',
  'textFields',
  'passwordFields',
  'media',
  'contentLandmarks',
  'textLength',
] as const;
const BUTTONS = ['accept', 'reject', 'settings', 'dismiss'] as const;

/** Lists are cut to what the verdict quotes, so a report stays small (a few hundred bytes). */
function cutList(list: string[]): string[] {
  return list.slice(0, MAX_LIST).map((s) => s.slice(0, MAX_ITEM));
}

/** The signals as sent: every list bounded (its length still counts as evidence, its items are quotes). */
export function compactFrameSignals(s: FrameSignals): FrameSignals {
  const out = { ...s, buttons: { ...s.buttons } };
  for (const k of LISTS) out[k] = cutList(s[k]);
  for (const k of BUTTONS) out.buttons[k] = cutList(s.buttons[k]);
  out.text = s.text.slice(0, TEXT_LIMIT);
  return out;
}

/** Validates signals that crossed a message boundary; null for anything malformed. */
export function parseFrameSignals(v: unknown): FrameSignals | null {
  if (!isObject(v) || !isObject(v.buttons)) return null;
  if (typeof v.text !== 'string' || v.text.length > TEXT_LIMIT) return null;
  const out: Partial<FrameSignals> = { text: v.text };
  for (const k of LISTS) {
    const list = stringList(v[k]);
    if (!list) return null;
    out[k] = list;
  }
  const buttons = {} as FrameSignals['buttons'];
  for (const k of BUTTONS) {
    const list = stringList(v.buttons[k]);
    if (!list) return null;
    buttons[k] = list;
  }
  out.buttons = buttons;
  for (const k of COUNTS) {
    const n = count(v[k]);
    if (n === null) return null;
    out[k] = n;
  }
  return out as FrameSignals;
}
