/** Class names and ids that build tools generate: they change with every deploy, so paths avoid them. */
const HASHED =
  /\d{3,}|^(css|sc|jsx|emotion|svelte)-|_[0-9a-zA-Z]{5}(_|$)|^(?=[a-zA-Z]*\d)(?=\d*[a-zA-Z])[0-9a-zA-Z]{6,}$|^[a-z]+[A-Z][a-zA-Z]*[A-Z][a-zA-Z]*$/;

function escapeIdent(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/[^\w-]/g, '\\$&');
}

/** One step of a path: tag, then id, or the first stable-looking classes, else nth-of-type. */
function step(el: Element): string {
  const tag = el.localName;
  if (el.id && !HASHED.test(el.id)) return `${tag}#${escapeIdent(el.id)}`;
  const classes = [...el.classList].filter((c) => !HASHED.test(c)).slice(0, 2);
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
    if (node.id && !HASHED.test(node.id)) break;
    node = node.parentElement;
  }
  return parts.join(' > ') || el.localName;
}
