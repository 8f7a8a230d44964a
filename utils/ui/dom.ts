/** The element with this id; the pages' HTML has every id their scripts ask for. */
export const byId = <T extends HTMLElement = HTMLElement>(id: string, doc: Document = document): T =>
  doc.getElementById(id) as T;

export interface ElementProps {
  className?: string;
  /** Set as text, never as markup: much of what the pages show comes from web pages. */
  text?: string;
  /** A stable name for controls that keep focus across re-renders (`data-focus`). */
  focus?: string;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  doc: Document = document,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.focus) node.dataset.focus = props.focus;
  return node;
}

/** A plain button (not a form's submit button) that runs `onClick`. */
export function button(
  text: string,
  onClick: () => void,
  props: Omit<ElementProps, 'text'> = {},
  doc: Document = document,
): HTMLButtonElement {
  const b = el('button', { ...props, text }, doc);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}
