import type { Removal } from '../removal';

/** A selector-based rule, from platform data or from the user. */
export interface HideRule {
  source: Extract<Removal['source'], 'platform' | 'user-rule'>;
  /** Shown to people: "OneTrust", "Your rule". */
  label: string;
  /** The rule's name in the data, or the user's selector. */
  rule: string;
  selectors: string[];
}
