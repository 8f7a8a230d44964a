import { siteSettingsForHost } from '@/lib/settings/site-match';
import { showActionIcon } from '@/utils/action-icon';
import { injectDetector } from '@/utils/inject-detector';
import { type ConsentFrameRelay, parseContentMessage, parsePopupToBackground } from '@/utils/messages';
import { openPickedReport } from '@/utils/open-picked-report';
import { applyRegistration } from '@/utils/registration';
import { loadSettings, repairStoredSettings, watchSettings } from '@/utils/settings-store';
import { siteKeyForUrl } from '@/utils/site-key';
import { readTabLog, TabLogKeeper, type TabRemoval } from '@/utils/tab-log';
import { insertUserStyles } from '@/utils/user-styles';

export default defineBackground({
  type: 'module',
  main() {
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
      await showActionIcon(tabId, off);
    };
    // Each tab's log is bounded and changed in arrival order; the badge follows each write.
    const logs = new TabLogKeeper((tabId, log) => showBadge(tabId, log.removals));
    const logFailed = (e: unknown) => console.error('Unbanner: tab log not saved', e);
    /**
     * Frames (`tabId:frameId`) whose consent-frame report was relayed to their top frame: one relay
     * per frame load. Forgotten when that frame (or the tab's top frame) starts a new document.
     */
    const relayed = new Set<string>();
    const forgetRelays = (tabId: number, frameId: number) => {
      if (frameId !== 0) relayed.delete(`${tabId}:${frameId}`);
      else for (const key of [...relayed]) if (key.startsWith(`${tabId}:`)) relayed.delete(key);
    };

    const register = () =>
      loadSettings()
        .then(applyRegistration)
        .catch((e) => console.error('Unbanner: registration failed', e));
    // Settings of an older version, or damaged ones, are brought up to date (old value backed up,
    // a notice for the options page) before anything registers from them.
    const start = () =>
      repairStoredSettings()
        .catch((e) => console.error('Unbanner: stored settings not repaired', e))
        .then(register);
    browser.runtime.onInstalled.addListener(() => void start());
    browser.runtime.onStartup.addListener(() => void start());
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
      if (message.type === 'need-detector') {
        void injectDetector(tabId, frameId);
        return undefined;
      }
      if (message.type === 'open-picked-report') {
        if (frameId === 0) void openPickedReport(tabId, sender.tab?.index);
        return undefined;
      }
      if (message.type === 'consent-frame') {
        // Only a frame's own document, a web page, and only to the top frame of the same tab.
        const url = sender.url ?? '';
        const key = `${tabId}:${frameId}`;
        if (frameId === 0 || !/^https?:/i.test(url) || relayed.has(key)) return Promise.resolve(false);
        relayed.add(key);
        const relay: ConsentFrameRelay = {
          type: 'relay-consent-frame',
          url,
          width: message.width,
          height: message.height,
          signals: message.signals,
        };
        return browser.tabs
          .sendMessage(tabId, relay, { frameId: 0 })
          .then((hidden) => hidden === true)
          .catch(() => false);
      }
      if (message.type === 'page-start') {
        forgetRelays(tabId, frameId);
        if (message.marks) void insertUserStyles(tabId, frameId, message.marks);
        // A frame that loads again drops what it reported before (the top frame: the whole tab's).
        logs.frameStarted(tabId, frameId).catch(logFailed);
        return undefined;
      }
      logs.report(tabId, { ...message.removal, frameId }).catch(logFailed);
      return undefined;
    });

    browser.tabs.onRemoved.addListener((tabId) => {
      forgetRelays(tabId, 0);
      void logs.closed(tabId).catch(logFailed);
    });
    // Chrome clears a tab's badge when it navigates; on a site switched off no content script
    // reports, so the "off" badge is drawn again once the page has loaded.
    browser.tabs.onUpdated.addListener((tabId, info) => {
      if (info.status === 'complete') void showBadge(tabId).catch(() => undefined);
    });
  },
});
