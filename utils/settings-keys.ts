/**
 * Where the settings live in extension storage. `@wxt-dev/storage` (utils/settings-store.ts)
 * keeps an item's value at its key and its metadata at the key followed by `$`; the content
 * script reads the same keys without that library (utils/content-settings.ts).
 */
export const SETTINGS_KEY = 'settings';
export const SETTINGS_META_KEY = `${SETTINGS_KEY}$`;
/** In storage.local: 'local' when the settings outgrew storage.sync, else they are in sync. */
export const SETTINGS_AREA_KEY = 'settingsArea';
