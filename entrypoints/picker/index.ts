import { addOnce, editSite } from '@/lib/settings/edit';
import { siteSettingsForHost } from '@/lib/settings/site-match';
import type { ContentToBackground } from '@/utils/messages';
import { rememberPicked } from '@/utils/picked-report';
import { updateSettings } from '@/utils/settings-store';
import { siteKeyForUrl } from '@/utils/site-key';
import { t } from '@/utils/ui/i18n';
import { PickSession } from './session';

/** Where the running session is kept, in this extension's isolated world only (not the page's). */
export const PICKER_GLOBAL = '__unbannerPicker';

/**
 * Pick mode, injected into a tab's top frame by the popup ("Hide something on this page").
 * A rule it saves goes where a typed rule goes: this site's hide list in the settings. A pick it
 * reports opens the popup's report of it in a tab beside this one.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { [PICKER_GLOBAL]?: PickSession };
  // A second start while picking leaves the first session as it is.
  if (scope[PICKER_GLOBAL]) return;
  const session = new PickSession(document, window, t, {
    save: async (selector) => {
      const host = location.hostname;
      let saved = false;
      await updateSettings((settings) => {
        const key = siteSettingsForHost(settings, host)?.key ?? siteKeyForUrl(location.href);
        if (!key) return undefined;
        saved = true;
        return editSite(settings, key, (site) => {
          addOnce(site.hide, selector);
        });
      });
      return saved;
    },
    report: (el) => {
      rememberPicked(el);
      // The report is shown, then saved, on an extension page: the popup's, opened for this tab.
      const message: ContentToBackground = { type: 'open-picked-report' };
      browser.runtime.sendMessage(message).catch(() => undefined);
    },
  });
  scope[PICKER_GLOBAL] = session;
  session.start(() => {
    delete scope[PICKER_GLOBAL];
  });
});
