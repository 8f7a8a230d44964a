import { siteOrDefault } from '@/lib/settings/edit';
import { siteSettingsForHost } from '@/lib/settings/site-match';
import type { Settings, SiteSettings } from '@/lib/settings/types';
import type { TabRemoval } from '@/utils/tab-log';

/** The tab the popup is about. */
export interface Target {
  id: number;
  url: string;
}

/** What the popup shows: the tab, its site, the settings and the tab's log of removals. */
export interface PopupState {
  tab: Target | null;
  /** The tab's registrable domain (example.co.uk), or null for pages Unbanner does not run on. */
  registrable: string | null;
  /** The tab's host name, or '' for pages Unbanner does not run on. */
  host: string;
  settings: Settings;
  log: TabRemoval[];
  /** Reports left out of the tab's log for its limits (utils/bounded-tab-log.ts). */
  dropped: number;
  /**
   * The log is from an earlier load: a page loaded while Unbanner was off has no content script,
   * so nothing cleared the records of the load before.
   */
  stale: boolean;
}

/** The key this page's settings live under: an entry already governing the host, else its registrable domain. */
export function siteKey(state: PopupState): string | null {
  return state.host ? (siteSettingsForHost(state.settings, state.host)?.key ?? state.registrable) : null;
}

export function currentSite(state: PopupState): SiteSettings {
  const key = siteKey(state);
  return key ? siteOrDefault(state.settings, key) : { enabled: true, hide: [], allow: [] };
}

/** Unbanner acts on this page's next load: on everywhere, and on for this site. */
export function activeHere(state: PopupState): boolean {
  return state.settings.enabled && currentSite(state).enabled;
}
