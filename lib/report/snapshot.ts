/** A report stays small enough to read in the popup and to attach to an issue. */
export const MAX_SNAPSHOT_ELEMENTS = 400;
/** Text longer than this in one node is cut (a report is about layout and wording, not articles). */
const MAX_TEXT = 500;
/** Elements whose content is code or a form's data, never copied. */
const DROPPED = new Set(['script', 'noscript', 'template', 'object', 'embed']);
/** Attributes that carry data a user typed or a page's code: never copied. */
const DROPPED_ATTRIBUTES = /^(on|value$|srcdoc$|nonce$|integrity$)/i;

export interface SnapshotElement {
  /** Index in document order within the snapshot; `data-unbanner-report` in the markup. */
  index: number;
  tag: string;
  position: string;
  display: string;
  zIndex: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Snapshot {
  markup: string;
  elements: SnapshotElement[];
  /** True when the subtree had more elements than a report keeps. */
  truncated: boolean;
}

export type ShadowRootOf = (el: Element) => ShadowRoot | null;

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

function safeAttribute(name: string, value: string): boolean {
  if (DROPPED_ATTRIBUTES.test(name) || name.startsWith('data-unbanner')) return false;
  // No script URLs in links or sources.
  return !/^\s*(javascript|data|vbscript):/i.test(value) || name === 'class';
}

/**
 * A copy of an element's subtree as markup a fixture page can show: without scripts, event
 * handlers or form values; open (and, where the extension can reach them, closed) shadow roots
 * inlined as declarative shadow DOM; each element's computed position, display, z-index and
 * box recorded beside it.
 */
export function snapshotSubtree(root: Element, win: Window, shadowRootOf: ShadowRootOf): Snapshot {
  const elements: SnapshotElement[] = [];
  let truncated = false;

  const visit = (el: Element): string => {
    const tag = el.localName;
    if (DROPPED.has(tag)) return '';
    if (elements.length >= MAX_SNAPSHOT_ELEMENTS) {
      truncated = true;
      return '';
    }
    const index = elements.length;
    const cs = win.getComputedStyle(el);
    const r = el.getBoundingClientRect();
    elements.push({
      index,
      tag,
      position: cs.position,
      display: cs.display,
      zIndex: cs.zIndex,
      left: Math.round(r.left),
      top: Math.round(r.top),
      width: Math.round(r.width),
      height: Math.round(r.height),
    });
    const attributes = [...el.attributes]
      .filter((a) => safeAttribute(a.name, a.value))
      .map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`)
      .join('');
    const open = `<${tag}${attributes} data-unbanner-report="${index}">`;
    if (/^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/.test(tag)) return open;
    let inner = '';
    const shadow = shadowRootOf(el);
    if (shadow) {
      inner += `<template shadowrootmode="open">${[...shadow.childNodes].map(node).join('')}</template>`;
    }
    // A text field's content is what the user typed: left out.
    if (tag !== 'textarea') inner += [...el.childNodes].map(node).join('');
    return `${open}${inner}</${tag}>`;
  };

  const node = (n: Node): string => {
    if (n.nodeType === 1) return visit(n as Element);
    if (n.nodeType === 3) return escapeText((n.nodeValue ?? '').slice(0, MAX_TEXT));
    return '';
  };

  const markup = visit(root);
  return { markup, elements, truncated };
}
