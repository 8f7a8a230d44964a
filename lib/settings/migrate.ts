import { isDefaultSite, normaliseSettings } from './normalise';
import type { Settings } from './types';

/**
 * Storage v1 -> v2. Version 1 kept an entry for every site the user ever touched, even after
 * everything was undone (a switch turned back on, the last rule removed), and those empty
 * entries count against the storage.sync quota. Version 2 stores only sites that differ from
 * the defaults and stamps each change with a time; v1 sites get no time (it is unknown).
 */
export function migrateSettingsV1toV2(v1: unknown): Settings {
  const settings = normaliseSettings(v1);
  for (const [key, site] of Object.entries(settings.sites)) {
    if (isDefaultSite(site)) delete settings.sites[key];
    else delete site.changed;
  }
  return settings;
}
