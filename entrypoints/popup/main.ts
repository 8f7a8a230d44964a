import { checkSelectorSyntax } from '@/lib/rules/check-user-selector';
import { allowKeyFor } from '@/lib/settings/allow-key';
import { addOnce, editSite, removeFrom, siteOrDefault } from '@/lib/settings/edit';
import { siteSettingsForHost } from '@/lib/settings/site-match';
import type { Settings, SiteSettings } from '@/lib/settings/types';
import type { PopupToBackground, PopupToContent, SelectorCheck } from '@/utils/messages';
import { loadSettings, updateSettings, watchSettings } from '@/utils/settings-store';
import { siteKeyForUrl } from '@/utils/site-key';
import { readTabLog, type TabRemoval, watchTabLog } from '@/utils/tab-log';
import { describeAllow, describeSelectorProblem, labelOf } from './describe';
import { localisePage, t } from './i18n';
import { setupPickStart } from './pick-start';
import { type RemovalAction, renderRemoval } from './render-removal';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

interface Target {
  id: number;
  url: string;
}

/** The tab the popup is about: the active one, or `?tabId=N` (tests, and the popup opened as a page). */
async function targetTab(): Promise<Target | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  const tab = param
    ? await browser.tabs.get(Number(param)).catch(() => null)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
}

/** Where focus goes when the button that had it is replaced by the next state's. */
const NEXT_FOCUS: Record<RemovalAction, RemovalAction> = {
  'show-again': 'hide-again',
  'hide-again': 'show-again',
  'always-show': 'undo-always-show',
  'undo-always-show': 'always-show',
};

