import type { TabRemoval } from '@/utils/tab-log';
import { describeCleanups, labelOf, reasonOf } from './describe';
import type { Translate } from './i18n';

export interface RemovalActions {
  onShowAgain: (r: TabRemoval) => void;
  onHideAgain: (r: TabRemoval) => void;
  onAlwaysShow: (r: TabRemoval) => void;
  onUndoAlwaysShow: (r: TabRemoval) => void;
}

/** The detector's code for a cookie wall over a page that holds no article (lib/detect/detector.ts). */
const CONTENT_WITHHELD = 'content-withheld';

export type RemovalAction = 'show-again' | 'hide-again' | 'always-show' | 'undo-always-show';

/** Identifies a removal across re-renders (ids are per frame). */
export function removalKey(r: Pick<TabRemoval, 'frameId' | 'id'>): string {
  return `${r.frameId}:${r.id}`;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  // Page text is untrusted: it only ever goes in as text, never as markup.
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * One removal as a list item: what it was, why it was hidden, a snippet of its text, the
 * frame it was in, and what the user can do. Everything from the page is set as text.
 */
export function renderRemoval(
  doc: Document,
  r: TabRemoval,
  opts: { allowed: boolean; index: number; t: Translate },
  actions: RemovalActions,
): HTMLLIElement {
  const { t, allowed } = opts;
  const li = el(doc, 'li', r.restored ? 'item restored' : 'item');
  li.dataset.key = removalKey(r);
  const titleId = `removal-${opts.index}-title`;
  const head = el(doc, 'div', 'item-head');
  const title = el(doc, 'h3', 'item-title', labelOf(r, t));
  title.id = titleId;
  const state = el(doc, 'span', r.restored ? 'state state-shown' : 'state state-hidden');
  state.textContent = r.restored ? t('stateShown') : t('stateHidden');
  head.append(title, state);
  li.append(head);

  const why = reasonOf(r, t);
  li.append(el(doc, 'p', 'item-why', why.summary));
  if (why.details.length) {
    const signals = el(doc, 'div', 'item-signals');
    for (const d of why.details) signals.append(el(doc, 'span', 'signal', d));
    li.append(signals);
  }
  // A wall over a page whose article the site withholds: say so, so the page left is not a mystery.
  const withheld = r.cleanups?.includes(CONTENT_WITHHELD);
  const done = r.cleanups?.filter((c) => c !== CONTENT_WITHHELD) ?? [];
  if (done.length) li.append(el(doc, 'p', 'item-also', t('alsoDone', { what: describeCleanups(done, t) })));
  if (withheld) li.append(el(doc, 'p', 'item-withheld', t('cleanup_content_withheld')));
  if (r.text) {
    const quote = el(doc, 'blockquote', 'item-text', r.text);
    li.append(quote);
  }
  if (r.inFrame) li.append(el(doc, 'p', 'item-where', t('inFrameFrom', { host: r.frameHost })));
  const where = el(doc, 'p', 'item-element');
  where.append(el(doc, 'span', 'visually-hidden', `${t('elementLabel')} `), el(doc, 'code', '', r.selector));
  li.append(where);

  const buttons = el(doc, 'div', 'item-actions');
  const button = (action: RemovalAction, text: string, run: (r: TabRemoval) => void, primary = false) => {
    const b = el(doc, 'button', primary ? 'primary' : '', text);
    b.type = 'button';
    b.dataset.action = action;
    b.setAttribute('aria-describedby', titleId);
    b.addEventListener('click', () => run(r));
    buttons.append(b);
  };
  if (!r.restored) {
    button('show-again', t('showAgain'), actions.onShowAgain, true);
  } else {
    button('hide-again', t('hideAgain'), actions.onHideAgain);
    if (allowed) {
      buttons.append(el(doc, 'span', 'allowed-note', t('alwaysShown')));
      button('undo-always-show', t('undo'), actions.onUndoAlwaysShow);
    } else {
      button('always-show', t('alwaysShow'), actions.onAlwaysShow, true);
    }
  }
  li.append(buttons);
  return li;
}
