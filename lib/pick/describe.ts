import { shortText } from '../dom/text';

/** How much of an element's text the pick bar quotes. */
const QUOTE_LIMIT = 60;

/** What the bar says about an outlined element, as values: the UI puts them into words. */
export interface PickDescription {
  /** Its name for people: its aria-label, else its role, else its tag (`div`). */
  name: string;
  /** The start of its text, or empty. */
  text: string;
  width: number;
  height: number;
}

export function describePick(el: Element, rect: { width: number; height: number }): PickDescription {
  const label = el.getAttribute('aria-label')?.trim();
  const role = el.getAttribute('role')?.trim();
  return {
    name: (label || role || el.localName).slice(0, QUOTE_LIMIT),
    text: shortText(el, QUOTE_LIMIT),
    width: Math.round(rect.width),
    height: Math.round(rect.height),
  };
}
