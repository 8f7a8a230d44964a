import { checkSelectorSyntax } from '@/lib/rules/check-user-selector';
import { addOnce } from '@/lib/settings/edit';
import type { SelectorCheck } from '@/utils/messages';
import { describeSelectorProblem } from '@/utils/ui/describe';
import { byId } from '@/utils/ui/dom';
import { t } from '@/utils/ui/i18n';
import type { Actions } from './actions';
import { callInFrame } from './call-in-frame';
import { currentSite, type PopupState } from './state';
import { showReloadHint } from './status';

/** The selector check's script in the built package (entrypoints/selector-check). */
const SELECTOR_CHECK_FILE = '/selector-check.js';
/** The name entrypoints/selector-check gives its check. */
const SELECTOR_CHECK_GLOBAL = '__unbannerCheckSelector';

/** A page's answer to the check, if it is one. */
function asSelectorCheck(value: unknown): SelectorCheck | null {
  const check = value as SelectorCheck | undefined;
  return check && typeof check.ok === 'boolean' && typeof check.matches === 'number' ? check : null;
}

/** Asks the tab's top frame what the selector would hide there (null: the page cannot answer). */
async function checkOnPage(tabId: number, selector: string): Promise<SelectorCheck | null> {
  return asSelectorCheck(
    await callInFrame(tabId, 0, SELECTOR_CHECK_FILE, [SELECTOR_CHECK_GLOBAL], [selector]),
  );
}

/**
 * The form that adds a hide rule for this site: the selector's form is checked here, then the
 * page says whether it would hide the whole page or its main content. A page that cannot answer
 * (a restricted one, or one loaded before Unbanner) does not stop the rule.
 */
export function setUpRuleForm(state: PopupState, actions: Actions): void {
  const input = byId<HTMLInputElement>('rule-input');
  const message = byId('rule-message');
  const say = (text: string, error: boolean) => {
    message.textContent = text;
    message.classList.toggle('error', error);
    input.setAttribute('aria-invalid', String(error));
  };
  byId<HTMLFormElement>('rule-form').addEventListener('submit', (event) => {
    event.preventDefault();
    say('', false);
    const selector = input.value.trim();
    const syntax = checkSelectorSyntax(document, selector);
    if (!syntax.ok) {
      say(describeSelectorProblem(syntax.problem, selector, t), true);
      input.focus();
      return;
    }
    if (currentSite(state).hide.includes(selector)) {
      say(t('ruleDuplicate'), true);
      return;
    }
    const tabId = state.tab?.id;
    void (tabId === undefined ? Promise.resolve(null) : checkOnPage(tabId, selector))
      .catch(() => null)
      .then(async (check) => {
        if (check && !check.ok) {
          say(describeSelectorProblem(check.problem, selector, t), true);
          input.focus();
          return;
        }
        await actions.changeSite((site) => {
          addOnce(site.hide, selector);
        });
        input.value = '';
        say(
          check ? t('ruleAddedMatches', { selector }, check.matches) : t('ruleAddedUnchecked', { selector }),
          false,
        );
        showReloadHint(!!state.tab);
      });
  });
}
