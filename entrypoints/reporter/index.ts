import { cssPath } from '@/lib/dom/css-path';
import { ENGINE_GLOBAL, type Engine } from '@/lib/engine/engine';
import { startCandidate } from '@/lib/pick/hit';
import { snapshotSubtree } from '@/lib/report/snapshot';
import { pickedElement } from '@/utils/picked-report';
import { extensionShadowRootOf } from '@/utils/shadow-root';

/** Where the popup finds the reporter, in this extension's isolated world only. */
export const REPORT_GLOBAL = '__unbannerReporter';

/**
 * Injected by the popup into one frame of the tab: sanitised snapshots for report files.
 * `missed`: the page's topmost overlay (a banner Unbanner left). `picked`: the element the user
 * picked in pick mode and reported (top frame; it may be in a same-origin frame's document).
 * `wrongHide`: what one removal hid, looked at as the page would show it (shown for the
 * snapshot's one task, then hidden again).
 */
export default defineUnlistedScript(() => {
  const shadowRootOf = extensionShadowRootOf();
  const page = (el: Element) => ({
    // An element of a same-origin frame is measured by its own window.
    snapshot: snapshotSubtree(el, el.ownerDocument.defaultView ?? window, shadowRootOf),
    pageUrl: location.href,
    viewport: { width: innerWidth, height: innerHeight },
    lang: document.documentElement.lang || '',
  });
  const engine = () => (globalThis as { [ENGINE_GLOBAL]?: Engine })[ENGINE_GLOBAL];
  const missed = (el: Element | null) => {
    if (!el) return null;
    // What the detector makes of it, where it runs in this frame (it is loaded only where the
    // page showed something like a banner): why it was not hidden.
    const verdict = el.ownerDocument === document ? engine()?.explain(el) : undefined;
    const candidates = verdict
      ? [{ selector: cssPath(el), score: verdict.score, signals: verdict.reasons }]
      : [];
    return { ...page(el), candidates };
  };
  (globalThis as Record<string, unknown>)[REPORT_GLOBAL] = {
    missed: () => missed(startCandidate(document, window, null)),
    picked: () => missed(pickedElement()),
    wrongHide: (id: string) => engine()?.peek(id, ([el]) => (el?.isConnected ? page(el) : null)) ?? null,
  };
});
