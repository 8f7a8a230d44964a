import type { TabRemoval } from '@/utils/tab-log';
import { describeCleanups, labelOf, reasonOf } from '@/utils/ui/describe';
import { button, el } from '@/utils/ui/dom';
import type { Translate } from '@/utils/ui/i18n';

export interface RemovalActions {
  onShowAgain: (r: TabRemoval) => void;
  onHideAgain: (r: TabRemoval) => void;
  onAlwaysShow: (r: TabRemoval) => void;
  onUndoAlwaysShow: (r: TabRemoval) => void;
  onReportWrong: (r: TabRemoval) => void;
}

export type RemovalAction = 'show-again' | 'hide-again' | 'always-show' | 'undo-always-show' | 'report-wrong';

/** Identifies a removal across re-renders (ids are per frame). */
export function removalKey(r: Pick<TabRemoval, 'frameId' | 'id'>): string {
  return `${r.frameId}:${r.id}`;
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
  const li = el('li', { className: r.restored ? 'item restored' : 'item' }, doc);
  li.dataset.key = removalKey(r);
  const titleId = `removal-${opts.index}-title`;
  const head = el('div', { className: 'item-head' }, doc);
  const title = el('h3', { className: 'item-title', text: labelOf(r, t) }, doc);
  title.id = titleId;
  const state = el(
    'span',
    r.restored
      ? { className: 'state state-shown', text: t('stateShown') }
      : { className: 'state state-hidden', text: t('stateHidden') },
    doc,
  );
  head.append(title, state);
  li.append(head);

  const why = reasonOf(r, t);
  li.append(el('p', { className: 'item-why', text: why.summary }, doc));
  if (why.details.length) {
    const signals = el('div', { className: 'item-signals' }, doc);
    for (const d of why.details) signals.append(el('span', { className: 'signal', text: d }, doc));
    li.append(signals);
  }
  // A wall over a page whose article the site withholds is not something done: it is said apart,
  // so the page left behind is not a mystery.
  const done = r.cleanups?.filter((c) => c !== 'content-withheld') ?? [];
  if (done.length) {
    const what = describeCleanups(done, t);
    li.append(el('p', { className: 'item-also', text: t('alsoDone', { what }) }, doc));
  }
  if (r.cleanups?.includes('content-withheld'))
    li.append(el('p', { className: 'item-withheld', text: t('cleanup_content_withheld') }, doc));
  if (r.text) li.append(el('blockquote', { className: 'item-text', text: r.text }, doc));
  if (r.inFrame)
    li.append(el('p', { className: 'item-where', text: t('inFrameFrom', { host: r.frameHost }) }, doc));
  const where = el('p', { className: 'item-element' }, doc);
  where.append(
    el('span', { className: 'visually-hidden', text: `${t('elementLabel')} ` }, doc),
    el('code', { text: r.selector }, doc),
  );
  li.append(where);

  const actionsRow = el('div', { className: 'item-actions' }, doc);
  const add = (action: RemovalAction, text: string, run: (r: TabRemoval) => void, primary = false) => {
    const b = button(text, () => run(r), { className: primary ? 'primary' : '' }, doc);
    b.dataset.action = action;
    b.setAttribute('aria-describedby', titleId);
    actionsRow.append(b);
  };
  if (!r.restored) {
    add('show-again', t('showAgain'), actions.onShowAgain, true);
  } else {
    add('hide-again', t('hideAgain'), actions.onHideAgain);
    if (allowed) {
      actionsRow.append(el('span', { className: 'allowed-note', text: t('alwaysShown') }, doc));
      add('undo-always-show', t('undo'), actions.onUndoAlwaysShow);
    } else {
      add('always-show', t('alwaysShow'), actions.onAlwaysShow, true);
    }
  }
  add('report-wrong', t('reportWrong'), actions.onReportWrong);
  li.append(actionsRow);
  return li;
}
