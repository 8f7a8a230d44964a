import type { Removal } from '../removal';

/** A selector-based rule, from platform data or from the user. */
export interface HideRule {
  source: Extract<Removal['source'], 'platform' | 'user-rule'>;
  /** Shown to people: "OneTrust", "Your rule". */
  label: string;
  /** The rule's name in the data, or the user's selector. */
  rule: string;
  selectors: string[];
  /**
   * The selectors are one per entry and each closes all it opens (the built-in table, checked
   * when it is built): the content script takes them as they are.
   */
  checked?: true;
}
