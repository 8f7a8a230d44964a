/** What the user decided for one site (a registrable domain: www. and subdomains share it). */
export interface SiteSettings {
  /** False: Unbanner does nothing on this site. */
  enabled: boolean;
  /** CSS selectors the user asked to hide here. */
  hide: string[];
  /** What always stays on this site: `rule:<rule name>` for a platform or user rule, or a CSS selector. */
  allow: string[];
}

export interface Settings {
  enabled: boolean;
  sites: Record<string, SiteSettings>;
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, sites: {} };

export const ALLOW_RULE_PREFIX = 'rule:';
