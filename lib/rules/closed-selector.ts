const CLOSERS: Record<string, string> = { '(': ')', '[': ']' };

/**
 * Whether a selector closes everything it opens, read as CSS tokens would be: brackets and
 * parentheses balanced, strings ended on their line, no comment, no escape at the very end,
 * nothing that belongs to a rule rather than a selector (`{`, `}`, `;`, `@`). `querySelector`
 * closes what is left open at the end of its input, but in a stylesheet an open `[`, `(`,
 * string or comment runs on into the rules after it; such a selector is refused, not repaired.
 */
export function isClosedSelector(selector: string): boolean {
  const open: string[] = [];
  let quote: string | null = null;
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i] as string;
    if (ch === '\\') {
      // An escape needs something to escape; a line break cannot be escaped inside a selector.
      const next = selector[i + 1];
      if (next === undefined || next === '\n' || next === '\r' || next === '\f') return false;
      i++;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\n' || ch === '\r' || ch === '\f') return false;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '/' && selector[i + 1] === '*') return false;
    else if (ch === '{' || ch === '}' || ch === ';' || ch === '@' || ch === '<') return false;
    else if (ch === '(' || ch === '[') open.push(CLOSERS[ch] as string);
    else if (ch === ')' || ch === ']') {
      if (open.pop() !== ch) return false;
    }
  }
  return quote === null && open.length === 0;
}
