import { allowKeyFor } from '@/lib/settings/allow-key';
import { byId } from '@/utils/ui/dom';
import { t } from '@/utils/ui/i18n';
import type { Actions } from './actions';
import { type RemovalAction, renderRemoval } from './render-removal';
import { currentSite, type PopupState } from './state';

/** Where focus goes when the button that had it is replaced by the next state's. */
const NEXT_FOCUS: Record<RemovalAction, RemovalAction> = {
  'show-again': 'hide-again',
  'hide-again': 'show-again',
  'always-show': 'undo-always-show',
  'undo-always-show': 'always-show',
  'report-wrong': 'report-wrong',
};

/** The list of what was removed on this page, its count, and what to say when it is empty. */
export function renderRemovalList(state: PopupState, actions: Actions): void {
  const site = currentSite(state);
  const list = byId('removed');
  const shown = state.stale ? [] : state.log;
  const active = document.activeElement as HTMLElement | null;
  const focusedKey = active?.closest<HTMLElement>('#removed > li')?.dataset.key;
  const focusedAction = active?.dataset.action as RemovalAction | undefined;
  list.replaceChildren(
    ...shown.map((r, index) =>
      renderRemoval(document, r, { allowed: site.allow.includes(allowKeyFor(r)), index, t }, actions.removal),
    ),
  );
  const count = shown.filter((r) => !r.restored).length;
  const more = byId('removed-more');
  more.hidden = state.stale || state.dropped === 0;
  more.textContent = state.dropped ? t('removedMore', undefined, state.dropped) : '';
  const counter = byId('removed-count');
  counter.hidden = shown.length === 0;
  counter.textContent = t('hiddenCount', undefined, count);
  const empty = byId('empty');
  empty.hidden = shown.length > 0;
  empty.textContent =
    !state.settings.enabled || !site.enabled
      ? t('removedEmptyOff')
      : state.registrable
        ? t('removedEmpty')
        : t('notAWebPage');
  if (focusedKey) {
    const item = [...list.querySelectorAll<HTMLElement>(':scope > li')].find(
      (li) => li.dataset.key === focusedKey,
    );
    const wanted = focusedAction ? NEXT_FOCUS[focusedAction] : undefined;
    const target =
      item?.querySelector<HTMLElement>(`button[data-action="${focusedAction}"]`) ??
      item?.querySelector<HTMLElement>(`button[data-action="${wanted}"]`) ??
      item?.querySelector<HTMLElement>('button');
    target?.focus();
  }
}
