import { cssPath } from '@/lib/dom/css-path';
import { ENGINE_GLOBAL, type Engine } from '@/lib/engine/engine';
import { startCandidate } from '@/lib/pick/hit';
import { snapshotSubtree } from '@/lib/report/snapshot';
import { extensionShadowRootOf } from '@/utils/shadow-root';

/** Where the popup finds the reporter, in this extension's isolated world only. */
export const REPORT_GLOBAL = '__unbannerReporter';

/**
 * Injected by the popup into one frame of the tab: sanitised snapshots for report files.
 * `missed`: the page's topmost overlay (a banner Unbanner left). `wrongHide`: what one removal
 * hid, looked at as the page would show it (shown for the snapshot's one task, then hidden again).
 */
export default defineUnlistedScript(() => {
  const shadowRootOf = extensionShadowRootOf();
  const page = (el: Element) => ({
    snapshot: snapshotSubtree(el, window, shadowRootOf),
    pageUrl: location.href,
    viewport: { width: innerWidth, height: innerHeight },
    lang: document.documentElement.lang || '',
  });
  const engine = () => (globalThis as { [ENGINE_GLOBAL]?: Engine })[ENGINE_GLOBAL];
  (globalThis as Record<string, unknown>)[REPORT_GLOBAL] = {
    missed: () => {
      const el = startCandidate(document, window, null);
      if (!el) return null;
      // What the detector makes of it, where it runs in this frame (it is loaded only where the
      // page showed something like a banner): why it was not hidden.
      const verdict = engine()?.explain(el);
      const candidates = verdict
        ? [{ selector: cssPath(el), score: verdict.score, signals: verdict.reasons }]
        : [];
      return { ...page(el), candidates };
    },
    wrongHide: (id: string) => engine()?.peek(id, ([el]) => (el?.isConnected ? page(el) : null)) ?? null,
  };
});
