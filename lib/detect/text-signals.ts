import { fold } from './fold';
import { type Category, compileCategory, phraseKey } from './phrase-compiler';
import { ALL_PHRASE_SETS } from './phrases';
import { PRECOMPILED } from './precompiled-phrases';

export { normaliseText } from './fold';

/**
 * What a consent button does. 'dismiss' closes or acknowledges a notice without naming a choice
 * ("Close", "×", "OK", "Got it", "Continue"): every kind of popup has one, so it is weaker evidence.
 */
export type ButtonKind = 'accept' | 'reject' | 'settings' | 'dismiss';

/** Every kind, in the order the classifier prefers them when phrases of several occur. */
export const BUTTON_KINDS: readonly ButtonKind[] = ['reject', 'accept', 'settings', 'dismiss'];

/** Labels longer than this are sentences, not button labels. */
const LABEL_MAX = 80;
/** Link texts longer than this are sentences that merely contain a link. */
const LINK_MAX = 150;

/** A label that is only a close sign: "×", "✕", "X" (icon buttons spelled as text). */
const CLOSE_SIGN = /^[x\u00d7\u2715\u2716\u2717\u2573\u274c\u274e]$/;

/** Characters a phrase's separators match; removed to find a match's entry. */
const SEP_CHARS = /[ -]/g;

interface Entry {
  key: string;
  phrase: string;
}

interface Matcher {
  re: RegExp;
  entries: Map<string, Entry>;
}

const matchers = new Map<Category, Matcher>();

/** A category's matcher, built on first use: a page that never asks for one never builds it. */
function matcher(category: Category): Matcher {
  let m = matchers.get(category);
  if (!m) {
    const compiled = PRECOMPILED[category] ?? compileCategory(ALL_PHRASE_SETS, category);
    m = {
      re: new RegExp(compiled.source, 'gu'),
      entries: new Map(compiled.entries.map(([key, phrase]) => [key, { key, phrase: phrase ?? key }])),
    };
    matchers.set(category, m);
  }
  return m;
}

// The matcher is often called several times on the same text (consent, privacy, not-consent, languages).
let lastInput: string | undefined;
let lastFolded = '';
let lastConsent: Entry[] | undefined;

function foldCached(text: string): string {
  if (text !== lastInput) {
    lastInput = text;
    lastFolded = fold(text);
    lastConsent = undefined;
  }
  return lastFolded;
}

// ---------------------------------------------------------------------------------------------------------
// Matching

/** The distinct entries whose phrases occur in already folded text, overlapping matches included. */
function findEntries(matcher: Matcher, folded: string): Entry[] {
  const { re, entries } = matcher;
  const found: Entry[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    const entry = entries.get(m[0].replace(SEP_CHARS, ''));
    if (entry && !found.includes(entry)) found.push(entry);
    re.lastIndex = m.index + ((m[0].codePointAt(0) ?? 0) > 0xffff ? 2 : 1);
  }
  return found;
}

/** Length of the longest phrase of `matcher` in folded text, 0 when none occurs. */
function longestMatch(matcher: Matcher, folded: string): number {
  const { re } = matcher;
  let longest = 0;
  re.lastIndex = 0;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    if (m[0].length > longest) longest = m[0].length;
    re.lastIndex = m.index + ((m[0].codePointAt(0) ?? 0) > 0xffff ? 2 : 1);
  }
  return longest;
}

function matches(matcher: Matcher, folded: string): boolean {
  matcher.re.lastIndex = 0;
  return matcher.re.test(folded);
}

function consentEntries(text: string): Entry[] {
  const folded = foldCached(text);
  lastConsent ??= findEntries(matcher('consent'), folded);
  return lastConsent;
}

function phrasesOf(category: Category, text: string): string[] {
  if (!text) return [];
  const entries =
    category === 'consent' ? consentEntries(text) : findEntries(matcher(category), foldCached(text));
  return entries.map((e) => e.phrase);
}

