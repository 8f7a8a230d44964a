/** One consent platform's hiding rule, compiled from rule data at build time. */
export interface PlatformRule {
  /** Rule name as the data source calls it (used in explanations and allow rules). */
  rule: string;
  /** Name shown to people ("OneTrust"), where it differs from the rule's name. */
  platform?: string;
  /** Simple selectors (no top-level commas) for the elements to hide. */
  selectors: string[];
  /** Regular expression source; the rule only applies where it matches the page URL. */
  urlPattern?: string;
  /** Text every URL the pattern matches contains (lib/platforms/url-literal.ts): checked first. */
  urlLiteral?: string;
}

export interface PlatformTable {
  /** Version string of the rule data, for the popup's "about" line and bug reports. */
  dataVersion: string;
  rules: PlatformRule[];
}
