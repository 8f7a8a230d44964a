/** Prefixes of CSS-in-JS libraries' generated class names (anchored and bounded: no backtracking). */
const LIBRARY_PREFIX = /^(css|sc|jsx|emotion|svelte)-/;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const UNDERSCORE = 95;

/**
 * Class names and ids that build tools generate: they change with every deploy, so paths avoid
 * them. Three digits in a row; a CSS-in-JS prefix; five letters or digits between underscores
 * (`_a1b2c_`); six or more letters and digits mixing both (`x7f3k2`); or camel case with two
 * capitals (`bannerWrapXy`). Read in one pass over the name: a page's crafted class name
 * costs its length, never more (a regular expression for the last pattern backtracked).
 */
export function isHashedName(name: string): boolean {
  if (LIBRARY_PREFIX.test(name)) return true;
  let digitRun = 0;
  let digits = 0;
  let uppers = 0;
  let letters = 0;
  let allAlnum = true;
  /** Letters and digits since the last underscore; -1 when anything else came in between, or none yet. */
  let sinceUnderscore = -1;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const digit = isDigit(c);
    const letter = isUpper(c) || isLower(c);
    digitRun = digit ? digitRun + 1 : 0;
    if (digitRun >= 3) return true;
    if (c === UNDERSCORE) {
      if (sinceUnderscore === 5) return true;
      sinceUnderscore = 0;
    } else if (digit || letter) {
      if (sinceUnderscore >= 0) sinceUnderscore++;
    } else sinceUnderscore = -1;
    if (digit) digits++;
    if (letter) letters++;
    if (isUpper(c)) uppers++;
    if (!digit && !letter) allAlnum = false;
  }
  if (sinceUnderscore === 5) return true;
  if (allAlnum && name.length >= 6 && digits > 0 && letters > 0) return true;
  // camelCase with two capitals: a lower-case start, letters only.
  return allAlnum && digits === 0 && isLower(name.charCodeAt(0)) && uppers >= 2;
}

/** Longer ids and class names make a path nobody can read (and a page can make them huge): skipped. */
const MAX_NAME_IN_PATH = 60;

const usable = (name: string) => name.length <= MAX_NAME_IN_PATH && !isHashedName(name);

function escapeIdent(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/[^\w-]/g, '\\$&');
}

/** One step of a path: tag, then id, or the first stable-looking classes, else nth-of-type. */
function step(el: Element): string {
  const tag = el.localName;
  if (el.id && usable(el.id)) return `${tag}#${escapeIdent(el.id)}`;
  const classes = [...el.classList].filter(usable).slice(0, 2);
  if (classes.length) return `${tag}${classes.map((c) => `.${escapeIdent(c)}`).join('')}`;
  const parent = el.parentElement;
  if (!parent) return tag;
  const same = [...parent.children].filter((c) => c.localName === tag);
  return same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(el) + 1})` : tag;
}

/**
 * A short CSS path that identifies an element for people and for per-site rules:
 * it stops at the first ancestor with an id, and at four steps.
 */
export function cssPath(el: Element): string {
  const parts: string[] = [];
  let node: Element | null = el;
  while (node && parts.length < 4 && node.localName !== 'body' && node.localName !== 'html') {
    parts.unshift(step(node));
    if (node.id && usable(node.id)) break;
    node = node.parentElement;
  }
  return parts.join(' > ') || el.localName;
}
