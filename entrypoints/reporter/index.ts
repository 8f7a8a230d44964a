import { startCandidate } from '@/lib/pick/hit';
import { snapshotSubtree } from '@/lib/report/snapshot';
import { extensionShadowRootOf } from '@/utils/shadow-root';

/** Where the snapshot waits for the popup, in this extension's isolated world only. */
export const REPORT_GLOBAL = '__unbannerReportSnapshot';

/**
 * "Report a banner Unbanner missed", injected into the tab's top frame by the popup: a
 * sanitised snapshot of the page's topmost overlay, which the popup turns into a report file.
 */
export default defineUnlistedScript(() => {
  const el = startCandidate(document, window, null);
  (globalThis as Record<string, unknown>)[REPORT_GLOBAL] = el
    ? {
        snapshot: snapshotSubtree(el, window, extensionShadowRootOf()),
        pageUrl: location.href,
        viewport: { width: innerWidth, height: innerHeight },
        lang: document.documentElement.lang || '',
      }
    : null;
});
