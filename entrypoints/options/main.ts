import { loadSettings, watchSettings } from '@/utils/settings-store';
import { byId } from '@/utils/ui/dom';
import { localisePage } from '@/utils/ui/i18n';
import { enterToggles } from '@/utils/ui/switch';
import { createActions } from './actions';
import { setUpAddSite } from './add-site';
import type { OptionsPage } from './page';
import { renderSiteList, setUpSiteListControls } from './site-list';
import { initialState } from './state';
import { setUpStorageNotices } from './storage-notices';
import { renderStoragePlacement } from './storage-placement';
import { setUpTransfer } from './transfer';

/** Loads the settings, wires the page's controls, and redraws whenever the settings change. */
async function main(): Promise<void> {
  localisePage(document);
  const state = initialState(await loadSettings());
  const globalSwitch = byId<HTMLInputElement>('global-switch');

  const render = () => {
    globalSwitch.checked = state.settings.enabled;
    document.body.classList.toggle('globally-off', !state.settings.enabled);
    // Re-rendered controls carry data-focus: whichever had focus gets it back.
    const active = document.activeElement as HTMLElement | null;
    const focus = state.pendingFocus ?? active?.dataset.focus ?? null;
    state.pendingFocus = null;
    renderSiteList(page);
    if (focus) {
      const target = document.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focus)}"]`);
      (target ?? byId('site-search')).focus();
    }
    void renderStoragePlacement();
  };
  const page: OptionsPage = { state, actions: createActions(state, render), render };

  globalSwitch.addEventListener('change', () => {
    const on = globalSwitch.checked;
    void page.actions.save((s) => ({ ...s, enabled: on }));
  });
  enterToggles(globalSwitch);
  setUpSiteListControls(page);
  setUpAddSite(page);
  setUpTransfer(page);
  setUpStorageNotices();

  render();
  document.body.classList.add('ready');
  watchSettings((next) => {
    state.settings = next;
    render();
  });
}

void main();
