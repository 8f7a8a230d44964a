import { checkSelectorSyntax } from '@/lib/rules/check-user-selector';
import { addOnce, deleteSite, editSite, removeFrom } from '@/lib/settings/edit';
import { filterSites, type SiteOrder, type SiteRow } from '@/lib/settings/site-list';
import {
  IMPORT_MAX_BYTES,
  type ImportProblem,
  parseSettingsFile,
  serialiseSettingsFile,
  settingsFileName,
} from '@/lib/settings/transfer';
import type { Settings, SiteSettings } from '@/lib/settings/types';
import type { PopupToBackground } from '@/utils/messages';
import {
  loadSettings,
  loadSettingsPlacement,
  saveSettings,
  updateSettings,
  watchSettings,
} from '@/utils/settings-store';
import { siteKeyForInput } from '@/utils/site-key';
import { describeAllow, describeSelectorProblem } from '../popup/describe';
import { localisePage, t } from '../popup/i18n';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; focus?: string } = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  // Elements that keep focus across re-renders carry a stable name.
  if (props.focus) node.dataset.focus = props.focus;
  return node;
}

function button(text: string, focus: string, onClick: () => void, className = ''): HTMLButtonElement {
  const b = el('button', { className, text, focus });
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

function kilobytes(bytes: number): string {
  return new Intl.NumberFormat(document.documentElement.lang || undefined, {
    maximumFractionDigits: 1,
  }).format(bytes / 1024);
}

/** The message for a refused settings file, in the UI's language. */
function importProblemText(problem: ImportProblem): string {
  switch (problem.code) {
    case 'too-large':
      return t('importTooLarge', { size: kilobytes(problem.bytes), limit: kilobytes(IMPORT_MAX_BYTES) });
    case 'empty':
      return t('importEmpty');
    case 'not-json':
      return t('importNotJson');
    case 'not-unbanner':
      return t('importNotUnbanner');
    case 'bad-schema':
      return t('importBadSchema');
    case 'newer-schema':
      return t('importNewerSchema', { schema: problem.schema });
    case 'malformed':
      return t('importMalformed', {
        path: problem.path,
        expected: t(`expected_${problem.expected.replace('-', '_')}`),
      });
  }
}

async function main(): Promise<void> {
  localisePage(document);
  let settings: Settings = await loadSettings();
  let query = '';
  let order: SiteOrder = 'name';
  /** The hide rule being edited in place, if any. */
  let editing: { site: string; rule: string } | null = null;
  /** A message under a site's add-rule form. */
  const siteMessages = new Map<string, { text: string; error: boolean }>();
  /** A forgotten site, while its "Undo" is offered. */
  let undoForget: { key: string; site: SiteSettings } | null = null;
  /** Focus to restore after the next render, by data-focus name. */
  let pendingFocus: string | null = null;

  const toBackground = (message: PopupToBackground) =>
    browser.runtime.sendMessage(message).catch(() => undefined);

  const save = async (change: (s: Settings) => Settings) => {
    settings = await updateSettings(change);
    await toBackground({ type: 'apply-registration' });
    render();
  };
  const changeSite = (key: string, change: (site: SiteSettings) => void) => {
    undoForget = null;
    return save((s) => editSite(s, key, change));
  };

  // --- general ---
  const globalSwitch = $<HTMLInputElement>('global-switch');
  globalSwitch.addEventListener('change', () => {
    const on = globalSwitch.checked;
    void save((s) => ({ ...s, enabled: on }));
  });
  const enterToggles = (box: HTMLInputElement) =>
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        box.click();
      }
    });
  enterToggles(globalSwitch);

  // --- storage ---
  const renderPlacement = async () => {
    const p = await loadSettingsPlacement();
    const size = { used: kilobytes(p.bytes), limit: kilobytes(p.limit) };
    $('storage-where').textContent = p.area === 'sync' ? t('storageInSync') : t('storageInLocal');
    $('storage-size').textContent = t('storageSize', size);
    const meter = $<HTMLMeterElement>('storage-meter');
    meter.max = p.limit;
    meter.value = Math.min(p.bytes, p.limit);
    meter.high = p.limit * 0.8;
    $('storage-why').textContent =
      p.reason === 'fits'
        ? t('storageWhySync', size)
        : p.reason === 'too-big'
          ? t('storageWhyTooBig', size)
          : t('storageWhyRefused');
  };

  // --- sites ---
  const list = $('site-list');
  $<HTMLInputElement>('site-search').addEventListener('input', (event) => {
    query = (event.target as HTMLInputElement).value;
    render();
  });
  $<HTMLSelectElement>('site-order').addEventListener('change', (event) => {
    order = (event.target as HTMLSelectElement).value === 'changed' ? 'changed' : 'name';
    render();
  });

  const addSiteInput = $<HTMLInputElement>('add-site-input');
  const addSiteMessage = $('add-site-message');
  $<HTMLFormElement>('add-site').addEventListener('submit', (event) => {
    event.preventDefault();
    const key = siteKeyForInput(addSiteInput.value);
    const fail = !key;
    addSiteMessage.textContent = key ? t('siteTurnedOff', { site: key }) : t('addSiteInvalid');
    addSiteMessage.classList.toggle('error', fail);
    addSiteInput.setAttribute('aria-invalid', String(fail));
    if (!key) return;
    addSiteInput.value = '';
    query = '';
    $<HTMLInputElement>('site-search').value = '';
    void changeSite(key, (site) => {
      site.enabled = false;
    });
  });

  const sitesMessage = $('sites-summary');

  const forget = (key: string) => {
    const site = settings.sites[key];
    if (!site) return;
    undoForget = { key, site: structuredClone(site) };
    pendingFocus = 'undo-forget';
    void save((s) => deleteSite(s, key));
  };

  const ruleInputProblem = (selector: string): string | null => {
    const check = checkSelectorSyntax(document, selector);
    return check.ok ? null : describeSelectorProblem(check.problem, selector, t);
  };

  const renderRule = (key: string, selector: string, index: number): HTMLLIElement => {
    const li = el('li', { className: 'entry' });
    const base = `${key}|rule|${selector}`;
    if (editing?.site === key && editing.rule === selector) {
      const form = el('form', { className: 'edit-rule' });
      form.noValidate = true;
      const input = el('input', { focus: `${base}|edit` });
      input.type = 'text';
      input.value = selector;
      input.spellcheck = false;
      input.setAttribute('aria-label', t('editRuleLabel', { selector }));
      const message = siteMessages.get(`${key}|edit`);
      const save = el('button', { className: 'primary small', text: t('save'), focus: `${base}|save` });
      save.type = 'submit';
      const cancel = button(
        t('cancel'),
        `${base}|cancel`,
        () => {
          editing = null;
          siteMessages.delete(`${key}|edit`);
          pendingFocus = `${base}|edit-button`;
          render();
        },
        'small',
      );
      form.append(input, save, cancel);
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
        const problem = ruleInputProblem(next);
        if (problem) {
          siteMessages.set(`${key}|edit`, { text: problem, error: true });
          pendingFocus = `${base}|edit`;
          render();
          return;
        }
        editing = null;
        siteMessages.delete(`${key}|edit`);
        pendingFocus = `${key}|rule|${next}|edit-button`;
        void changeSite(key, (site) => {
          site.hide = site.hide
            .map((s) => (s === selector ? next : s))
            .filter((s, i, all) => all.indexOf(s) === i);
        });
      });
      li.append(form);
      return li;
    }
    const edit = button(
      t('edit'),
      `${base}|edit-button`,
      () => {
        editing = { site: key, rule: selector };
        pendingFocus = `${base}|edit`;
        render();
      },
      'small',
    );
    edit.setAttribute('aria-label', t('editRuleLabel', { selector }));
    const remove = button(
      t('remove'),
      `${base}|remove`,
      () => {
        pendingFocus = `${key}|add-rule-input`;
        void changeSite(key, (site) => {
          site.hide = removeFrom(site.hide, selector);
        });
      },
      'small',
    );
    remove.setAttribute('aria-label', t('removeRuleLabel', { selector }));
    const actions = el('span', { className: 'entry-actions' });
    actions.append(edit, remove);
    li.append(el('code', { text: selector }), actions);
    return li;
  };

  const renderSite = ({ key, site }: SiteRow, index: number): HTMLLIElement => {
    const li = el('li', { className: site.enabled ? 'site' : 'site off' });
    li.dataset.site = key;
    const head = el('div', { className: 'site-head' });
    const title = el('h3', { text: key });
    title.id = `site-${index}`;
    head.append(title);
    if (!site.enabled) head.append(el('span', { className: 'pill', text: t('siteOffPill') }));
    if (site.changed) {
      const date = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
        dateStyle: 'medium',
      }).format(new Date(site.changed));
      head.append(el('span', { className: 'changed muted', text: t('changedOn', { date }) }));
    }
    li.append(head);

    const row = el('div', { className: 'switch-row' });
    const box = el('input', { className: 'switch', focus: `${key}|switch` });
    box.type = 'checkbox';
    box.setAttribute('role', 'switch');
    box.id = `site-switch-${index}`;
    box.checked = site.enabled;
    box.disabled = !settings.enabled;
    box.addEventListener('change', () => {
      const on = box.checked;
      void changeSite(key, (s) => {
        s.enabled = on;
      });
    });
    enterToggles(box);
    const label = el('label', { text: t('siteSwitchOptions', { site: key }) });
    label.htmlFor = box.id;
    row.append(box, label);
    li.append(row);

    const cols = el('div', { className: 'site-cols' });
    const rulesCol = el('div');
    const rulesHeading = el('h4', { text: t('hideRulesTitle') });
    rulesHeading.id = `site-${index}-rules`;
    rulesCol.append(rulesHeading);
    if (site.hide.length) {
      const ul = el('ul', { className: 'entries' });
      ul.setAttribute('aria-labelledby', rulesHeading.id);
      ul.append(...site.hide.map((selector) => renderRule(key, selector, index)));
      rulesCol.append(ul);
    } else {
      rulesCol.append(el('p', { className: 'muted small', text: t('none') }));
    }
    const form = el('form', { className: 'add-rule' });
    form.noValidate = true;
    const input = el('input', { focus: `${key}|add-rule-input` });
    input.type = 'text';
    input.id = `add-rule-${index}`;
    input.spellcheck = false;
    input.autocomplete = 'off';
    input.placeholder = '#promo-overlay';
    const inputLabel = el('label', { className: 'visually-hidden', text: t('addRuleFor', { site: key }) });
    inputLabel.htmlFor = input.id;
    const add = el('button', { text: t('addRule'), focus: `${key}|add-rule` });
    add.type = 'submit';
    const formRow = el('div', { className: 'row' });
    formRow.append(input, add);
    form.append(inputLabel, formRow);
    const message = siteMessages.get(key);
    const messageEl = el('p', { className: message?.error ? 'form-message error' : 'form-message' });
    messageEl.id = `add-rule-${index}-message`;
    messageEl.setAttribute('role', 'status');
    messageEl.textContent = message?.text ?? '';
    input.setAttribute('aria-describedby', messageEl.id);
    if (message?.error) input.setAttribute('aria-invalid', 'true');
    form.append(messageEl);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const selector = input.value.trim();
      const problem =
        ruleInputProblem(selector) ?? (site.hide.includes(selector) ? t('ruleDuplicate') : null);
      pendingFocus = `${key}|add-rule-input`;
      if (problem) {
        siteMessages.set(key, { text: problem, error: true });
        render();
        return;
      }
      siteMessages.set(key, { text: t('ruleAddedOptions', { selector }), error: false });
      input.value = '';
      void changeSite(key, (s) => {
        addOnce(s.hide, selector);
      });
    });
    rulesCol.append(form);

    const allowCol = el('div');
    const allowHeading = el('h4', { text: t('allowsTitle') });
    allowHeading.id = `site-${index}-allows`;
    allowCol.append(allowHeading);
    if (site.allow.length) {
      const ul = el('ul', { className: 'entries' });
      ul.setAttribute('aria-labelledby', allowHeading.id);
      for (const allowKey of site.allow) {
        const what = describeAllow(allowKey, t);
        const item = el('li', { className: 'entry' });
        const remove = button(
          t('remove'),
          `${key}|allow|${allowKey}`,
          () => {
            pendingFocus = `${key}|switch`;
            void changeSite(key, (s) => {
              s.allow = removeFrom(s.allow, allowKey);
            });
          },
          'small',
        );
        remove.setAttribute('aria-label', t('removeAllowLabel', { what }));
        item.append(el('span', { text: what }), remove);
        ul.append(item);
      }
      allowCol.append(ul);
    } else {
      allowCol.append(el('p', { className: 'muted small', text: t('none') }));
    }
    cols.append(rulesCol, allowCol);
    li.append(cols);
    // Last in the card, so tabbing through a site reaches the destructive button at the end.
    const foot = el('div', { className: 'site-foot' });
    const forgetButton = button(
      t('forgetSite', { site: key }),
      `${key}|forget`,
      () => forget(key),
      'small danger',
    );
    foot.append(forgetButton);
    li.append(foot);
    return li;
  };

  const render = () => {
    globalSwitch.checked = settings.enabled;
    document.body.classList.toggle('globally-off', !settings.enabled);
    const active = document.activeElement as HTMLElement | null;
    // Re-rendered controls carry data-focus: whichever had focus gets it back.
    const focusName = pendingFocus ?? active?.dataset.focus ?? null;
    pendingFocus = null;
    const drafts = new Map<string, string>();
    for (const input of list.querySelectorAll<HTMLInputElement>('input[type="text"][data-focus]')) {
      if (input.value) drafts.set(input.dataset.focus ?? '', input.value);
    }

    const rows = filterSites(settings, query, order);
    list.replaceChildren(...rows.map(renderSite));
    for (const input of list.querySelectorAll<HTMLInputElement>('input[type="text"][data-focus]')) {
      const draft = drafts.get(input.dataset.focus ?? '');
      if (draft !== undefined && !input.value) input.value = draft;
    }

    const total = Object.keys(settings.sites).length;
    sitesMessage.replaceChildren();
    if (undoForget) {
      const { key, site } = undoForget;
      sitesMessage.append(el('span', { text: `${t('siteForgotten', { site: key })} ` }));
      const undo = button(t('undo'), 'undo-forget', () => {
        undoForget = null;
        pendingFocus = `${key}|forget`;
        void save((s) => ({ ...s, sites: { ...s.sites, [key]: site } }));
      });
      undo.classList.add('small');
      sitesMessage.append(undo);
    } else if (!total) {
      sitesMessage.textContent = t('noSites');
    } else if (query.trim()) {
      sitesMessage.textContent = rows.length
        ? t('sitesMatching', { query: query.trim() }, rows.length)
        : t('noSiteMatches', { query: query.trim() });
    } else {
      sitesMessage.textContent = t('sitesCount', undefined, total);
    }

    if (focusName) {
      const target = document.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focusName)}"]`);
      (target ?? $('site-search')).focus();
    }
    void renderPlacement();
  };

  // --- import and export ---
  const transferMessage = $('transfer-message');
  const showTransfer = (text: string, error: boolean, undo?: () => void) => {
    transferMessage.replaceChildren(el('p', { text }));
    transferMessage.classList.toggle('error', error);
    if (undo) {
      const b = button(t('undoImport'), 'undo-import', undo, 'small');
      transferMessage.append(b);
    }
  };
  $('export').addEventListener('click', () => {
    const now = new Date();
    const blob = new Blob([serialiseSettingsFile(settings, now)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = el('a');
    a.href = url;
    a.download = settingsFileName(now);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    showTransfer(t('exportDone', { file: a.download }), false);
  });
  const fileInput = $<HTMLInputElement>('import-file');
  $('import').addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const refuse = (text: string) => {
      showTransfer(`${t('importRefused', { file: file.name })} ${text} ${t('importUnchanged')}`, true);
      $('import').focus();
    };
    // An oversized file is refused before it is read.
    if (file.size > IMPORT_MAX_BYTES) {
      refuse(importProblemText({ code: 'too-large', bytes: file.size }));
      return;
    }
    void file
      .text()
      .then(async (text) => {
        const result = parseSettingsFile(text, {
          checkSelector: (s) => checkSelectorSyntax(document, s).ok,
        });
        if (!result.ok) {
          refuse(importProblemText(result.problem));
          return;
        }
        const previous = structuredClone(settings);
        await saveSettings(result.settings);
        settings = await loadSettings();
        await toBackground({ type: 'apply-registration' });
        undoForget = null;
        render();
        showTransfer(t('importDone', { file: file.name }, result.sites), false, () => {
          void saveSettings(previous).then(async () => {
            settings = await loadSettings();
            await toBackground({ type: 'apply-registration' });
            render();
            showTransfer(t('importUndone'), false);
            $('import').focus();
          });
        });
      })
      .catch(() => refuse(t('importUnreadable')));
  });

  render();
  document.body.classList.add('ready');
  watchSettings((next) => {
    settings = next;
    render();
  });
}

void main();
