/** Shorter required text than this tells too little about a URL to be worth a check. */
const MIN_LITERAL = 4;
const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);
/** The scheme's text is in nearly every URL: never the one kept. */
const SCHEME = /^(https?:?\/*|:\/\/)$/;

/**
 * Text that every URL a rule's pattern matches must contain, found when the package is built: the
 * content script then tests `url.includes(text)` and compiles and runs the pattern only on a URL
 * that has it (most rules are for one site, and every frame of every page asks about each).
 * Only plain characters outside any group or class count, a character made optional by a
 * quantifier is left out, and a pattern with a top-level `|` has none. '' when there is none.
 */
export function urlLiteral(pattern: string): string {
  const runs: string[] = [];
  let run = '';
  let depth = 0;
  let inClass = false;
  const end = () => {
    if (run) runs.push(run);
    run = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    // A class ends at its first unescaped ']' whatever it holds; a group at its matching ')'.
    if (inClass) {
      if (ch === '\\') i++;
      else if (ch === ']') inClass = false;
      continue;
    }
    if (depth > 0) {
      if (ch === '\\') i++;
      else if (ch === '[') inClass = true;
      else if (ch === '(') depth++;
      else if (ch === ')') depth--;
      continue;
    }
    if (ch === '|') return '';
    if (ch === '{') {
      // A quantifier's bounds ({2}, {0,1}) are not text of the URL.
      const close = pattern.indexOf('}', i);
      end();
      if (close < 0) return runs.length ? pick(runs) : '';
      i = close;
      continue;
    }
    let literal: string | null = null;
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      i++;
      // \w, \d, \b …: a class or an assertion, not a character.
      if (next && !/[a-zA-Z0-9]/.test(next)) literal = next;
    } else if (!SPECIAL.has(ch)) literal = ch;
    else if (ch === '(') depth++;
    else if (ch === '[') inClass = true;
    const after = pattern[i + 1];
    if (literal !== null && (after === '?' || after === '*' || after === '{')) literal = null;
    if (literal === null) {
      end();
      continue;
    }
    run += literal;
    if (after === '+') end();
  }
  end();
  return pick(runs);
}

/** The longest run worth a check. */
function pick(runs: string[]): string {
  const useful = runs.filter((r) => r.length >= MIN_LITERAL && !SCHEME.test(r));
  return useful.reduce((best, r) => (r.length > best.length ? r : best), '');
}
