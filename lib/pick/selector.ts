import { looksGenerated } from './generated-names';

/** Attributes that test suites and accessibility put on elements on purpose: they outlive a redesign. */
const TEST_ATTRIBUTES = ['data-testid', 'data-test-id', 'data-test', 'data-qa', 'data-cy'];
/** Attributes that say what an element is; specific enough combined with others. */
const MEANING_ATTRIBUTES = ['role', 'aria-label', 'aria-modal', 'name'];
/** Longer attribute values are sentences that a site edits; they do not make lasting rules. */
const MAX_ATTRIBUTE_VALUE = 80;
/** How far up an anchoring ancestor is looked for before falling back to a structural path. */
const MAX_ANCESTOR_STEPS = 6;
/** Enough class combinations to find a specific one without trying every subset. */
const MAX_CLASSES = 4;

export type SelectorKind = 'id' | 'attribute' | 'class' | 'anchored' | 'structural';

export interface PickedSelector {
  selector: string;
  /** How lasting the selector is expected to be, for the bar and for tests. */
  kind: SelectorKind;
}

function escapeIdent(value: string): string {
  if (typeof CSS !== 'undefined' && typeof CSS.escape === 'function') return CSS.escape(value);
  return value.replace(/^(\d)/, '\\3$1 ').replace(/[^\w-]/g, '\\$&');
}

function attributeSelector(name: string, value: string): string {
  return `[${name}="${value.replace(/["\\]/g, '\\$&')}"]`;
}

function stableClasses(el: Element): string[] {
  return [...el.classList]
    .filter((c) => !looksGenerated(c) && !c.startsWith('unbanner'))
    .slice(0, MAX_CLASSES);
}

/** Simple selectors for one element, most lasting first. */
function ownParts(el: Element): { part: string; kind: SelectorKind }[] {
  const tag = el.localName;
  const out: { part: string; kind: SelectorKind }[] = [];
  if (el.id && !looksGenerated(el.id)) out.push({ part: `#${escapeIdent(el.id)}`, kind: 'id' });
  for (const name of TEST_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value && value.length <= MAX_ATTRIBUTE_VALUE && !looksGenerated(value)) {
      out.push({ part: attributeSelector(name, value), kind: 'attribute' });
    }
  }
  const classes = stableClasses(el).map((c) => `.${escapeIdent(c)}`);
  for (const c of classes) out.push({ part: `${tag}${c}`, kind: 'class' });
  for (let i = 0; i < classes.length; i++) {
    for (let j = i + 1; j < classes.length; j++)
      out.push({ part: `${tag}${classes[i]}${classes[j]}`, kind: 'class' });
  }
  const meaning = MEANING_ATTRIBUTES.flatMap((name) => {
    const value = el.getAttribute(name);
    return value && value.length <= MAX_ATTRIBUTE_VALUE ? [attributeSelector(name, value)] : [];
  });
  for (const m of meaning) out.push({ part: `${tag}${m}`, kind: 'attribute' });
  if (meaning.length > 1) out.push({ part: `${tag}${meaning.join('')}`, kind: 'attribute' });
  for (const c of classes) for (const m of meaning) out.push({ part: `${tag}${c}${m}`, kind: 'attribute' });
  return out;
}

function matchesOnly(doc: Document, selector: string, el: Element): boolean {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/** `tag:nth-child(n)` steps from `top` (exclusive) down to `el`. */
function structuralSteps(el: Element, top: Element): string[] {
  const steps: string[] = [];
  for (let n: Element | null = el; n && n !== top; n = n.parentElement) {
    const parent: Element | null = n.parentElement;
    if (!parent) break;
    steps.unshift(`${n.localName}:nth-child(${[...parent.children].indexOf(n) + 1})`);
  }
  return steps;
}

/**
 * A CSS selector that matches exactly `el` in its document and keeps matching it on the next
 * load: stable ids, test and ARIA attributes and stable class names first; the same anchored
 * to a stable ancestor; a structural path of child positions only as a last resort. Null for
 * the document's root, head and body, which no rule may hide.
 */
export function pickSelector(el: Element): PickedSelector | null {
  const doc = el.ownerDocument;
  if (el === doc.documentElement || el === doc.body || el === doc.head || !el.parentElement) return null;
  const own = ownParts(el);
  for (const { part, kind } of own) if (matchesOnly(doc, part, el)) return { selector: part, kind };

  // Anchored: a specific ancestor, then the element's own part (or its tag) below it.
  const tails = [...own.map((o) => o.part), el.localName];
  let child = el;
  for (let step = 0; step < MAX_ANCESTOR_STEPS; step++) {
    const ancestor = child.parentElement;
    if (!ancestor || ancestor === doc.body || ancestor === doc.documentElement) break;
    const direct = step === 0;
    for (const { part: anchor } of ownParts(ancestor)) {
      if (!matchesOnly(doc, anchor, ancestor)) continue;
      for (const tail of tails) {
        const selector = `${anchor}${direct ? ' > ' : ' '}${tail}`;
        if (matchesOnly(doc, selector, el)) return { selector, kind: 'anchored' };
      }
      const path = `${anchor} > ${structuralSteps(el, ancestor).join(' > ')}`;
      if (matchesOnly(doc, path, el)) return { selector: path, kind: 'structural' };
    }
    child = ancestor;
  }

  const body = doc.body;
  if (!body?.contains(el)) return null;
  const path = `body > ${structuralSteps(el, body).join(' > ')}`;
  return matchesOnly(doc, path, el) ? { selector: path, kind: 'structural' } : null;
}
