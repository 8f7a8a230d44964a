import type { ShadowRootOf } from '@/lib/detect/walk';

/** Closed shadow roots: Chrome's `chrome.dom.openOrClosedShadowRoot`, Firefox's `element.openOrClosedShadowRoot` (utils/browser-differences.ts). */
interface ChromeDom {
  openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null;
}

export function extensionShadowRootOf(): ShadowRootOf {
  const chromeDom = (globalThis as { chrome?: { dom?: ChromeDom } }).chrome?.dom;
  if (chromeDom?.openOrClosedShadowRoot) {
    const open = chromeDom.openOrClosedShadowRoot;
    return (el) => {
      if (el.shadowRoot) return el.shadowRoot;
      // Asking the browser costs an extension-API call: only custom elements carry closed roots in practice.
      if (!el.localName.includes('-')) return null;
      try {
        return open(el as HTMLElement);
      } catch {
        return null;
      }
    };
  }
  return (el) => {
    if (el.shadowRoot) return el.shadowRoot;
    if (!el.localName.includes('-')) return null;
    try {
      return (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
    } catch {
      return null;
    }
  };
}
