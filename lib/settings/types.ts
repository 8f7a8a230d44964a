/** What the user decided for one site (a registrable domain: www. and subdomains share it). */
export interface SiteSettings {
  /** False: Unbanner does nothing on this site. */
  enabled: boolean;
  /** CSS selectors the user asked to hide here. */
  hide: string[];
  /** What always stays on this site: `rule:<rule name>` for a platform or user rule, or a CSS selector. */
  allow: string[];
  /** When the user last changed this site (epoch milliseconds); absent for sites stored before v2. */
  changed?: number;
}

export interface Settings {
  enabled: boolean;
  sites: Record<string, SiteSettings>;
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, sites: {} };

export const ALLOW_RULE_PREFIX = 'rule:';

/**
 * Version of the stored settings (the @wxt-dev/storage item version).
 * v1: sites could be stored with nothing in them, no change times.
 * v2: only sites that differ from the defaults are stored, each with the time it last changed.
 */
export const SETTINGS_STORAGE_VERSION = 2;
