import { fold } from './fold';
import type { PhraseSet } from './phrases/types';

/**
 * Turns the phrase tables into one regular expression per category. Compiling costs a page
 * milliseconds, so the matcher compiles a category only when it is first asked for: every page
 * needs 'consent' (the first test of any text), the others only where an overlay is scored.
 */

export type Category = Exclude<keyof PhraseSet, 'lang'>;

/**
 * A phrase's key (folded, without separators) and how it is shown when that differs from the key.
 * Which languages use a phrase is not shipped: only tests ask (text-signals' detectLanguages).
 */
export type CompiledEntry = [key: string, phrase?: string];

/**
 * Characters of pattern per expression. V8 compiles an expression as a whole when it is first run:
 * the 'consent' category as one (62 KB) took 60-75 ms in one task when the detector arrived on a page;
 * parts of this size take at most ~15 ms each, and scanning with all of them costs about what one did.
 */
export const PHRASE_PART_LIMIT = 12_000;

export interface CompiledCategory {
  /** Regular expression sources, each used with the flags 'gu': together they match the category. */
  sources: string[];
  entries: CompiledEntry[];
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
const SEP_PATTERN = '[ -]?';
const SEP_RUN = /[ -]+/g;
const SEP_EDGES = /^\ue000|\ue000$/g;
const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/;

interface TrieNode {
  children: Map<string, TrieNode>;
  /** undefined: no phrase ends here; 'star': the word may continue; 'word': whole word; 'open': no boundary. */
  end?: 'star' | 'word' | 'open';
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

/**
 * A node's pattern, and whether every phrase through it ends as a whole word. Such a pattern leaves its
 * right boundary to the caller, so that siblings that all need it share one: `(?:a|b)(?!W)` matches
 * exactly as `a(?!W)|b(?!W)` (the engine backtracks into the group), and the boundary class is long.
 */
function emit(node: TrieNode): [pattern: string, wholeWord: boolean] {
  const children = [...node.children].map(([t, child]) => {
    const [pattern, wholeWord] = emit(child);
    return [tokenPattern(t) + pattern, wholeWord] as const;
  });
  const wholeWord = node.end !== 'star' && node.end !== 'open' && children.every(([, w]) => w);
  // Longer phrases first, so that the longest phrase at a position wins.
  const alternatives = children.map(([p, w]) => (w && !wholeWord ? p + RIGHT_BOUNDARY : p));
  if (node.end !== undefined) alternatives.push(node.end === 'word' && !wholeWord ? RIGHT_BOUNDARY : '');
  return [oneOf(alternatives), wholeWord];
}

function oneOf(alternatives: string[]): string {
  if (alternatives.length === 1) return alternatives[0] ?? '';
  return `(?:${alternatives.join('|')})`;
}

/** A branch's pattern with its right boundary, if it still owes one. */
function branch(t: string, child: TrieNode): string {
  const [pattern, wholeWord] = emit(child);
  return tokenPattern(t) + pattern + (wholeWord ? RIGHT_BOUNDARY : '');
}

/** Letters and digits stand for themselves in a class; anything else is written as its code point. */
const classChar = (code: number): string => {
  const c = String.fromCodePoint(code);
  return /^[\p{L}\p{N}]$/u.test(c) ? c : `\\u{${code.toString(16)}}`;
};

/**
 * A character class, written short: literal letters, and runs of three or more consecutive code
 * points as ranges (the sentinel's prefilter is mostly first letters, and its size is parsed in
 * every frame).
 */
function classOf(chars: string[]): string {
  const codes = [...new Set(chars.map((c) => c.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === (codes[j] ?? 0) + 1) j++;
    const first = codes[i] ?? 0;
    const last = codes[j] ?? 0;
    if (j - i >= 2) out += `${classChar(first)}-${classChar(last)}`;
    else for (let k = i; k <= j; k++) out += classChar(codes[k] ?? 0);
    i = j + 1;
  }
  return `[${out}]`;
}

/**
 * The root of a trie has a branch for each first character, hundreds across all languages, and the
 * regular expression engine tries them one after another at every position. Guarding the whole root and
 * groups of about √n branches with character-class lookaheads turns that into a few class tests.
 */
function emitRoot(branches: [string, string][]): string {
  const size = Math.max(4, Math.ceil(Math.sqrt(branches.length)));
  const groups: string[] = [];
  for (let i = 0; i < branches.length; i += size) {
    const group = branches.slice(i, i + size);
    groups.push(`(?=${classOf(group.map(([t]) => t))})(?:${group.map(([, p]) => p).join('|')})`);
  }
  return `(?=${classOf(branches.map(([t]) => t))})(?:${groups.join('|')})`;
}

/** A root's branches, each a first character and its pattern, in code point order. */
function rootBranches(root: TrieNode): [string, string][] {
  return [...root.children]
    .sort(([a], [b]) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0))
    .map(([t, child]) => [t, branch(t, child)]);
}

/**
 * Consecutive runs of branches whose patterns add up to at most `limit` characters (a branch longer
 * than that alone). Phrases that can match at the same position share their first character, so
 * they stay in one run: each run's expression picks the same phrase there as the whole would.
 */
function runsOf(branches: [string, string][], limit: number): [string, string][][] {
  const runs: [string, string][][] = [];
  let run: [string, string][] = [];
  let length = 0;
  for (const b of branches) {
    if (run.length && length + b[1].length > limit) {
      runs.push(run);
      run = [];
      length = 0;
    }
    run.push(b);
    length += b[1].length;
  }
  if (run.length) runs.push(run);
  return runs;
}

/** A phrase as written in a table ('cookie*'): how it is shown, and its characters with separators marked. */
function parsePhrase(raw: string): { display: string; star: boolean; chars: string[] } {
  const star = raw.endsWith('*');
  const display = star ? raw.slice(0, -1) : raw;
  return { display, star, chars: Array.from(fold(display).replace(SEP_RUN, SEP).replace(SEP_EDGES, '')) };
}

/** A phrase folded, each separator as one space: one holds another when this form holds the other's. */
export function phraseForm(raw: string): string {
  return parsePhrase(raw)
    .chars.map((c) => (c === SEP ? ' ' : c))
    .join('');
}

/** The key a match of `raw` is found under: folded, without separators. */
export function phraseKey(raw: string): string {
  return parsePhrase(raw)
    .chars.filter((c) => c !== SEP)
    .join('');
}

/**
 * A category as regular expressions of at most about `partLimit` characters each (one when no limit
 * is given). V8 compiles a long expression in one go on its first use, tens of milliseconds for the
 * 'consent' category: in parts, the detector compiles one part per task.
 */
export function compileCategory(
  sets: PhraseSet[],
  category: Category,
  partLimit = Infinity,
): CompiledCategory {
  const bounded = newNode();
  const open = newNode();
  /** Each key's display form, from the first table that has it. */
  const entries = new Map<string, string>();
  for (const set of sets) {
    for (const raw of set[category] ?? []) {
      const { display, star, chars } = parsePhrase(raw);
      if (chars.length === 0) continue;
      const key = chars.filter((c) => c !== SEP).join('');
      if (!entries.has(key)) entries.set(key, display);
      const first = chars[0] ?? '';
      const last = chars[chars.length - 1] ?? '';
      const end = star ? 'star' : WORD_CHAR.test(last) ? 'word' : 'open';
      insert(WORD_CHAR.test(first) ? bounded : open, chars, end);
    }
  }
  const bParts = runsOf(rootBranches(bounded), partLimit).map((run) => LEFT_BOUNDARY + emitRoot(run));
  const oParts = runsOf(rootBranches(open), partLimit).map((run) => emitRoot(run));
  // Bounded phrases begin with a letter of a spaced script, open ones never: they never compete.
  const sources = partLimit === Infinity ? [[...bParts, ...oParts].join('|')] : [...bParts, ...oParts];
  // A pattern that never matches keeps the code paths uniform if a category is empty.
  return {
    sources: sources.filter(Boolean).length ? sources.filter(Boolean) : ['(?!)'],
    entries: [...entries].map(([key, display]) => (display === key ? [key] : [key, display])),
  };
}