/** Whether `text` has any strong consent phrase: one regex test, for long texts where the list is not needed. */
export function hasConsentWording(text: string): boolean {
  return !!text && matches(matcher('consent'), foldCached(text));
}

/** Distinct strong consent phrases in `text`, as written in the phrase tables. */
export function consentPhrases(text: string): string[] {
  const phrases = phrasesOf('consent', text);
  // A statement begins where its cookie word does, so it is matched on its own, besides the word.
  if (phrases.length) for (const s of phrasesOf('statement', text)) if (!phrases.includes(s)) phrases.push(s);
  return phrases;
}

/** Distinct privacy phrases in `text`, as written in the phrase tables. */
export function privacyPhrases(text: string): string[] {
  return phrasesOf('privacy', text);
}

/** Distinct phrases in `text` of overlays that are not consent banners (logins, newsletters, app prompts, ...). */
export function notConsentPhrases(text: string): string[] {
  return phrasesOf('notConsent', text);
}

/**
 * What a short button label does: 'reject' when it names any rejection, or accepts only what is
 * necessary ("accept only necessary", "Notwendig akzeptieren"), otherwise 'accept' or 'settings' by the longer phrase found ("allow selection" is settings,
 * "allow all" is accept), 'dismiss' when it only closes or acknowledges ("Close", "OK", "×"; "OK, accept
 * all" names a choice and is 'accept'), or null when it names no consent action, when a longer phrase of
 * another kind of overlay wins ("zapisz się" is a newsletter sign-up, not "zapisz"; "continue reading" is
 * not "continue"), or when it is too long to be a label.
 */
export function classifyButtonLabel(label: string): ButtonKind | null {
  const folded = fold(label);
  if (!folded || folded.length > LABEL_MAX) return null;
  if (CLOSE_SIGN.test(folded)) return 'dismiss';
  if (matches(matcher('reject'), folded)) return 'reject';
  const accept = longestMatch(matcher('accept'), folded);
  const settings = longestMatch(matcher('settings'), folded);
  const choice = Math.max(accept, settings);
  const best = choice || longestMatch(matcher('dismiss'), folded);
  // "Zapisz się" (subscribe) contains "zapisz" (save), "通知を許可" (allow notifications) contains "許可".
  if (best === 0 || longestMatch(matcher('notConsent'), folded) > best) return null;
  if (choice === 0) return 'dismiss';
  if (accept < settings) return 'settings';
  // "Accept necessary", "Allow essential cookies": accepting only what cannot be refused is refusing.
  return matches(matcher('necessary'), folded) ? 'reject' : 'accept';
}

/** Whether a link text names a privacy or cookie policy ("Privacy policy", "Cookie-Richtlinie", "Learn more"). */
export function isPolicyLinkText(text: string): boolean {
  const folded = fold(text);
  return !!folded && folded.length <= LINK_MAX && matches(matcher('policy'), folded);
}

/** Which languages' consent tables hold each phrase key: built on first use (tests ask, pages do not). */
let consentLanguages: Map<string, string[]> | undefined;

function languagesOf(key: string): string[] {
  if (!consentLanguages) {
    consentLanguages = new Map();
    for (const set of ALL_PHRASE_SETS) {
      for (const raw of set.consent) {
        const langs = consentLanguages.get(phraseKey(raw)) ?? [];
        if (!langs.includes(set.lang)) langs.push(set.lang);
        consentLanguages.set(phraseKey(raw), langs);
      }
    }
  }
  return consentLanguages.get(key) ?? [];
}

/**
 * Codes of the phrase sets whose consent phrases occur in `text`, most distinct phrases first; a phrase
 * shared by several languages ('cookies') counts for each of them.
 */
export function detectLanguages(text: string): string[] {
  if (!text) return [];
  const counts = new Map<string, number>();
  for (const entry of consentEntries(text)) {
    for (const lang of languagesOf(entry.key)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const order = ALL_PHRASE_SETS.map((s) => s.lang);
  return [...counts.keys()].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || order.indexOf(a) - order.indexOf(b),
  );
}
