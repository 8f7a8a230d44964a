import type { Signal, SignalCode } from '../codes';
import type { Layout, Placement } from './geometry';
import type { Signals } from './signals';

export interface Verdict {
  score: number;
  hide: boolean;
  /** Each signal that counted, with its points, for the popup and bug reports. */
  reasons: Signal[];
}

/** Scores at or above this hide an overlay. */
export const HIDE_THRESHOLD = 7;
/** Bars in normal flow at the top or end of the page need more evidence: they look like headers and footers. */
const IN_FLOW_THRESHOLD = 9;

const OVERLAY_LAYOUTS: Partial<Record<Layout, number>> = {
  'bottom-bar': 2,
  'top-bar': 2,
  'corner-box': 2,
  'centred-dialog': 2,
  'viewport-cover': 2,
  'side-box': 1,
  'top-of-page-bar': 1,
  'end-of-page-bar': 1,
};

/** Page text kept as evidence: the first few, each cut short. */
function quote(list: string[], max = 3): string[] {
  return list.slice(0, max).map((s) => s.slice(0, 40));
}

/**
 * Weighs a candidate's evidence. Consent wording, a consent choice (a button) and an overlay
 * position are all required; the rest adds or subtracts, and every point is explained.
 */
export function judge(s: Signals, p: Placement, extra: { scrollLocked?: boolean } = {}): Verdict {
  const reasons: Signal[] = [];
  let score = 0;
  const add = (points: number, code: SignalCode, evidence?: string[]) => {
    score += points;
    reasons.push(evidence ? { code, points, evidence } : { code, points });
  };
  if (s.consent.length) add(Math.min(3 + s.consent.length - 1, 6), 'consent-wording', quote(s.consent));
  if (s.privacy.length) add(1, 'privacy-wording', quote(s.privacy, 2));
  if (s.buttons.accept.length) add(2, 'accept-button', quote(s.buttons.accept, 1));
  if (s.buttons.reject.length) add(2, 'reject-button', quote(s.buttons.reject, 1));
  if (s.buttons.settings.length) add(1, 'settings-button', quote(s.buttons.settings, 1));
  // A dismiss button (Close, OK, Got it) is weaker than a choice: every popup has one.
  if (s.buttons.dismiss.length) add(1, 'dismiss-button', quote(s.buttons.dismiss, 1));
  if (s.policyLinks) add(1, 'policy-link');
  if (s.switches >= 2) add(1, 'category-switches', [String(s.switches)]);
  const layoutPoints = OVERLAY_LAYOUTS[p.layout] ?? 0;
  if (layoutPoints) add(layoutPoints, 'layout', [p.layout, p.position, String(Math.round(p.cover * 100))]);
  if (extra.scrollLocked) add(1, 'scroll-locked');
  if (s.passwordFields) add(-6, 'password-field');
  else if (s.textFields) add(-3, 'text-fields', [String(s.textFields)]);
  if (s.notConsent.length) add(-2 * Math.min(s.notConsent.length, 3), 'other-purpose', quote(s.notConsent));
  if (s.media) add(-3, 'media');
  if (s.contentLandmarks) add(-4, 'page-content');
  if (s.textLength > 3000) add(-4, 'long-text', [String(s.textLength)]);

  const inFlowBar = p.layout === 'top-of-page-bar' || p.layout === 'end-of-page-bar';
  // A bar in the page's flow must offer a real choice (accept or reject), not just a settings link.
  // A notice whose only button dismisses it must say more: two consent phrases at least.
  const dismissCounts = !inFlowBar && s.consent.length >= 2 ? s.buttons.dismiss.length : 0;
  const choices =
    s.buttons.accept.length +
    s.buttons.reject.length +
    (inFlowBar ? 0 : s.buttons.settings.length) +
    dismissCounts;
  const threshold = inFlowBar ? IN_FLOW_THRESHOLD : HIDE_THRESHOLD;
  const hide = s.consent.length > 0 && choices > 0 && layoutPoints > 0 && score >= threshold;
  return { score, hide, reasons };
}
