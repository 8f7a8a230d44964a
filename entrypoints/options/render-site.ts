import { removeFrom } from '@/lib/settings/edit';
import type { SiteRow } from '@/lib/settings/site-list';
import { describeAllow } from '@/utils/ui/describe';
import { button, el } from '@/utils/ui/dom';
import { t } from '@/utils/ui/i18n';
import { enterToggles } from '@/utils/ui/switch';
import { renderAddRuleForm } from './add-rule-form';
import { mediumDate } from './format';
import type { OptionsPage } from './page';
import { renderRule } from './render-rule';
import { focusName } from './state';

/** A site's name, whether it is off, and when it was last changed. */
function siteHead({ key, site }: SiteRow, index: number): HTMLElement {
  const head = el('div', { className: 'site-head' });
  const title = el('h3', { text: key });
  title.id = `site-${index}`;
  head.append(title);
  if (!site.enabled) head.append(el('span', { className: 'pill', text: t('siteOffPill') }));
  if (site.changed) {
    head.append(
      el('span', { className: 'changed muted', text: t('changedOn', { date: mediumDate(site.changed) }) }),
    );
  }
  return head;
}

/** The switch named by the site: on or off there. */
function siteSwitch(page: OptionsPage, { key, site }: SiteRow, index: number): HTMLElement {
  const row = el('div', { className: 'switch-row' });
  const box = el('input', { className: 'switch', focus: focusName.siteSwitch(key) });
  box.type = 'checkbox';
  box.setAttribute('role', 'switch');
  box.id = `site-switch-${index}`;
  box.checked = site.enabled;
  box.disabled = !page.state.settings.enabled;
  box.addEventListener('change', () => {
    const on = box.checked;
    void page.actions.changeSite(key, (s) => {
      s.enabled = on;
    });
  });
  enterToggles(box);
  const label = el('label', { text: t('siteSwitchOptions', { site: key }) });
  label.htmlFor = box.id;
  row.append(box, label);
  return row;
}

/** A column with a heading and a list labelled by it, or "None". */
function column(heading: string, headingId: string, items: HTMLLIElement[]): HTMLElement {
  const col = el('div');
  const h = el('h4', { text: heading });
  h.id = headingId;
  col.append(h);
  if (items.length) {
    const ul = el('ul', { className: 'entries' });
    ul.setAttribute('aria-labelledby', h.id);
    ul.append(...items);
    col.append(ul);
  } else {
    col.append(el('p', { className: 'muted small', text: t('none') }));
  }
  return col;
}

/** One thing the site always shows, with a button that removes it from the list. */
function allowItem(page: OptionsPage, key: string, allowKey: string): HTMLLIElement {
  const what = describeAllow(allowKey, t);
  const item = el('li', { className: 'entry' });
  const remove = button(
    t('remove'),
    () => {
      page.state.pendingFocus = focusName.siteSwitch(key);
      void page.actions.changeSite(key, (s) => {
        s.allow = removeFrom(s.allow, allowKey);
      });
    },
    { className: 'small', focus: focusName.allow(key, allowKey) },
  );
  remove.setAttribute('aria-label', t('removeAllowLabel', { what }));
  item.append(el('span', { text: what }), remove);
  return item;
}

/** One site's card: its switch, its hide rules with a form to add one, what it always shows, "Forget". */
export function renderSite(page: OptionsPage, row: SiteRow, index: number): HTMLLIElement {
  const { key, site } = row;
  const li = el('li', { className: site.enabled ? 'site' : 'site off' });
  li.dataset.site = key;
  li.append(siteHead(row, index), siteSwitch(page, row, index));

  const cols = el('div', { className: 'site-cols' });
  const rules = column(
    t('hideRulesTitle'),
    `site-${index}-rules`,
    site.hide.map((selector) => renderRule(page, key, selector, index)),
  );
  rules.append(renderAddRuleForm(page, row, index));
  const allows = column(
    t('allowsTitle'),
    `site-${index}-allows`,
    site.allow.map((allowKey) => allowItem(page, key, allowKey)),
  );
  cols.append(rules, allows);
  li.append(cols);
  // Last in the card, so tabbing through a site reaches the destructive button at the end.
  const foot = el('div', { className: 'site-foot' });
  foot.append(
    button(t('forgetSite', { site: key }), () => page.actions.forget(key), {
      className: 'small danger',
      focus: focusName.forget(key),
    }),
  );
  li.append(foot);
  return li;
}
