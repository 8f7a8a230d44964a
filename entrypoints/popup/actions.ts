import { allowKeyFor } from '@/lib/settings/allow-key';
import { addOnce, editSite, removeFrom } from '@/lib/settings/edit';
import type { SiteSettings } from '@/lib/settings/types';
import type { PopupToContent } from '@/utils/messages';
import type { TabRemoval } from '@/utils/tab-log';
import { labelOf } from '@/utils/ui/describe';
import { t } from '@/utils/ui/i18n';
import { saveAndRegister } from '@/utils/ui/save';
import type { RemovalActions } from './render-removal';
import { reportWrongHide } from './report-file';
import { type PopupState, siteKey } from './state';
import { announce } from './status';

/** What the popup's controls do: talk to the page, change this site's settings, then redraw. */
export interface Actions {
  /** Sends a message to one frame of the tab (the top one by default). */
  toContent<R>(message: PopupToContent, frameId?: number): Promise<R>;
  /** Saves a change to this site, has the background re-register the content script, redraws. */
  changeSite(change: (site: SiteSettings) => void): Promise<void>;
  /** Whether a content script answers in the tab. */
  contentScriptRuns(): Promise<boolean>;
  removal: RemovalActions;
}

export function createActions(state: PopupState, render: () => void): Actions {
  const toContent = <R>(message: PopupToContent, frameId = 0): Promise<R> =>
    state.tab
      ? (browser.tabs.sendMessage(state.tab.id, message, { frameId }) as Promise<R>)
      : Promise.reject(new Error('no tab'));

  const changeSite = async (change: (site: SiteSettings) => void) => {
    const key = siteKey(state);
    if (!key) return;
    state.settings = await saveAndRegister((s) => editSite(s, key, change));
    render();
  };

  /** Asks the frame a removal came from to act on it, and says how that went. */
  const act = (r: TabRemoval, message: PopupToContent, done: string) => {
    toContent<boolean>(message, r.frameId)
      .then((ok) => announce(ok ? done : t('notOnPageAnymore'), !ok))
      .catch(() => announce(t('pageUnreachable'), true));
  };

  return {
    toContent,
    changeSite,
    // Restoring an unknown id is harmless and only answers where the content script runs.
    contentScriptRuns: () =>
      toContent<boolean>({ type: 'restore', id: '' }).then(
        () => true,
        () => false,
      ),
    removal: {
      onShowAgain: (r) =>
        act(r, { type: 'restore', id: r.id }, t('shownAgainStatus', { label: labelOf(r, t) })),
      onHideAgain: (r) =>
        act(r, { type: 'hide-again', id: r.id }, t('hiddenAgainStatus', { label: labelOf(r, t) })),
      onAlwaysShow: (r) =>
        void changeSite((site) => {
          addOnce(site.allow, allowKeyFor(r));
        }).then(() => announce(t('alwaysShowSaved', { label: labelOf(r, t), site: siteKey(state) ?? '' }))),
      onReportWrong: (r) => reportWrongHide(document, state.tab?.id ?? null, r),
      onUndoAlwaysShow: (r) =>
        void changeSite((site) => {
          site.allow = removeFrom(site.allow, allowKeyFor(r));
        }).then(() => announce(t('alwaysShowRemoved', { label: labelOf(r, t) }))),
    },
  };
}
