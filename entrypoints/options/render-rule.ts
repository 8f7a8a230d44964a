import { removeFrom } from '@/lib/settings/edit';
import { button, el } from '@/utils/ui/dom';
import { t } from '@/utils/ui/i18n';
import type { OptionsPage } from './page';
import { renderRuleEditor } from './rule-editor';
import { focusName } from './state';

/** One of a site's hide rules: the selector with Edit and Remove, or its editor while editing. */
export function renderRule(page: OptionsPage, key: string, selector: string, index: number): HTMLLIElement {
  const { state, actions, render } = page;
  const li = el('li', { className: 'entry' });
  if (state.editing?.site === key && state.editing.rule === selector) {
    li.append(renderRuleEditor(page, key, selector, index));
    return li;
  }
  const edit = button(
    t('edit'),
    () => {
      state.editing = { site: key, rule: selector };
      state.pendingFocus = focusName.rule(key, selector, 'edit');
      render();
    },
    { className: 'small', focus: focusName.rule(key, selector, 'edit-button') },
  );
  edit.setAttribute('aria-label', t('editRuleLabel', { selector }));
  const remove = button(
    t('remove'),
    () => {
      state.pendingFocus = focusName.addRuleInput(key);
      void actions.changeSite(key, (site) => {
        site.hide = removeFrom(site.hide, selector);
      });
    },
    { className: 'small', focus: focusName.rule(key, selector, 'remove') },
  );
  remove.setAttribute('aria-label', t('removeRuleLabel', { selector }));
  const buttons = el('span', { className: 'entry-actions' });
  buttons.append(edit, remove);
  li.append(el('code', { text: selector }), buttons);
  return li;
}
