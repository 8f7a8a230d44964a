import { defineConfig } from 'wxt';
import { knownPlatformsPlugin } from './build/known-platforms';
import { noContentScriptContextPlugin } from './build/no-content-script-context';
import { precompiledPhrasesPlugin } from './build/precompiled-phrases';
import { makeZipReproducible } from './scripts/reproducible-zip';
import { ICONS } from './utils/action-icon';
import {
  FIREFOX_ADDON_ID,
  FIREFOX_ANDROID_MIN_VERSION,
  FIREFOX_MIN_VERSION,
  HOST_ORIGINS,
} from './utils/browser-differences';

/** Nothing but the package's own files: no remote or inline script, no plugins, no network. */
const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * Manifest V3 for both browsers (README, "Install > Firefox" says why). The manifest is a
 * function of the target so that Firefox-only keys never reach Chrome's package.
 */
export default defineConfig({
  // @wxt-dev/i18n compiles locales/<lang>.yml into _locales/<lang>/messages.json.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    // Localised from locales/*.yml (extName, extDescription).
    name: '__MSG_extName__',
    default_locale: 'en',
    description: '__MSG_extDescription__',
    // Rendered from assets/icons/icon.svg by scripts/render-icons.mjs.
    icons: ICONS,
    permissions: ['storage', 'scripting'],
    host_permissions: [...HOST_ORIGINS],
    // Extension pages and the worker load only the package's own files and reach no network
    // (README, "Security and privacy"); tests/e2e/network.e2e.ts checks both.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    action: { default_title: 'Unbanner', default_icon: ICONS },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ADDON_ID,
              strict_min_version: FIREFOX_MIN_VERSION,
              // Firefox asks every add-on to declare what it collects: nothing.
              data_collection_permissions: { required: ['none'] },
            } as Record<string, unknown>,
            // Firefox for Android reads the declaration from 142 on; the desktop floor is lower.
            gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
          } as Record<string, unknown>,
        }
      : {}),
  }),
  zip: {
    // The sources zip is what a reviewer builds the Firefox package from (README, "Reproducible
    // build"): the code and the build, not the tests, screenshots or local demo output.
    excludeSources: ['tests/**', 'docs/**', 'demo-output/**'],
  },
  hooks: {
    // Same sources, same bytes: sorted entries, fixed timestamps.
    'zip:extension:done': (_, zipPath) => makeZipReproducible(zipPath),
    'zip:sources:done': (_, zipPath) => makeZipReproducible(zipPath),
  },
  vite: () => ({
    plugins: [knownPlatformsPlugin(), precompiledPhrasesPlugin(), noContentScriptContextPlugin()] as never[],
  }),
});
