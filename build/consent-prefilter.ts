/**
 * Build-time only: the sentinel's prefilter (`virtual:consent-prefilter`) in two stages.
 *
 * The prefilter's phrases, as one regular expression, are about 20 KB of pattern: V8 spends about
 * 10 ms compiling it, in every page-sized frame and in every cross-origin frame with a button,
 * before it has read a word of the page. So the page first scans for anchors: for each phrase, one
 * piece of one of its words (a piece of a word is in every text that holds the phrase). About 380
 * anchors cover the thousand phrases in 3 KB of pattern. Where an anchor is found, the
 * phrases it stands for are tested around it, with a small expression compiled the first time that
 * anchor is seen. Both stages together match exactly the texts the single expression matches.
 */
import { compileCategory } from '../lib/detect/phrase-compiler';
import type { PhraseSet } from '../lib/detect/phrases/types';
import { escapeForPattern, MAX_REACH, type PackedPrefilter } from '../lib/sentinel/consent-prefilter';

/**
 * Shortest anchor in scripts that separate words with spaces: shorter pieces ("ation", "inter")
 * are in every other word of ordinary text, and each sighting costs a second test.
 */
const MIN_ANCHOR = 6;
/** In scripts written without spaces (Han, kana, Hangul, Thai, ...) two characters already say a lot. */
const MIN_ANCHOR_DENSE = 2;
const DENSE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** A negative lookaround over a long character class: the phrase compiler's word-boundary assertions. */
export const WORD_BOUNDARY = /\(\?<?!\[[^\]]{40,}\]\)/g;

/** Every piece of the form's words that may stand for it (longest-word rule for short words). */
function candidatePieces(form: string): Set<string> {
  const words = form.split(' ').map((w) => Array.from(w));
  const longest = Math.max(...words.map((w) => w.length));
  const pieces = new Set<string>();
  for (const chars of words) {
    const dense = DENSE.test(chars.join(''));
    const min = dense ? Math.min(MIN_ANCHOR_DENSE, chars.length) : Math.min(MIN_ANCHOR, longest);
    for (let a = 0; a < chars.length; a++)
      for (let b = a + min; b <= chars.length; b++) pieces.add(chars.slice(a, b).join(''));
  }
  return pieces;
}

/**
 * Anchors for the forms: a greedy cover (the piece that stands for the most forms not yet covered,
 * per character of pattern, first), then no anchor that holds another (every sighting of the longer
 * is a sighting of the shorter, which takes over its forms): at any position of a text, at most one
 * anchor then starts, and the scan sees each.
 */
function chooseAnchors(forms: readonly string[]): Map<string, string[]> {
  const formsOf = new Map<string, number[]>();
  forms.forEach((form, i) => {
    for (const piece of candidatePieces(form)) {
      const list = formsOf.get(piece);
      if (list) list.push(i);
      else formsOf.set(piece, [i]);
    }
  });
  const uncovered = new Set(forms.keys());
  const chosen: string[] = [];
  while (uncovered.size) {
    let best = '';
    let bestScore = 0;
    for (const [piece, list] of formsOf) {
      let n = 0;
      for (const i of list) if (uncovered.has(i)) n++;
      const score = n / (Array.from(piece).length + 3);
      // Ties: the longer piece (rarer in ordinary text), then the first in code-point order (a stable build).
      if (
        score > bestScore ||
        (score === bestScore &&
          score > 0 &&
          (piece.length > best.length || (piece.length === best.length && piece < best)))
      ) {
        best = piece;
        bestScore = score;
      }
    }
    chosen.push(best);
    for (const i of formsOf.get(best) ?? []) uncovered.delete(i);
  }
  const anchors = chosen.filter((a) => !chosen.some((b) => b !== a && a.includes(b)));
  const groups = new Map<string, string[]>(anchors.map((a) => [a, []]));
  for (const form of forms) {
    const anchor = anchors.find((a) => form.includes(a));
    if (!anchor) throw new Error(`consent prefilter: no anchor for "${form}"`);
    groups.get(anchor)?.push(form);
  }
  // An anchor whose forms all went to another stands for nothing: scanning for it would cost a test.
  for (const [anchor, own] of groups) if (!own.length) groups.delete(anchor);
  return groups;
}

/** The prefilter's forms (each holding no other) in two stages: anchors, then the forms of each. */
export function packPrefilter(forms: readonly string[]): PackedPrefilter {
  const long = forms.find((form) => form.length > MAX_REACH);
  if (long)
    throw new Error(`consent prefilter: "${long}" is longer than the reach around an anchor (${MAX_REACH})`);
  const groups = chooseAnchors(forms);
  const anchors = [...groups.keys()].sort();
  const scan: PhraseSet = { lang: 'anchors', consent: anchors } as unknown as PhraseSet;
  return {
    // The compiler's trie, with its character-class guards; anchors need no word boundaries.
    source: (compileCategory([scan], 'consent').sources[0] ?? '').replace(WORD_BOUNDARY, ''),
    anchors: anchors.join('\n'),
    verify: anchors
      .map((anchor) => {
        const own = groups.get(anchor) ?? [];
        // An anchor that is itself a whole one-word form needs no second look.
        if (own.includes(anchor)) return '';
        // Its spaces stay: the page turns them into separators.
        return own.map(escapeForPattern).join('|');
      })
      .join('\n'),
  };
}
