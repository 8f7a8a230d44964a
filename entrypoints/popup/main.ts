import { allowKeyFor } from '@/lib/settings/allow-key';
import { checkSelectorSyntax } from '@/lib/rules/check-user-selector';
import { siteSettingsForHost } from '@/lib/settings/site-match';
import type { Settings, SiteSettings } from '@/lib/settings/types';
import type { PopupToContent, SelectorCheck } from '@/utils/messages';
import { siteKeyForUrl } from '@/utils/site-key';
import { loadSettings, updateSettings, watchSettings } from '@/utils/settings-store';
import { readTabLog, type TabRemoval, watchTabLog } from '@/utils/tab-log';
import { renderRemoval } from './render-removal';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function targetTab(): Promise<{ id: number; url: string } | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  const tab = param
    ? await browser.tabs.get(Number(param)).catch(() => null)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
}

function siteOf(settings: Settings, host: string): SiteSettings {
  return siteSettingsForHost(settings, host)?.site ?? { enabled: true, hide: [], allow: [] };
}

async function main(): Promise<void> {
  const tab = await targetTab();
  const key = siteKeyForUrl(tab?.url);
  const host = key && tab ? new URL(tab.url).hostname : '';
  let settings = await loadSettings();
  let log: TabRemoval[] = tab ? await readTabLog(tab.id) : [];

  const toContent = (message: PopupToContent, frameId = 0) =>
    tab ? browser.tabs.sendMessage(tab.id, message, { frameId }) : Promise.reject(new Error('no tab'));

  const editSite = async (change: (site: SiteSettings) => void) => {
    if (!key) return;
    settings = await updateSettings((s) => {
      const site = s.sites[key] ?? { enabled: true, hide: [], allow: [] };
      change(site);
      s.sites[key] = site;
    });
    await browser.runtime.sendMessage({ type: 'apply-registration' }).catch(() => undefined);
    render();
  };

  const switchBox = $<HTMLInputElement>('site-switch');
  const reloadHint = $('reload-hint');
  $('site-line').textContent = key ? host : 'Unbanner works on web pages (http and https).';
  $('site-switch-label').textContent = key ? `Hide banners on this site (${key})` : 'Hide banners on this site';
  switchBox.disabled = !key;
  switchBox.addEventListener('change', () => {
    const on = switchBox.checked;
    void editSite((site) => {
      site.enabled = on;
    }).then(() => {
      reloadHint.hidden = false;
    });
  });
  $('reload').addEventListener('click', () => {
    if (tab) void browser.tabs.reload(tab.id);
    reloadHint.hidden = true;
  });

  const message = $('rule-message');
  const say = (text: string, error: boolean) => {
    message.textContent = text;
    message.classList.toggle('error', error);
  };
  $<HTMLFormElement>('rule-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = $<HTMLInputElement>('rule-input');
    const selector = input.value.trim();
    const syntax = checkSelectorSyntax(document, selector);
    if (!syntax.ok) {
      say(syntax.problem ?? 'That selector cannot be used.', true);
      return;
    }
    void (toContent({ type: 'check-selector', selector }) as Promise<SelectorCheck>)
      .catch((): SelectorCheck => ({ ok: true, matches: -1 }))
      .then(async (check) => {
        if (!check.ok) {
          say(check.problem ?? 'That selector cannot be used.', true);
          return;
        }
        await editSite((site) => {
          if (!site.hide.includes(selector)) site.hide.push(selector);
        });
        input.value = '';
        const found = check.matches >= 0 ? ` It matches ${check.matches} element(s) now.` : '';
        say(`Rule added; it applies from the next load.${found}`, false);
        reloadHint.hidden = false;
      });
  });

  const render = () => {
    const site = siteOf(settings, host);
    switchBox.checked = settings.enabled && site.enabled;
    const list = $('removed');
    list.replaceChildren(
      ...log.map((r) =>
        renderRemoval(
          document,
          r,
          {
            onShowAgain: (x) => void toContent({ type: 'restore', id: x.id }, x.frameId),
            onHideAgain: (x) => void toContent({ type: 'hide-again', id: x.id }, x.frameId),
            onAlwaysShow: (x) =>
              void editSite((s) => {
                const allow = allowKeyFor(x);
                if (!s.allow.includes(allow)) s.allow.push(allow);
              }),
          },
          site.allow.includes(allowKeyFor(r)),
        ),
      ),
    );
    $('empty').hidden = log.length > 0;
    const rules = $('rules');
    rules.replaceChildren(
      ...site.hide.map((selector) => {
        const li = document.createElement('li');
        const code = document.createElement('code');
        code.textContent = selector;
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = 'Remove';
        remove.setAttribute('aria-label', `Remove rule ${selector}`);
        remove.addEventListener('click', () => {
          void editSite((s) => {
            s.hide = s.hide.filter((h) => h !== selector);
          });
        });
        li.append(code, remove);
        return li;
      }),
    );
    $('rules-card').hidden = !key;
  };

  render();
  if (tab) {
    watchTabLog(tab.id, (next) => {
      log = next;
      render();
    });
  }
  watchSettings((next) => {
    settings = next;
    render();
  });
}

void main();
