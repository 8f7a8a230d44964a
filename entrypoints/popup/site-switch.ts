import { byId } from '@/utils/ui/dom';
import { t } from '@/utils/ui/i18n';
import { saveAndRegister } from '@/utils/ui/save';
import { enterToggles } from '@/utils/ui/switch';
import type { Actions } from './actions';
import { activeHere, currentSite, type PopupState, siteKey } from './state';
import { announce, showReloadHint } from './status';

/** The top of the popup: the site line, the switch for this site, reload, and "turn on everywhere". */
export function setUpSiteSwitch(state: PopupState, actions: Actions, render: () => void): void {
  const { host, registrable, tab } = state;
  const switchBox = byId<HTMLInputElement>('site-switch');
  byId('site-line').textContent = host
    ? host === registrable
      ? host
      : t('siteLineSubdomain', { host, site: registrable ?? host })
    : t('notAWebPage');
  byId('site-switch-label').textContent = registrable
    ? t('siteSwitchLabel', { site: registrable })
    : t('siteSwitchLabelNoSite');
  switchBox.addEventListener('change', () => {
    const on = switchBox.checked;
    void actions
      .changeSite((site) => {
        site.enabled = on;
      })
      .then(() => {
        const site = siteKey(state) ?? '';
        announce(on ? t('siteOnSaved', { site }) : t('siteOffSaved', { site }));
        showReloadHint(!!tab);
      });
  });
  enterToggles(switchBox);

  byId('reload').addEventListener('click', () => {
    if (tab) void browser.tabs.reload(tab.id);
    showReloadHint(false);
    // Where Unbanner will not run after the reload, nothing will replace the old records.
    state.stale = !activeHere(state);
    render();
    announce(t('reloading'));
  });
  byId('global-on').addEventListener('click', () => {
    void saveAndRegister((s) => {
      s.enabled = true;
      return undefined;
    })
      .then((next) => {
        state.settings = next;
        render();
        showReloadHint(!!tab);
        switchBox.focus();
      })
      .catch(() => announce(t('saveFailed'), true));
  });
  byId('options-link').addEventListener('click', (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  });
}

export function renderSiteSwitch(state: PopupState): void {
  const switchBox = byId<HTMLInputElement>('site-switch');
  byId('global-off').hidden = state.settings.enabled;
  switchBox.checked = currentSite(state).enabled;
  switchBox.disabled = !state.registrable || !state.settings.enabled;
}
