import { filterSites } from '@/lib/settings/site-list';
import { button, byId, el } from '@/utils/ui/dom';
import { t } from '@/utils/ui/i18n';
import type { OptionsPage } from './page';
import { renderSite } from './render-site';
import { focusName } from './state';

const DRAFT_INPUTS = 'input[type="text"][data-focus]';

/** Redraws the sites that match the search, keeping what was typed in their forms. */
function renderSites(page: OptionsPage): number {
  const list = byId('site-list');
  const drafts = new Map<string, string>();
  for (const input of list.querySelectorAll<HTMLInputElement>(DRAFT_INPUTS)) {
    if (input.value) drafts.set(input.dataset.focus ?? '', input.value);
  }
  const rows = filterSites(page.state.settings, page.state.query, page.state.order);
  list.replaceChildren(...rows.map((row, index) => renderSite(page, row, index)));
  for (const input of list.querySelectorAll<HTMLInputElement>(DRAFT_INPUTS)) {
    const draft = drafts.get(input.dataset.focus ?? '');
    if (draft !== undefined && !input.value) input.value = draft;
  }
  return rows.length;
}

/** The line above the list: how many sites (match), or "Undo" for a site just forgotten. */
function renderSummary(page: OptionsPage, shown: number): void {
  const { state } = page;
  const summary = byId('sites-summary');
  const total = Object.keys(state.settings.sites).length;
  const query = state.query.trim();
  summary.replaceChildren();
  if (state.undoForget) {
    summary.append(
      el('span', { text: `${t('siteForgotten', { site: state.undoForget.key })} ` }),
      button(t('undo'), () => page.actions.undoForget(), { className: 'small', focus: focusName.undoForget }),
    );
  } else if (!total) {
    summary.textContent = t('noSites');
  } else if (query) {
    summary.textContent = shown ? t('sitesMatching', { query }, shown) : t('noSiteMatches', { query });
  } else {
    summary.textContent = t('sitesCount', undefined, total);
  }
}

/** The sites section: the list and its summary line. */
export function renderSiteList(page: OptionsPage): void {
  renderSummary(page, renderSites(page));
}

/** Search and sort redraw the list. */
export function setUpSiteListControls(page: OptionsPage): void {
  byId<HTMLInputElement>('site-search').addEventListener('input', (event) => {
    page.state.query = (event.target as HTMLInputElement).value;
    page.render();
  });
  byId<HTMLSelectElement>('site-order').addEventListener('change', (event) => {
    page.state.order = (event.target as HTMLSelectElement).value === 'changed' ? 'changed' : 'name';
    page.render();
  });
}
