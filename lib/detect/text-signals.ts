import { fold } from './fold';
import { type Category, compileCategory, PHRASE_PART_LIMIT, phraseKey } from './phrase-compiler';
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
  sources: string[];
  /** One expression per source, each built when first used. */
  parts: (RegExp | undefined)[];
  entries: Map<string, Entry>;
}

const matchers = new Map<Category, Matcher>();

/** A category's matcher, built on first use: a page that never asks for one never builds it. */
function matcher(category: Category): Matcher {
  let m = matchers.get(category);
  if (!m) {
    const compiled = PRECOMPILED[category] ?? compileCategory(ALL_PHRASE_SETS, category, PHRASE_PART_LIMIT);
    m = {
      sources: compiled.sources,
      parts: [],
      entries: new Map(compiled.entries.map(([key, phrase]) => [key, { key, phrase: phrase ?? key }])),
    };
    matchers.set(category, m);
  }
  return m;
}

function part(matcher: Matcher, i: number): RegExp {
  let re = matcher.parts[i];
  if (!re) {
    re = new RegExp(matcher.sources[i] ?? '(?!)', 'gu');
    matcher.parts[i] = re;
  }
  return re;
}

/** Every match of one part in folded text, overlapping ones included: its start and text. */
function eachMatch(re: RegExp, folded: string, found: (index: number, text: string) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    found(m.index, m[0]);
    re.lastIndex = m.index + ((m[0].codePointAt(0) ?? 0) > 0xffff ? 2 : 1);
  }
}

/**
 * Steps that compile the named categories, for a caller that runs each in a task of its own so that
 * no task of its own gets long: one reads a category's data, then one per part runs it twice (V8
 * first compiles an expression to bytecode, and to machine code on a later run). Lazy: a category's
 * parts are counted once its data is read.
 */
export function* compileSteps(categories: readonly Category[]): Generator<() => void> {
  for (const category of categories) {
    yield () => matcher(category);
    const m = matcher(category);
    for (let i = 0; i < m.sources.length; i++) {
      yield () => {
        const re = part(m, i);
        re.lastIndex = 0;
        re.test('');
        re.lastIndex = 0;
        re.test('');
      };
    }
  }
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

/**
 * The distinct entries whose phrases occur in already folded text, overlapping matches included, in
 * the order they occur. Phrases that can match at one position begin with the same character and so
 * are in the same part: each position gives the phrase one expression of the whole would give.
 */
function findEntries(matcher: Matcher, folded: string): Entry[] {
  const hits: [index: number, entry: Entry][] = [];
  for (let i = 0; i < matcher.sources.length; i++) {
    eachMatch(part(matcher, i), folded, (index, text) => {
      const entry = matcher.entries.get(text.replace(SEP_CHARS, ''));
      if (entry) hits.push([index, entry]);
    });
  }
  if (matcher.sources.length > 1) hits.sort((a, b) => a[0] - b[0]);
  const found: Entry[] = [];
  for (const [, entry] of hits) if (!found.includes(entry)) found.push(entry);
  return found;
}

/** Length of the longest phrase of `matcher` in folded text, 0 when none occurs. */
function longestMatch(matcher: Matcher, folded: string): number {
  let longest = 0;
  for (let i = 0; i < matcher.sources.length; i++) {
    eachMatch(part(matcher, i), folded, (_, text) => {
      if (text.length > longest) longest = text.length;
    });
  }
  return longest;
}

function matches(matcher: Matcher, folded: string): boolean {
  for (let i = 0; i < matcher.sources.length; i++) {
    const re = part(matcher, i);
    re.lastIndex = 0;
    if (re.test(folded)) return true;
  }
  return false;
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
