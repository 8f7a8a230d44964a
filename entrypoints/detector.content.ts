import { Detector } from '@/lib/detect/detector';
import { compileSteps } from '@/lib/detect/text-signals';
import { THRESHOLDS } from '@/lib/detect/thresholds';
import { ENGINE_GLOBAL, type Engine } from '@/lib/engine/engine';
import {
  FRAME_JUDGE_GLOBAL,
  FRAME_WATCH_GLOBAL,
  type FrameDocumentWatch,
  isCrossOriginChildOfTop,
} from '@/lib/sentinel/frame-watch';
import { isSmallFrame, type OverlaySentinel, SENTINEL_GLOBAL } from '@/lib/sentinel/overlay-sentinel';
import { FrameRelay } from '@/utils/frame-relay';
import { extensionShadowRootOf } from '@/utils/shadow-root';

/**
 * The generic detector and its phrase tables. Not registered: the background injects it into one
 * frame when that frame's sentinel has seen a candidate overlay (entrypoints/sentinel.content.ts),
 * and it attaches to the document-start script's engine. The overlays the sentinel held back stay
 * hidden until the detector has judged them.
 */

/**
 * Compiling a phrase category's expressions happens on their first use and costs milliseconds per
 * part (tens on a slow phone): done before judging, in tasks of about THRESHOLDS.compileSliceMs, so
 * no task of ours gets long. Every category the detector's scoring reads, 'consent' first.
 */
const PHRASE_CATEGORIES = [
  'consent',
  'statement',
  'privacy',
  'reject',
  'accept',
  'settings',
  'dismiss',
  'necessary',
  'policy',
  'notConsent',
] as const;

/**
 * The next task, without the 4 ms that nested timeouts are held back for: a message on a channel of
 * our own world, which the page cannot see.
 */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

export default defineContentScript({
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_end',
  allFrames: true,
  matchAboutBlank: true,
  async main() {
    const small = isSmallFrame(window);
    const relayable = isCrossOriginChildOfTop(window);
    // A small frame is judged only as a whole, and only when it may be a consent layer.
    if (small && !relayable) return;
    const scope = globalThis as {
      [ENGINE_GLOBAL]?: Engine;
      [SENTINEL_GLOBAL]?: OverlaySentinel;
      [FRAME_WATCH_GLOBAL]?: FrameDocumentWatch;
      [FRAME_JUDGE_GLOBAL]?: FrameRelay;
      __unbannerDetector?: boolean;
    };
    const engine = scope[ENGINE_GLOBAL];
    // Injected twice (two requests crossing): the first copy does the work.
    if (!engine || scope.__unbannerDetector) return;
    scope.__unbannerDetector = true;
    scope[SENTINEL_GLOBAL]?.detectorArrived();
    // Evaluating this script is a task's worth already.
    await nextTask();
    let sliceStart = performance.now();
    for (const step of compileSteps(PHRASE_CATEGORIES)) {
      step();
      if (performance.now() - sliceStart >= THRESHOLDS.compileSliceMs) {
        await nextTask();
        sliceStart = performance.now();
      }
    }
    await nextTask();
    const sentinel = scope[SENTINEL_GLOBAL];
    if (relayable) {
      const relay = new FrameRelay(
        extensionShadowRootOf(),
        () => engine.removals.length > 0,
        () => {
          scope[FRAME_WATCH_GLOBAL]?.stop();
          // The frame is hidden in the top document: what the sentinel held back is shown in it
          // again (restoring the frame shows the dialog as the page drew it).
          for (const el of sentinel?.held() ?? []) sentinel?.release(el);
          sentinel?.stop();
        },
        // A dialog drawn fixed in the frame is held back by the sentinel meanwhile: judged as shown.
        (look) => (sentinel ? sentinel.whileShown(look) : look()),
      );
      scope[FRAME_JUDGE_GLOBAL] = relay;
      if (await relay.judge()) return;
      // The watch asks again when the document changes (a consent layer's script renders it).
      if (small) return;
      // A frame the detector searches is not judged as a whole again: what it hides inside the
      // frame and the frame hidden in the top document would be listed twice.
      scope[FRAME_WATCH_GLOBAL]?.stop();
      relay.searched();
    }
    sentinel?.stop();
    // In one task: show the held-back overlays and judge the page and each of them (one in the
    // page's reading matter is not read by a scan of the whole page); banners are hidden again
    // before a frame paints.
    let detector: Detector | null = null;
    engine.attachDetector((doc, win, opts) => {
      detector = new Detector(doc, win, opts);
      return detector;
    });
    const judge = (el: Element) => {
      sentinel?.release(el);
      (detector as Detector | null)?.scanNow(el);
    };
    const now: Element[] = [];
    for (const el of sentinel?.held() ?? []) {
      // A frame is judged by its document: held back until that has arrived.
      if (el instanceof HTMLIFrameElement && !frameParsed(el))
        el.addEventListener('load', () => judge(el), { once: true });
      else now.push(el);
    }
    // All shown again, then all judged: measuring each after showing it would lay out the page
    // once per element (a page that adds thousands of comments about cookies holds many).
    for (const el of now) sentinel?.release(el);
    for (const el of now) (detector as Detector | null)?.scanNow(el);
  },
});

/** Whether a same-origin frame's own document has parsed (a cross-origin one is judged by its labels now). */
function frameParsed(frame: HTMLIFrameElement): boolean {
  try {
    const doc = frame.contentDocument;
    return !doc || (doc.URL !== 'about:blank' && doc.readyState !== 'loading');
  } catch {
    return true;
  }
}
