/**
 * Where Chrome and Firefox differ for Unbanner, in one place. Both builds are Manifest V3.
 *
 * - Host access. Chrome grants `host_permissions` at install and they stay granted unless the
 *   user narrows them. In Firefox MV3 they are user-controlled ("optional by default"): Firefox
 *   127+ grants them at install (`extensions.originControls.grantByDefault`), but the user can
 *   withdraw them in about:addons or the Extensions panel at any time, and older or managed
 *   setups may not grant them at all. Registered content scripts then simply do not run.
 * - Dynamic content scripts. Both have `scripting.registerContentScripts` in MV3 (Chrome 96+,
 *   Firefox 102+). `matchOriginAsFallback` (about:blank/srcdoc/blob frames) needs Chrome 119+ or
 *   Firefox 128+ and is dropped where the browser rejects it (`registeredScriptVariants`).
 *   Firefox keeps registrations across restarts only with `persistAcrossSessions` (default true
 *   in both); the background re-registers on install and start-up anyway.
 * - User-origin CSS. `scripting.insertCSS({ origin: 'USER' })` works in both (Firefox maps it
 *   to its user sheet). Firefox removes inserted CSS when the frame navigates, as Chrome does.
 * - storage.session. Chrome 102+, Firefox 115+; in both, only extension pages and the
 *   background read it by default (Chrome's `setAccessLevel` is not in Firefox: nothing here
 *   needs it). The per-tab log relies on it because Firefox's MV3 background is an event page
 *   that is unloaded when idle, as Chrome's service worker is stopped.
 * - Closed shadow roots. Chrome gives extensions `chrome.dom.openOrClosedShadowRoot`; Firefox
 *   gives content scripts `element.openOrClosedShadowRoot` (a property, through the X-ray).
 * - Manifest. Firefox needs `browser_specific_settings.gecko` (id, minimum version, data
 *   collection declaration); Chrome must not get it (wxt.config.ts builds it per browser).
 */

/** Firefox add-on id: also what Firefox keys the extension's moz-extension:// UUID by. */
export const FIREFOX_ADDON_ID = 'unbanner@unbanner.dev';

/**
 * Firefox 140 (ESR 140): the first to understand `data_collection_permissions`, and above every
 * other API floor here (storage.session 115, MV3 host-permission grant at install 127,
 * matchOriginAsFallback 128).
 */
export const FIREFOX_MIN_VERSION = '140.0';

/** Firefox for Android reads `data_collection_permissions` from 142 on. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** The pages Unbanner works on: its host permissions and its content script's matches. */
export const HOST_ORIGINS = ['http://*/*', 'https://*/*'] as const;

type RegisteredScript = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

/** The registration to try, best first: with `matchOriginAsFallback`, then without it. */
export function registeredScriptVariants(script: RegisteredScript): RegisteredScript[] {
  return [{ ...script, matchOriginAsFallback: true } as RegisteredScript, script];
}

// Kept in its own file so that a content script can use it without the `browser` polyfill.
export { extensionShadowRootOf } from './shadow-root';
