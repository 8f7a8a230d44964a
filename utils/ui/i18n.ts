import { createI18n } from '@wxt-dev/i18n';

/** Named substitutions for a message: `{site}` in the text takes `subs.site`. */
export type Subs = Record<string, string | number>;
/** Looks a message up; with `count`, picks the singular or plural form (`one | many`). */
export type Translate = (key: string, subs?: Subs, count?: number) => string;

const i18n = createI18n();

/**
 * UI text from locales/<lang>.yml (compiled by @wxt-dev/i18n into _locales). A missing message
 * shows its key, which the unit tests and a glance at the page both catch.
 */
export const t: Translate = (key, subs, count) => {
  let text: string;
  if (count !== undefined) text = subs ? i18n.t(key, count, subs) : i18n.t(key, count);
  else text = subs ? i18n.t(key, subs) : i18n.t(key);
  return text || key;
};

/**
 * Fills the static text of a page: `data-i18n` (text content) and `data-i18n-<attribute>`
 * (placeholder, aria-label, title). The HTML keeps the English text, so an element whose
 * message is missing still reads well.
 */
export function localisePage(doc: Document): void {
  const lookup = (key: string) => browser.i18n.getMessage(key.replaceAll('.', '_'));
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = lookup(el.dataset.i18n ?? '');
    if (text) el.textContent = text;
  }
  for (const attr of ['placeholder', 'aria-label', 'title']) {
    for (const el of doc.querySelectorAll<HTMLElement>(`[data-i18n-${attr}]`)) {
      const text = lookup(el.getAttribute(`data-i18n-${attr}`) ?? '');
      if (text) el.setAttribute(attr, text);
    }
  }
  // The language of the messages in use (the browser's, or English where it has none).
  const lang = lookup('htmlLang');
  if (lang) doc.documentElement.lang = lang;
  const dir = browser.i18n.getMessage('@@bidi_dir');
  if (dir === 'rtl' || dir === 'ltr') doc.documentElement.dir = dir;
}
