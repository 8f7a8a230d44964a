/**
 * Where Chrome and Firefox differ for Unbanner, in one place.
 * - Closed shadow roots: Chrome gives extensions `chrome.dom.openOrClosedShadowRoot`, Firefox
 *   gives content scripts `element.openOrClosedShadowRoot`.
 * - Registered content scripts: `matchOriginAsFallback` is tried first and dropped where
 *   unsupported (utils/registration.ts).
 * - storage.session: both browsers have it in MV3; the tab log relies on it.
 */
import type { ShadowRootOf } from '@/lib/detect/walk';

interface ChromeDom {
  openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null;
}

export function extensionShadowRootOf(): ShadowRootOf {
  const chromeDom = (globalThis as { chrome?: { dom?: ChromeDom } }).chrome?.dom;
  if (chromeDom?.openOrClosedShadowRoot) {
    const open = chromeDom.openOrClosedShadowRoot;
    return (el) => {
      if (el.shadowRoot) return el.shadowRoot;
      if (!el.localName.includes('-') && !(el instanceof HTMLElement)) return null;
      try {
        return open(el as HTMLElement);
      } catch {
        return null;
      }
    };
  }
  return (el) => {
    const firefox = el as Element & { openOrClosedShadowRoot?: ShadowRoot | null };
    return el.shadowRoot ?? firefox.openOrClosedShadowRoot ?? null;
  };
}
