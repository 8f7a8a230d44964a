import type { SiteOrder } from '@/lib/settings/site-list';
import type { Settings, SiteSettings } from '@/lib/settings/types';

/** A message under one of a site's forms. */
export interface FormMessage {
  text: string;
  error: boolean;
}

/** What the options page shows, beyond the settings themselves: the user's place in it. */
export interface OptionsState {
  settings: Settings;
  /** The site search box's text. */
  query: string;
  order: SiteOrder;
  /** The hide rule being edited in place, if any. */
  editing: { site: string; rule: string } | null;
  /** Messages under the forms of sites: by site key (add-rule) or `<key>|edit` (the rule editor). */
  siteMessages: Map<string, FormMessage>;
  /** A forgotten site, while its "Undo" is offered. */
  undoForget: { key: string; site: SiteSettings } | null;
  /** Focus to restore after the next render, by `data-focus` name. */
  pendingFocus: string | null;
}

export function initialState(settings: Settings): OptionsState {
  return {
    settings,
    query: '',
    order: 'name',
    editing: null,
    siteMessages: new Map(),
    undoForget: null,
    pendingFocus: null,
  };
}

/** The `data-focus` names of a site's controls, so a control keeps focus when its list is redrawn. */
export const focusName = {
  siteSwitch: (key: string) => `${key}|switch`,
  addRuleInput: (key: string) => `${key}|add-rule-input`,
  addRule: (key: string) => `${key}|add-rule`,
  forget: (key: string) => `${key}|forget`,
  allow: (key: string, allowKey: string) => `${key}|allow|${allowKey}`,
  rule: (key: string, selector: string, part: 'edit' | 'save' | 'cancel' | 'edit-button' | 'remove') =>
    `${key}|rule|${selector}|${part}`,
  undoForget: 'undo-forget',
  undoImport: 'undo-import',
};
