import { removeFrom } from '@/lib/settings/edit';
import { describeAllow } from '@/utils/ui/describe';
import { button, byId, el } from '@/utils/ui/dom';
import { t } from '@/utils/ui/i18n';
import type { Actions } from './actions';
import { currentSite, type PopupState } from './state';
import { announce, showReloadHint } from './status';

/** One rule or allow: what it is, and a button that removes it. */
function entry(text: string, isCode: boolean, removeLabel: string, onRemove: () => void): HTMLLIElement {
  const li = el('li');
  const remove = button(t('remove'), onRemove, { className: 'small' });
  remove.setAttribute('aria-label', removeLabel);
  li.append(el(isCode ? 'code' : 'span', { text }), remove);
  return li;
}

/** Keeps focus in a list whose item was just removed: on the next item's button, or on `fallback`. */
function keepFocusIn(list: HTMLElement, fallback: HTMLElement, update: () => void): void {
  const active = document.activeElement;
  const index =
    active && list.contains(active) ? [...list.children].findIndex((li) => li.contains(active)) : -1;
  update();
  if (index < 0) return;
  const buttons = list.querySelectorAll<HTMLElement>('button');
  (buttons[Math.min(index, buttons.length - 1)] ?? fallback).focus();
}

/** This site's hide rules and the things it always shows, each with a button to remove it. */
export function renderRuleLists(state: PopupState, actions: Actions): void {
  const site = currentSite(state);
  const fallback = byId('rule-input');
  const removed = (text: string) => {
    announce(text);
    showReloadHint(!!state.tab);
  };
  byId('rules-card').hidden = !state.registrable;
  const rules = byId('rules');
  keepFocusIn(rules, fallback, () =>
    rules.replaceChildren(
      ...site.hide.map((selector) =>
        entry(selector, true, t('removeRuleLabel', { selector }), () => {
          void actions
            .changeSite((s) => {
              s.hide = removeFrom(s.hide, selector);
            })
            .then(() => removed(t('ruleRemoved', { selector })));
        }),
      ),
    ),
  );
  byId('rules-empty').hidden = site.hide.length > 0;
  const allows = byId('allows');
  keepFocusIn(allows, fallback, () =>
    allows.replaceChildren(
      ...site.allow.map((key) => {
        const what = describeAllow(key, t);
        return entry(what, false, t('removeAllowLabel', { what }), () => {
          void actions
            .changeSite((s) => {
              s.allow = removeFrom(s.allow, key);
            })
            .then(() => removed(t('allowRemoved', { what })));
        });
      }),
    ),
  );
  byId('allows-empty').hidden = site.allow.length > 0;
}
