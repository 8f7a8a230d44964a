import { PICKED_REPORT_PARAM, PICKED_REPORT_VALUE } from '@/utils/open-picked-report';
import { loadSettings, watchSettings } from '@/utils/settings-store';
import { siteKeyForUrl } from '@/utils/site-key';
import { readTabLogView, watchTabLog } from '@/utils/tab-log';
import { localisePage, t } from '@/utils/ui/i18n';
import { createActions } from './actions';
import { setupPickStart } from './pick-start';
import { renderRemovalList } from './removal-list';
import { setupReportMissed } from './report-file';
import { setUpRuleForm } from './rule-form';
import { renderRuleLists } from './rule-lists';
import { renderSiteSwitch, setUpSiteSwitch } from './site-switch';
import { activeHere, type PopupState } from './state';
import { announce } from './status';
import { targetTab } from './target-tab';

/** Loads what the popup shows, wires its controls, and redraws whenever settings or the tab's log change. */
async function main(): Promise<void> {
  localisePage(document);
  const tab = await targetTab();
  const registrable = siteKeyForUrl(tab?.url);
  const state: PopupState = {
    tab,
    registrable,
    host: registrable && tab ? new URL(tab.url).hostname : '',
    settings: await loadSettings(),
    log: [],
    dropped: 0,
    stale: false,
  };
  if (tab) {
    const view = await readTabLogView(tab.id);
    state.log = view.removals;
    state.dropped = view.dropped;
  }
  const render = () => {
    renderSiteSwitch(state);
    renderRemovalList(state, actions);
    renderRuleLists(state, actions);
  };
  const actions = createActions(state, render);
  state.stale = state.log.length > 0 && !activeHere(state) && !(await actions.contentScriptRuns());

  setUpSiteSwitch(state, actions, render);
  setUpRuleForm(state, actions);
  render();
  setupPickStart(document, tab?.id ?? null, !!registrable, t, announce);
  const params = new URLSearchParams(location.search);
  const picked = params.get(PICKED_REPORT_PARAM) === PICKED_REPORT_VALUE;
  setupReportMissed(document, tab?.id ?? null, !!registrable, () => state.log, picked);
  document.body.classList.add('ready');
  if (tab) {
    watchTabLog(tab.id, (next, dropped) => {
      state.log = next;
      state.dropped = dropped;
      state.stale = false;
      render();
    });
  }
  watchSettings((next) => {
    state.settings = next;
    render();
  });
}

void main();
