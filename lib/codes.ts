/**
 * The codes `lib/` speaks to the UI. `lib/` never returns sentences: it returns one of these
 * codes and the values that go with it, and the popup and options page say it in the user's
 * language (locale keys `signal_<code>`, `cleanup_<code>`, `rule_<code>`, dashes as underscores).
 * Add a code here, then its message in every file of `locales/`: a unit test fails otherwise.
 */

/** Evidence the detector weighed for or against an element being a consent overlay. */
export const SIGNAL_CODES = [
  'consent-wording',
  'privacy-wording',
  'accept-button',
  'reject-button',
  'settings-button',
  'dismiss-button',
  'policy-link',
  'category-switches',
  'layout',
  'scroll-locked',
  'password-field',
  'text-fields',
  'question',
  'other-purpose',
  'media',
  'page-content',
  'long-text',
  // Not evidence of its own (no points): the hidden element is a frame whose own document, read
  // by Unbanner inside it, is the consent dialog. Its evidence is that frame's host.
  'consent-frame',
] as const;
export type SignalCode = (typeof SIGNAL_CODES)[number];

/**
 * One signal that counted, with its points. `evidence` holds values, never words: quoted page
 * text for wording and buttons; a count for switches, fields and text length; for `layout`, the
 * layout's name (see LAYOUT_CODES), the element's CSS position and its share of the viewport in
 * percent.
 */
export interface Signal {
  code: SignalCode;
  points: number;
  evidence?: string[];
}

/** How an overlay sits on the page, as `layout` signals name it (locale key `layout_<code>`). */
export const LAYOUT_CODES = [
  'bottom-bar',
  'top-bar',
  'corner-box',
  'bottom-box',
  'centred-dialog',
  'viewport-cover',
  'side-box',
  'top-of-page-bar',
  'end-of-page-bar',
] as const;
export type LayoutCode = (typeof LAYOUT_CODES)[number];

/** What was undone around a hidden banner. */
export const CLEANUP_CODES = [
  'scroll-unlocked',
  'backdrop-hidden',
  'blur-removed',
  'page-clickable',
  'page-interactive',
  // Not a clean-up: a cookie wall hid a page whose article the site withholds (no article text).
  'content-withheld',
] as const;
export type CleanupCode = (typeof CLEANUP_CODES)[number];

/** Why a user's hide rule is refused. `too-long` comes with its `limit` in characters. */
export const SELECTOR_PROBLEM_CODES = [
  'empty',
  'too-long',
  'invalid',
  'whole-page',
  'main-content',
  'most-text',
] as const;
export type SelectorProblemCode = (typeof SELECTOR_PROBLEM_CODES)[number];

export interface SelectorProblem {
  code: SelectorProblemCode;
  limit?: number;
}

const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (list as readonly string[]).includes(v);

export const isSignalCode = isOneOf(SIGNAL_CODES);
export const isLayoutCode = isOneOf(LAYOUT_CODES);
export const isCleanupCode = isOneOf(CLEANUP_CODES);
export const isSelectorProblemCode = isOneOf(SELECTOR_PROBLEM_CODES);

/** The locale key of a code: `messageKey('signal', 'accept-button')` is `signal_accept_button`. */
export const messageKey = (prefix: 'signal' | 'layout' | 'cleanup' | 'rule', code: string): string =>
  `${prefix}_${code.replaceAll('-', '_')}`;

/** Every locale key the codes above need, for the test that each locale has them all. */
export function codeMessageKeys(): string[] {
  const key = messageKey;
  return [
    ...SIGNAL_CODES.map((c) => key('signal', c)),
    ...LAYOUT_CODES.map((c) => key('layout', c)),
    ...CLEANUP_CODES.map((c) => key('cleanup', c)),
    ...SELECTOR_PROBLEM_CODES.map((c) => key('rule', c)),
  ];
}
