import { siteSettingsForHost } from '@/lib/settings/site-match';
import { parseContentMessage, parsePopupToBackground } from '@/utils/messages';
import { applyRegistration } from '@/utils/registration';
import { loadSettings, watchSettings } from '@/utils/settings-store';
import { siteKeyForUrl } from '@/utils/site-key';
import { clearTabLog, readTabLog, type TabRemoval, upsertRemoval, writeTabLog } from '@/utils/tab-log';
import { insertUserStyles } from '@/utils/user-styles';

export default defineBackground({
  type: 'module',
  main() {
    // Writes to one tab's log go one after another, so two frames reporting at once lose nothing.
    const queues = new Map<number, Promise<unknown>>();
    const serial = <T>(tabId: number, job: () => Promise<T>): Promise<T> => {
      const next = (queues.get(tabId) ?? Promise.resolve()).then(job, job);
      queues.set(tabId, next);
      return next;
    };

    const showBadge = async (tabId: number, log?: TabRemoval[]) => {
      const tab = await browser.tabs.get(tabId).catch(() => null);
      if (!tab) return;
      const settings = await loadSettings();
      const key = siteKeyForUrl(tab.url);
      const host = key ? new URL(tab.url as string).hostname : '';
      const site = host ? siteSettingsForHost(settings, host)?.site : undefined;
      const off = !settings.enabled || site?.enabled === false;
      const count = (log ?? (await readTabLog(tabId))).filter((r) => !r.restored).length;
      await browser.action.setBadgeBackgroundColor({ tabId, color: off ? '#777777' : '#1a73e8' });
      await browser.action.setBadgeText({ tabId, text: off ? 'off' : count ? String(count) : '' });
    };

    const register = () =>
      loadSettings()
        .then(applyRegistration)
        .catch((e) => console.error('Unbanner: registration failed', e));
    browser.runtime.onInstalled.addListener(() => void register());
    browser.runtime.onStartup.addListener(() => void register());
    watchSettings((settings) => void applyRegistration(settings));

    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      const tabId = sender.tab?.id;
      if (sender.id === browser.runtime.id && !sender.tab) {
        const fromPopup = parsePopupToBackground(raw);
        if (fromPopup?.type === 'apply-registration') return register().then(() => true);
        return undefined;
      }
      const message = parseContentMessage(raw);
      if (!message || tabId === undefined || tabId < 0) return undefined;
      const frameId = sender.frameId ?? 0;
      if (message.type === 'page-start') {
        if (message.marks) void insertUserStyles(tabId, frameId, message.marks);
        if (frameId === 0) {
          void serial(tabId, async () => {
            await clearTabLog(tabId);
            await showBadge(tabId, []);
          });
        }
        return undefined;
      }
      void serial(tabId, async () => {
        const next = upsertRemoval(await readTabLog(tabId), { ...message.removal, frameId });
        await writeTabLog(tabId, next);
        await showBadge(tabId, next);
      });
      return undefined;
    });

    browser.tabs.onRemoved.addListener((tabId) => void serial(tabId, () => clearTabLog(tabId)));
    // Chrome clears a tab's badge when it navigates; on a site switched off no content script
    // reports, so the "off" badge is drawn again once the page has loaded.
    browser.tabs.onUpdated.addListener((tabId, info) => {
      if (info.status === 'complete') void serial(tabId, () => showBadge(tabId));
    });
  },
});