async function main(): Promise<void> {
  localisePage(document);
  const tab = await targetTab();
  const registrable = siteKeyForUrl(tab?.url);
  const host = registrable && tab ? new URL(tab.url).hostname : '';
  let settings: Settings = await loadSettings();
  let log: TabRemoval[] = tab ? await readTabLog(tab.id) : [];

  /** The key this page's settings live under: an entry already governing the host, else its registrable domain. */
  const siteKey = (): string | null =>
    host ? (siteSettingsForHost(settings, host)?.key ?? registrable) : null;
  const currentSite = (): SiteSettings => {
    const key = siteKey();
    return key ? siteOrDefault(settings, key) : { enabled: true, hide: [], allow: [] };
  };

  const status = $('status');
  const announce = (text: string, error = false) => {
    status.textContent = text;
    status.classList.toggle('error', error);
  };
  const reloadHint = $('reload-hint');
  const showReloadHint = () => {
    reloadHint.hidden = !tab;
  };

  const toContent = <R>(message: PopupToContent, frameId = 0): Promise<R> =>
    tab
      ? (browser.tabs.sendMessage(tab.id, message, { frameId }) as Promise<R>)
      : Promise.reject(new Error('no tab'));
  const toBackground = (message: PopupToBackground) =>
    browser.runtime.sendMessage(message).catch(() => undefined);

  /** Unbanner acts on this page's next load: on everywhere, and on for this site. */
  const activeHere = () => settings.enabled && currentSite().enabled;
  /**
   * A page loaded while Unbanner was off has no content script, so nothing cleared the tab's
   * log of the previous load: those records are stale. Restoring an unknown id is harmless and
   * only answers where the content script runs.
   */
  const contentScriptRuns = () =>
    toContent<boolean>({ type: 'restore', id: '' }).then(
      () => true,
      () => false,
    );
  let stale = log.length > 0 && !activeHere() && !(await contentScriptRuns());

  /** Saves a change to this site, then has the background re-register the content script. */
  const changeSite = async (change: (site: SiteSettings) => void) => {
    const key = siteKey();
    if (!key) return;
    settings = await updateSettings((s) => editSite(s, key, change));
    await toBackground({ type: 'apply-registration' });
    render();
  };

  // --- the per-site switch ---
  const switchBox = $<HTMLInputElement>('site-switch');
  $('site-line').textContent = host
    ? host === registrable
      ? host
      : t('siteLineSubdomain', { host, site: registrable ?? host })
    : t('notAWebPage');
  $('site-switch-label').textContent = registrable
    ? t('siteSwitchLabel', { site: registrable })
    : t('siteSwitchLabelNoSite');
  switchBox.addEventListener('change', () => {
    const on = switchBox.checked;
    void changeSite((site) => {
      site.enabled = on;
    }).then(() => {
      announce(
        on ? t('siteOnSaved', { site: siteKey() ?? '' }) : t('siteOffSaved', { site: siteKey() ?? '' }),
      );
      showReloadHint();
    });
  });
  // Space toggles a checkbox; people expect Enter to work on a switch as well.
  switchBox.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !switchBox.disabled) {
      event.preventDefault();
      switchBox.click();
    }
  });
  $('reload').addEventListener('click', () => {
    if (tab) void browser.tabs.reload(tab.id);
    reloadHint.hidden = true;
    // Where Unbanner will not run after the reload, nothing will replace the old records.
    stale = !activeHere();
    render();
    announce(t('reloading'));
  });
  $('global-on').addEventListener('click', () => {
    void updateSettings((s) => {
      s.enabled = true;
      return undefined;
    })
      .then(async (next) => {
        settings = next;
        await toBackground({ type: 'apply-registration' });
        render();
        showReloadHint();
        switchBox.focus();
      })
      .catch(() => announce(t('saveFailed'), true));
  });
  $('options-link').addEventListener('click', (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  });

  // --- removals ---
  const act = (r: TabRemoval, message: PopupToContent, done: string) => {
    toContent<boolean>(message, r.frameId)
      .then((ok) => announce(ok ? done : t('notOnPageAnymore'), !ok))
      .catch(() => announce(t('pageUnreachable'), true));
  };
  const actions = {
    onShowAgain: (r: TabRemoval) =>
      act(r, { type: 'restore', id: r.id }, t('shownAgainStatus', { label: labelOf(r, t) })),
    onHideAgain: (r: TabRemoval) =>
      act(r, { type: 'hide-again', id: r.id }, t('hiddenAgainStatus', { label: labelOf(r, t) })),
    onAlwaysShow: (r: TabRemoval) =>
      void changeSite((site) => {
        addOnce(site.allow, allowKeyFor(r));
      }).then(() => announce(t('alwaysShowSaved', { label: labelOf(r, t), site: siteKey() ?? '' }))),
    onUndoAlwaysShow: (r: TabRemoval) =>
      void changeSite((site) => {
        site.allow = removeFrom(site.allow, allowKeyFor(r));
      }).then(() => announce(t('alwaysShowRemoved', { label: labelOf(r, t) }))),
  };

  const renderRemovals = (site: SiteSettings) => {
    const list = $('removed');
    const shown = stale ? [] : log;
    const active = document.activeElement as HTMLElement | null;
    const focusedKey = active?.closest<HTMLElement>('#removed > li')?.dataset.key;
    const focusedAction = active?.dataset.action as RemovalAction | undefined;
    list.replaceChildren(
      ...shown.map((r, index) =>
        renderRemoval(document, r, { allowed: site.allow.includes(allowKeyFor(r)), index, t }, actions),
      ),
    );
    const count = shown.filter((r) => !r.restored).length;
    const counter = $('removed-count');
    counter.hidden = shown.length === 0;
    counter.textContent = t('hiddenCount', undefined, count);
    const empty = $('empty');
    empty.hidden = shown.length > 0;
    empty.textContent =
      !settings.enabled || !site.enabled
        ? t('removedEmptyOff')
        : registrable
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
  };

  // --- this site's rules and allows ---
  const ruleInput = $<HTMLInputElement>('rule-input');
  const ruleMessage = $('rule-message');
  const say = (text: string, error: boolean) => {
    ruleMessage.textContent = text;
    ruleMessage.classList.toggle('error', error);
    ruleInput.setAttribute('aria-invalid', String(error));
  };
  $<HTMLFormElement>('rule-form').addEventListener('submit', (event) => {
    event.preventDefault();
    say('', false);
    const selector = ruleInput.value.trim();
    const syntax = checkSelectorSyntax(document, selector);
    if (!syntax.ok) {
      say(describeSelectorProblem(syntax.problem, selector, t), true);
      ruleInput.focus();
      return;
    }
    if (currentSite().hide.includes(selector)) {
      say(t('ruleDuplicate'), true);
      return;
    }
    // The page itself says whether the rule would hide the whole page or its main content.
    void toContent<SelectorCheck | undefined>({ type: 'check-selector', selector })
      .then((check): SelectorCheck | null => (check && typeof check.ok === 'boolean' ? check : null))
      .catch(() => null)
      .then(async (check) => {
        if (check && !check.ok) {
          say(describeSelectorProblem(check.problem, selector, t), true);
          ruleInput.focus();
          return;
        }
        await changeSite((site) => {
          addOnce(site.hide, selector);
        });
        ruleInput.value = '';
        say(
          check ? t('ruleAddedMatches', { selector }, check.matches) : t('ruleAddedUnchecked', { selector }),
          false,
        );
        showReloadHint();
      });
  });

  const entry = (text: string, code: boolean, removeLabel: string, onRemove: () => void) => {
    const li = document.createElement('li');
    const what = document.createElement(code ? 'code' : 'span');
    what.textContent = text;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'small';
    remove.textContent = t('remove');
    remove.setAttribute('aria-label', removeLabel);
    remove.addEventListener('click', onRemove);
    li.append(what, remove);
    return li;
  };
  /** Keeps focus in a list whose item was just removed: on the next item's button, or on `fallback`. */
  const keepFocusIn = (list: HTMLElement, fallback: HTMLElement, update: () => void) => {
    const active = document.activeElement;
    const index =
      active && list.contains(active) ? [...list.children].findIndex((li) => li.contains(active)) : -1;
    update();
    if (index < 0) return;
    const buttons = list.querySelectorAll<HTMLElement>('button');
    (buttons[Math.min(index, buttons.length - 1)] ?? fallback).focus();
  };
  const renderRules = (site: SiteSettings) => {
    $('rules-card').hidden = !registrable;
    const rules = $('rules');
    keepFocusIn(rules, ruleInput, () =>
      rules.replaceChildren(
        ...site.hide.map((selector) =>
          entry(selector, true, t('removeRuleLabel', { selector }), () => {
            void changeSite((s) => {
              s.hide = removeFrom(s.hide, selector);
            }).then(() => {
              announce(t('ruleRemoved', { selector }));
              showReloadHint();
            });
          }),
        ),
      ),
    );
    $('rules-empty').hidden = site.hide.length > 0;
    const allows = $('allows');
    keepFocusIn(allows, ruleInput, () =>
      allows.replaceChildren(
        ...site.allow.map((key) => {
          const what = describeAllow(key, t);
          return entry(what, false, t('removeAllowLabel', { what }), () => {
            void changeSite((s) => {
              s.allow = removeFrom(s.allow, key);
            }).then(() => {
              announce(t('allowRemoved', { what }));
              showReloadHint();
            });
          });
        }),
      ),
    );
    $('allows-empty').hidden = site.allow.length > 0;
  };

  const render = () => {
    const site = currentSite();
    $('global-off').hidden = settings.enabled;
    switchBox.checked = site.enabled;
    switchBox.disabled = !registrable || !settings.enabled;
    renderRemovals(site);
    renderRules(site);
  };

  render();
  setupPickStart(document, tab?.id ?? null, !!registrable, t, announce);
  document.body.classList.add('ready');
  if (tab) {
    watchTabLog(tab.id, (next) => {
      log = next;
      stale = false;
      render();
    });
  }
  watchSettings((next) => {
    settings = next;
    render();
  });
}

void main();
