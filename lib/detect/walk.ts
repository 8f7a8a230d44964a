/** Gives the shadow root of an element, open or (where the browser lets an extension) closed. */
export type ShadowRootOf = (el: Element) => ShadowRoot | null;

export const openShadowRoot: ShadowRootOf = (el) => el.shadowRoot;

/**
 * A custom element not defined yet, or one with an empty shadow root, will draw its content later;
 * a defined one without a shadow root is a light-DOM component (app shells are): not waited for.
 */
export function awaitsShadowContent(host: Element, shadowRootOf: ShadowRootOf): boolean {
  const shadow = shadowRootOf(host);
  return shadow ? shadow.childNodes.length === 0 : host.matches(':not(:defined)');
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/**
 * A closed dialog, or an element the page marks hidden, draws nothing (the browser's own styles
 * say so): a component's settings dialog waiting in its shadow root is not what the banner says.
 */
function neverRendered(el: Element): boolean {
  return el.hasAttribute('hidden') || (el.localName === 'dialog' && !el.hasAttribute('open'));
}

/**
 * Visits the elements and text of a subtree, entering shadow roots, up to a budget of
 * elements; returns false from `visit` to skip an element's children.
 */
export function walkSubtree(
  root: Element,
  shadowRootOf: ShadowRootOf,
  onElement: (el: Element) => boolean | undefined,
  onText: (text: string, parent: Element) => void,
  budget = 2000,
): void {
  let left = budget;
  const visit = (node: Node, parent: Element): void => {
    for (let child = node.firstChild; child && left > 0; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const t = child.nodeValue;
        if (t?.trim()) onText(t, parent);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIP.has(el.localName) || neverRendered(el)) continue;
        left--;
        if (onElement(el) === false) continue;
        const shadow = shadowRootOf(el);
        if (shadow) visit(shadow, el);
        visit(el, el);
      }
    }
  };
  left--;
  if (onElement(root) === false) return;
  const shadow = shadowRootOf(root);
  if (shadow) visit(shadow, root);
  visit(root, root);
}
