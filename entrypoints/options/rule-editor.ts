import { button, el } from '@/utils/ui/dom';
import { t } from '@/utils/ui/i18n';
import type { OptionsPage } from './page';
import { selectorProblemText } from './selector-problem';
import { focusName } from './state';

/**
 * A hide rule being edited in place: its text, Save and Cancel (also Escape). A changed rule
 * replaces the old one where it was; a rule changed into one the site already has merges with it.
 */
export function renderRuleEditor(
  page: OptionsPage,
  key: string,
  selector: string,
  index: number,
): HTMLFormElement {
  const { state, actions, render } = page;
  const messageKey = `${key}|edit`;
  const form = el('form', { className: 'edit-rule' });
  form.noValidate = true;
  const input = el('input', { focus: focusName.rule(key, selector, 'edit') });
  input.type = 'text';
  input.value = selector;
  input.spellcheck = false;
  input.setAttribute('aria-label', t('editRuleLabel', { selector }));
  const save = el('button', {
    className: 'primary small',
    text: t('save'),
    focus: focusName.rule(key, selector, 'save'),
  });
  save.type = 'submit';
  const cancel = button(
    t('cancel'),
    () => {
      state.editing = null;
      state.siteMessages.delete(messageKey);
      state.pendingFocus = focusName.rule(key, selector, 'edit-button');
      render();
    },
    { className: 'small', focus: focusName.rule(key, selector, 'cancel') },
  );
  form.append(input, save, cancel);
  const message = state.siteMessages.get(messageKey);
  if (message) {
    const p = el('p', { className: 'form-message error', text: message.text });
    p.id = `edit-message-${index}`;
    p.setAttribute('role', 'alert');
    input.setAttribute('aria-describedby', p.id);
    input.setAttribute('aria-invalid', 'true');
    form.append(p);
  }
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') cancel.click();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = input.value.trim();
    const problem = selectorProblemText(next);
    if (problem) {
      state.siteMessages.set(messageKey, { text: problem, error: true });
      state.pendingFocus = focusName.rule(key, selector, 'edit');
      render();
      return;
    }
    state.editing = null;
    state.siteMessages.delete(messageKey);
    state.pendingFocus = focusName.rule(key, next, 'edit-button');
    void actions.changeSite(key, (site) => {
      site.hide = site.hide
        .map((s) => (s === selector ? next : s))
        .filter((s, i, all) => all.indexOf(s) === i);
    });
  });
  return form;
}
