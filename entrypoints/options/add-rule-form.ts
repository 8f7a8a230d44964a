import { addOnce } from '@/lib/settings/edit';
import type { SiteRow } from '@/lib/settings/site-list';
import { el } from '@/utils/ui/dom';
import { t } from '@/utils/ui/i18n';
import type { OptionsPage } from './page';
import { selectorProblemText } from './selector-problem';
import { focusName } from './state';

/** The form under a site's rules that adds one, with its message (added, or why not). */
export function renderAddRuleForm(page: OptionsPage, { key, site }: SiteRow, index: number): HTMLFormElement {
  const { state, actions, render } = page;
  const form = el('form', { className: 'add-rule' });
  form.noValidate = true;
  const input = el('input', { focus: focusName.addRuleInput(key) });
  input.type = 'text';
  input.id = `add-rule-${index}`;
  input.spellcheck = false;
  input.autocomplete = 'off';
  input.placeholder = '#promo-overlay';
  const label = el('label', { className: 'visually-hidden', text: t('addRuleFor', { site: key }) });
  label.htmlFor = input.id;
  const add = el('button', { text: t('addRule'), focus: focusName.addRule(key) });
  add.type = 'submit';
  const row = el('div', { className: 'row' });
  row.append(input, add);
  form.append(label, row);

  const message = state.siteMessages.get(key);
  const messageEl = el('p', {
    className: message?.error ? 'form-message error' : 'form-message',
    text: message?.text ?? '',
  });
  messageEl.id = `add-rule-${index}-message`;
  messageEl.setAttribute('role', 'status');
  input.setAttribute('aria-describedby', messageEl.id);
  if (message?.error) input.setAttribute('aria-invalid', 'true');
  form.append(messageEl);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const selector = input.value.trim();
    const problem =
      selectorProblemText(selector) ?? (site.hide.includes(selector) ? t('ruleDuplicate') : null);
    state.pendingFocus = focusName.addRuleInput(key);
    if (problem) {
      state.siteMessages.set(key, { text: problem, error: true });
      render();
      return;
    }
    state.siteMessages.set(key, { text: t('ruleAddedOptions', { selector }), error: false });
    input.value = '';
    void actions.changeSite(key, (s) => {
      addOnce(s.hide, selector);
    });
  });
  return form;
}
