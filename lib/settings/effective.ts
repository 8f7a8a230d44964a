import type { EngineSettings } from '../engine/engine';
import { platformRulesForPage } from '../platforms/rules-for-page';
import type { PlatformTable } from '../platforms/types';
import type { HideRule } from '../rules/hide-rule';
import { siteSettingsForHost } from './site-match';
import { ALLOW_RULE_PREFIX, type Settings } from './types';

export const USER_RULE_LABEL = 'Your rule';

/** What the engine should do on a page, or null where Unbanner is off. */
export function engineSettingsFor(
  table: PlatformTable,
  settings: Settings | null,
  url: string,
): EngineSettings | null {
  return engineSettingsWith(platformRulesForPage(table, url), settings, url);
}

/** The same, from the platform rules already chosen for this page (they do not depend on the settings). */
export function engineSettingsWith(
  base: HideRule[],
  settings: Settings | null,
  url: string,
): EngineSettings | null {
  if (!settings) return { rules: base, allowSelectors: [], detector: true };
  if (!settings.enabled) return null;
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // about:blank and the like: no site settings apply.
  }
  const site = host ? siteSettingsForHost(settings, host)?.site : undefined;
  if (!site) return { rules: base, allowSelectors: [], detector: true };
  if (!site.enabled) return null;
  const allowedRules = new Set(
    site.allow.filter((a) => a.startsWith(ALLOW_RULE_PREFIX)).map((a) => a.slice(ALLOW_RULE_PREFIX.length)),
  );
  const userRules: HideRule[] = site.hide.map((selector) => ({
    source: 'user-rule',
    label: USER_RULE_LABEL,
    rule: selector,
    selectors: [selector],
  }));
  const rules = [...userRules, ...base];
  return {
    rules: rules.filter((r) => !allowedRules.has(r.rule)),
    // "Always show" on a rule keeps its elements: the detector must not hide them either.
    allowSelectors: [
      ...site.allow.filter((a) => !a.startsWith(ALLOW_RULE_PREFIX)),
      ...rules.filter((r) => allowedRules.has(r.rule)).flatMap((r) => r.selectors),
    ],
    detector: true,
  };
}
