import { ALL_PHRASE_SETS } from './phrases';
import type { PhraseSet } from './phrases/types';

export type ButtonKind = 'accept' | 'reject' | 'settings';

type Category = Exclude<keyof PhraseSet, 'lang'>;

/** Labels longer than this are sentences, not button labels. */
const LABEL_MAX = 80;
/** Link texts longer than this are sentences that merely contain a link. */
const LINK_MAX = 150;

// ---------------------------------------------------------------------------------------------------------
// Normalisation

/** Soft hyphens, zero-width spaces and joiners, direction marks, word joiners and byte-order marks. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
/** Runs of whitespace, or a single whitespace character other than a space: cheaper than /\s+/ on prose. */
const WHITESPACE = /\s{2,}|[^\S ]/g;

/** Lower-cases, applies NFKC, drops soft hyphens and zero-width characters, and collapses whitespace. */
export function normaliseText(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFKC').toLowerCase().replace(WHITESPACE, ' ').trim();
}

/**
 * Spelling variants that banners use interchangeably, folded to one form for matching only: typographic
 * apostrophes, Turkish dotted and dotless i, Romanian cedilla letters, Russian ё, Greek accents and final
 * sigma, and the Unicode hyphens that NFKC leaves alone.
 */
const FOLDS: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  '`': "'",
  ı: 'i',
  'i\u0307': 'i',
  ş: 'ș',
  ţ: 'ț',
  ё: 'е',
  ς: 'σ',
  ά: 'α',
  έ: 'ε',
  ή: 'η',
  ί: 'ι',
  ό: 'ο',
  ύ: 'υ',
  ώ: 'ω',
  ϊ: 'ι',
  ϋ: 'υ',
  ΐ: 'ι',
  ΰ: 'υ',
  '\u2010': '-',
  '\u2011': '-',
};
const FOLD_RE = /i\u0307|[\u2019\u2018\u02bc\u00b4`ışţёςάέήίόύώϊϋΐΰ\u2010\u2011]/g;
const foldChar = (c: string): string => FOLDS[c] ?? c;

function fold(text: string): string {
  return normaliseText(text).replace(FOLD_RE, foldChar);
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
// Compilation: one regular expression per category, built from a trie of all languages' phrases.

/**
 * Letters, combining marks and digits of the scripts that separate words with spaces (Latin, Greek,
 * Cyrillic), as explicit ranges: Unicode property classes make the boundary checks several times slower.
 */
const WORD =
  '[0-9a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0300-\\u03ff\\u0400-\\u052f\\u1e00-\\u1fff\\ua720-\\ua7ff]';
const WORD_CHAR = new RegExp(`^${WORD}$`, 'u');
const LEFT_BOUNDARY = `(?<!${WORD})`;
const RIGHT_BOUNDARY = `(?!${WORD})`;
/** A space or hyphen in a phrase matches a space, a hyphen or nothing. */
const SEP = '\ue000';
const SEP_PATTERN = '[ \\-]?';
const SEP_CHARS = /[ -]/g;
const SEP_RUN = /[ -]+/g;
const SEP_EDGES = /^\ue000|\ue000$/g;
const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/;

interface Entry {
  phrase: string;
  langs: string[];
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** undefined: no phrase ends here; 'star': the word may continue; 'word': whole word; 'open': no boundary. */
  end?: 'star' | 'word' | 'open';
}

interface Matcher {
  re: RegExp;
  entries: Map<string, Entry>;
}

const newNode = (): TrieNode => ({ children: new Map() });

function insert(root: TrieNode, tokens: string[], end: 'star' | 'word' | 'open'): void {
  let node = root;
  for (const t of tokens) {
    let next = node.children.get(t);
    if (!next) {
      next = newNode();
      node.children.set(t, next);
    }
    node = next;
  }
  // A phrase that lets the word continue subsumes the same phrase as a whole word.
  if (node.end === undefined || end === 'star' || (end === 'open' && node.end === 'word')) node.end = end;
}

function tokenPattern(t: string): string {
  if (t === SEP) return SEP_PATTERN;
  return REGEX_SYNTAX.test(t) ? `\\${t}` : t;
}

function emit(node: TrieNode): string {
  const alternatives: string[] = [];
  // Longer phrases first, so that the longest phrase at a position wins.
  for (const [t, child] of node.children) alternatives.push(tokenPattern(t) + emit(child));
  if (node.end !== undefined) alternatives.push(node.end === 'word' ? RIGHT_BOUNDARY : '');
  if (alternatives.length === 1) return alternatives[0] ?? '';
  return `(?:${alternatives.join('|')})`;
}

const classOf = (chars: string[]): string =>
  `[${chars.map((c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`).join('')}]`;

/**
 * The root of a trie has a branch for each first character, hundreds across all languages, and the
 * regular expression engine tries them one after another at every position. Guarding the whole root and
 * groups of about √n branches with character-class lookaheads turns that into a few class tests.
 */
function emitRoot(root: TrieNode): string {
  const branches = [...root.children].sort(([a], [b]) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
  const size = Math.max(4, Math.ceil(Math.sqrt(branches.length)));
  const groups: string[] = [];
  for (let i = 0; i < branches.length; i += size) {
    const group = branches.slice(i, i + size);
    const alternatives = group.map(([t, child]) => tokenPattern(t) + emit(child));
    groups.push(`(?=${classOf(group.map(([t]) => t))})(?:${alternatives.join('|')})`);
  }
  return `(?=${classOf(branches.map(([t]) => t))})(?:${groups.join('|')})`;
}

function compile(category: Category): Matcher {
  const bounded = newNode();
  const open = newNode();
  const entries = new Map<string, Entry>();
  for (const set of ALL_PHRASE_SETS) {
    for (const raw of set[category]) {
      const star = raw.endsWith('*');
      const display = star ? raw.slice(0, -1) : raw;
      const chars = Array.from(fold(display).replace(SEP_RUN, SEP).replace(SEP_EDGES, ''));
      if (chars.length === 0) continue;
      const key = chars.filter((c) => c !== SEP).join('');
      const entry = entries.get(key);
      if (entry) {
        if (!entry.langs.includes(set.lang)) entry.langs.push(set.lang);
      } else entries.set(key, { phrase: display, langs: [set.lang] });
      const first = chars[0] ?? '';
      const last = chars[chars.length - 1] ?? '';
      const end = star ? 'star' : WORD_CHAR.test(last) ? 'word' : 'open';
      insert(WORD_CHAR.test(first) ? bounded : open, chars, end);
    }
  }
  const parts: string[] = [];
  if (bounded.children.size) parts.push(LEFT_BOUNDARY + emitRoot(bounded));
  if (open.children.size) parts.push(emitRoot(open));
  // A pattern that never matches keeps the code paths uniform if a category is empty.
  return { re: new RegExp(parts.length ? parts.join('|') : '(?!)', 'gu'), entries };
}

const MATCHERS: Record<Category, Matcher> = {
  consent: compile('consent'),
  privacy: compile('privacy'),
  accept: compile('accept'),
  reject: compile('reject'),
  settings: compile('settings'),
  policy: compile('policy'),
  notConsent: compile('notConsent'),
};

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
  lastConsent ??= findEntries(MATCHERS.consent, folded);
  return lastConsent;
}

function phrasesOf(category: Category, text: string): string[] {
  if (!text) return [];
  const entries =
    category === 'consent' ? consentEntries(text) : findEntries(MATCHERS[category], foldCached(text));
  return entries.map((e) => e.phrase);
}

/** Whether `text` has any strong consent phrase: one regex test, for long texts where the list is not needed. */
export function hasConsentWording(text: string): boolean {
  return !!text && matches(MATCHERS.consent, foldCached(text));
}

/** Distinct strong consent phrases in `text`, as written in the phrase tables. */
export function consentPhrases(text: string): string[] {
  return phrasesOf('consent', text);
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
 * What a short button label does: 'reject' when it names any rejection (so "accept only necessary" is a
 * rejection), otherwise 'accept' or 'settings' by the longer phrase found ("allow selection" is settings,
 * "allow all" is accept), or null when it names no consent action, when a longer phrase of another kind of
 * overlay wins ("zapisz się" is a newsletter sign-up, not "zapisz"), or when it is too long to be a label.
 */
export function classifyButtonLabel(label: string): ButtonKind | null {
  const folded = fold(label);
  if (!folded || folded.length > LABEL_MAX) return null;
  if (matches(MATCHERS.reject, folded)) return 'reject';
  const accept = longestMatch(MATCHERS.accept, folded);
  const settings = longestMatch(MATCHERS.settings, folded);
  const best = Math.max(accept, settings);
  // "Zapisz się" (subscribe) contains "zapisz" (save), "通知を許可" (allow notifications) contains "許可".
  if (best === 0 || longestMatch(MATCHERS.notConsent, folded) > best) return null;
  return accept >= settings ? 'accept' : 'settings';
}

/** Whether a link text names a privacy or cookie policy ("Privacy policy", "Cookie-Richtlinie", "Learn more"). */
export function isPolicyLinkText(text: string): boolean {
  const folded = fold(text);
  return !!folded && folded.length <= LINK_MAX && matches(MATCHERS.policy, folded);
}

/**
 * Codes of the phrase sets whose consent phrases occur in `text`, most distinct phrases first; a phrase
 * shared by several languages ('cookies') counts for each of them.
 */
export function detectLanguages(text: string): string[] {
  if (!text) return [];
  const counts = new Map<string, number>();
  for (const entry of consentEntries(text)) {
    for (const lang of entry.langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const order = ALL_PHRASE_SETS.map((s) => s.lang);
  return [...counts.keys()].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || order.indexOf(a) - order.indexOf(b),
  );
}
