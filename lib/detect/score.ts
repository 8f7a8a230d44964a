import type { Signal, SignalCode } from '../codes';
import type { Layout, Placement } from './geometry';
import type { Signals } from './signals';
import { THRESHOLDS as T } from './thresholds';

export interface Verdict {
  score: number;
  hide: boolean;
  /** Each signal that counted, with its points, for the popup and bug reports. */
  reasons: Signal[];
}

/** Scores at or above this hide an overlay. */
export const HIDE_THRESHOLD = T.hide;

const OVERLAY_LAYOUTS: Partial<Record<Layout, number>> = {
  'bottom-bar': 2,
  'top-bar': 2,
  'corner-box': 2,
  'bottom-box': 2,
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
  const dismiss = dismissControls(s);
  if (s.consent.length)
    add(Math.min(T.consentFirst + s.consent.length - 1, T.consentMax), 'consent-wording', quote(s.consent));
  if (s.privacy.length) add(1, 'privacy-wording', quote(s.privacy, 2));
  if (s.buttons.accept.length) add(2, 'accept-button', quote(s.buttons.accept, 1));
  if (s.buttons.reject.length) add(2, 'reject-button', quote(s.buttons.reject, 1));
  if (s.buttons.settings.length) add(1, 'settings-button', quote(s.buttons.settings, 1));
  // A dismiss button (Close, OK, Got it) is weaker than a choice: every popup has one.
  if (dismiss.length) add(T.dismissButton, 'dismiss-button', quote(dismiss, 1));
  if (s.policyLinks) add(1, 'policy-link');
  if (s.switches >= 2) add(1, 'category-switches', [String(s.switches)]);
  const layoutPoints = OVERLAY_LAYOUTS[p.layout] ?? 0;
  if (layoutPoints) add(layoutPoints, 'layout', [p.layout, p.position, String(Math.round(p.cover * 100))]);
  if (extra.scrollLocked) add(1, 'scroll-locked');
  if (s.passwordFields) add(T.passwordField, 'password-field');
  else if (s.textFields) add(T.textFields, 'text-fields', [String(s.textFields)]);
  // Wording of another purpose ("sign in", "newsletter") marks a popup of that purpose, whose controls
  // serve it. One whose only controls are accepting and refusing, with no field to fill in, names
  // that purpose as the site or service it is about: "Cookies on GOV.UK One Login".
  const onlyConsentChoices =
    s.buttons.accept.length > 0 &&
    s.buttons.reject.length > 0 &&
    s.otherButtons.length === 0 &&
    !s.textFields &&
    !s.passwordFields;
  if (s.notConsent.length && !onlyConsentChoices)
    add(
      T.otherPurpose * Math.min(s.notConsent.length, T.otherPurposeMaxPhrases),
      'other-purpose',
      quote(s.notConsent),
    );
  // A poll's "Which is your favourite cookie?" is a question; a consent dialog that picks a level with
  // radios still offers accepting or refusing.
  if (s.questionOptions && !s.buttons.accept.length && !s.buttons.reject.length)
    add(T.question, 'question', [String(s.questionOptions)]);
  if (s.media) add(T.media, 'media');
  if (s.contentLandmarks) add(T.contentLandmarks, 'page-content');
  if (s.textLength > T.longText) add(T.longTextPoints, 'long-text', [String(s.textLength)]);

  const inFlowBar = p.layout === 'top-of-page-bar' || p.layout === 'end-of-page-bar';
  // A bar in the page's flow must offer a real choice (accept or reject), not just a settings link.
  // A notice whose only button dismisses it must say more: two consent phrases at least.
  const dismissCounts = !inFlowBar && s.consent.length >= T.noticeMinConsentPhrases ? dismiss.length : 0;
  const choices =
    s.buttons.accept.length +
    s.buttons.reject.length +
    (inFlowBar ? 0 : s.buttons.settings.length) +
    dismissCounts;
  // A notice that offers no choice ("We use cookies. [×]", or only a link to the policy) is carried by
  // its own sentences: consent wording outside its buttons and links, and a way to close or read more.
  // In the page's flow at its top, such a notice must say more: its sentences say twice that it is
  // about cookies, its one button is named as closing it (not any button), and it points to the
  // policy or speaks of privacy ("We use cookies to improve the site. Learn more [×]").
  const inFlowNotice =
    p.layout === 'top-of-page-bar' &&
    s.proseConsent.length >= T.noticeMinConsentPhrases &&
    s.buttons.dismiss.length > 0 &&
    (s.policyLinks > 0 || s.privacy.length > 0);
  const notice =
    inFlowNotice ||
    (!inFlowBar &&
      s.proseConsent.length > 0 &&
      (dismiss.length > 0 || (s.policyLinks > 0 && s.proseConsent.length >= T.noticeMinConsentPhrases)));
  // Accepting and refusing side by side is a consent choice by itself: evidence enough for a block in
  // flow; so is saying twice over that it is about cookies.
  const bothChoices = s.buttons.accept.length > 0 && s.buttons.reject.length > 0;
  const saysMore = bothChoices || s.consent.length >= T.noticeMinConsentPhrases;
  const offersChoice = s.buttons.accept.length + s.buttons.reject.length + s.buttons.settings.length > 0;
  const bare = !offersChoice && s.policyLinks === 0 && s.privacy.length === 0;
  const threshold =
    (inFlowBar ? (saysMore ? T.hideInFlowStrong : T.hideInFlow) : T.hide) + (bare ? T.bareNoticeExtra : 0);
  // Something that is only buttons and links ("Cookie settings", a privacy icon) is a control the
  // page keeps for returning visitors, not a banner.
  const speaks = s.proseLength >= T.minProseChars;
  // The cookie word said once, nothing of privacy, and one kind of choice that names neither cookies
  // nor consent is a word of another trade: a bakery's "Our cookies are back! [No, thanks]", a
  // grocer's "çerez" (snacks) "[Accept and start shopping]". A banner says more, names what its
  // buttons accept, or offers two kinds of choice (accept and manage settings, accept and reject).
  const choiceKinds = [s.buttons.accept, s.buttons.reject, s.buttons.settings].filter((l) => l.length).length;
  const oneWordOnly =
    s.consent.length === 1 && s.privacy.length === 0 && choiceKinds < 2 && s.namedChoices === 0;
  const hide =
    !oneWordOnly &&
    s.consent.length > 0 &&
    speaks &&
    (choices > 0 || notice) &&
    layoutPoints > 0 &&
    score >= threshold;
  return { score, hide, reasons };
}

/**
 * Buttons that only close the notice: the classifier's dismiss kind, or else the notice's one
 * button when no kind names it ("×", "Continue", an icon with no words).
 */
function dismissControls(s: Signals): string[] {
  if (s.buttons.dismiss.length) return s.buttons.dismiss;
  const classified = s.buttons.accept.length + s.buttons.reject.length + s.buttons.settings.length;
  return classified === 0 && s.otherButtons.length === 1 ? s.otherButtons : [];
}
