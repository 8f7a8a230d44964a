/**
 * Class names and ids that build tools generate (CSS modules, CSS-in-JS, framework ids): they
 * change with a deploy, or with every load, so a rule that names them stops working.
 */
const GENERATED_PREFIX = /^(css|sc|jsx|emotion|svelte|styled|tw|chakra|mui-\d)-/i;
/** CSS modules: `Banner_root__a8f3k`, `banner__3xYz1`, `styles_box_1a2b3`. */
const MODULE_HASH = /(__|_)[0-9a-zA-Z-]{5,}$/;
/** The CSS-modules pattern itself, `[name]_[local]__[hash]`, whatever letters the hash has. */
const MODULE_PATTERN = /^[a-zA-Z0-9-]+_[a-zA-Z0-9-]+__[\w-]{4,}$/;
/** A segment with letters and digits mixed, like a hash: `a1b2c3`, `x9Kq2`, `3fz7k`. */
const MIXED_SEGMENT = /(^|[-_])(?=[a-zA-Z]*\d)(?=\d*[a-zA-Z])[0-9a-zA-Z]{5,}($|[-_])/;
/** Long runs of digits: counters and timestamps (`ember1234`, `modal-1700000000`). */
const DIGIT_RUN = /\d{3,}/;
/** Short random-case words of styled-components (`bdfBwQ`, `kQzXrp`). */
const RANDOM_CASE = /^(?=[a-z]*[A-Z][a-z]*[A-Z])[a-zA-Z]{5,8}$/;
/** Framework-generated ids (`:r1:`, `«r5»`) and anything with characters no author types. */
const ODD_CHARACTERS = /[^\w-]/;

export function looksGenerated(name: string): boolean {
  if (!name || name.length > 60) return true;
  if (GENERATED_PREFIX.test(name) || ODD_CHARACTERS.test(name) || DIGIT_RUN.test(name)) return true;
  if (RANDOM_CASE.test(name) || MODULE_PATTERN.test(name)) return true;
  if (MODULE_HASH.test(name)) {
    const tail = name.slice(name.search(MODULE_HASH)).replace(/^_+/, '');
    // `cookie__notice` is BEM, not a hash: a hash has a digit or mixed case.
    if (/\d/.test(tail) || (/[a-z]/.test(tail) && /[A-Z]/.test(tail))) return true;
  }
  return MIXED_SEGMENT.test(name);
}
