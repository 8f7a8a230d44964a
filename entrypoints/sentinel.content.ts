import prefilter from 'virtual:consent-prefilter';
import { fold } from '@/lib/detect/fold';
import { ENGINE_GLOBAL, type Engine } from '@/lib/engine/engine';
import { prefilterMatcher } from '@/lib/sentinel/consent-prefilter';
import {
  FRAME_JUDGE_GLOBAL,
  FRAME_WATCH_GLOBAL,
  FrameDocumentWatch,
  isCrossOriginChildOfTop,
} from '@/lib/sentinel/frame-watch';
import { isSmallFrame, OverlaySentinel, SENTINEL_GLOBAL } from '@/lib/sentinel/overlay-sentinel';
import { PARSE_WATCH_GLOBAL, type ParseWatch } from '@/lib/sentinel/parse-watch';
import type { ContentToBackground } from '@/utils/messages';
import { extensionShadowRootOf } from '@/utils/shadow-root';

/**
 * Registered at document end in every frame instead of the detector: a few kilobytes that look for
 * a candidate overlay and only then have the background inject the detector into this frame
 * (README, "How it works"). No `browser` polyfill here: one message is all it sends.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_end',
  allFrames: true,
  matchAboutBlank: true,
  main() {
    const scope = globalThis as {
      [ENGINE_GLOBAL]?: Engine;
      [SENTINEL_GLOBAL]?: OverlaySentinel;
      [FRAME_WATCH_GLOBAL]?: FrameDocumentWatch;
      [FRAME_JUDGE_GLOBAL]?: { judge(): Promise<boolean> };
      [PARSE_WATCH_GLOBAL]?: ParseWatch;
    };
    // The document-start script did not run (site switched off), or this script already ran here.
    const engine = scope[ENGINE_GLOBAL];
    if (!engine || scope[SENTINEL_GLOBAL] || scope[FRAME_WATCH_GLOBAL]) return;
    // Built on first use: most frames are too small to look in, and say so below.
    let consent: ((text: string) => boolean) | null = null;
    const mentions = (text: string) => {
      consent ??= prefilterMatcher(prefilter);
      return consent(fold(text));
    };
    const runtime = (globalThis as unknown as { chrome: typeof chrome }).chrome.runtime;
    let requested = false;
    const needDetector = () => {
      if (requested) return;
      requested = true;
      const message: ContentToBackground = { type: 'need-detector' };
      Promise.resolve(runtime.sendMessage(message)).catch(() => {
        // The background may be restarting: the held-back overlays stay hidden, as a banner would be.
      });
    };
    // A frame another origin serves, placed in the top document, may itself be a consent layer
    // (lib/detect/frame-document.ts), whatever its size: watched as a whole, cheaply.
    if (isCrossOriginChildOfTop(window)) {
      const watch = new FrameDocumentWatch(document, window, {
        mentions,
        // The detector's script judges it (once it is here; it is asked for on the first look).
        onLooks: () => {
          const relay = scope[FRAME_JUDGE_GLOBAL];
          if (relay) void relay.judge();
          else needDetector();
        },
      });
      scope[FRAME_WATCH_GLOBAL] = watch;
      watch.start();
    }
    // No overlay search in a frame too small to hold an overlay.
    if (isSmallFrame(window)) {
      scope[PARSE_WATCH_GLOBAL]?.release();
      return;
    }
    const sentinel = new OverlaySentinel(document, window, {
      mentions,
      shadowRootOf: extensionShadowRootOf(),
      inFrame: window !== window.top,
      marks: engine.marks,
      isHandled: (el) => engine.isHandled(el),
      coveredByRule: (el) => engine.coveredByRule(el),
      ruleElementIn: (el) => engine.ruleElementIn(el),
      insideRule: (el) => engine.insideRule(el),
      onSuspect: needDetector,
    });
    scope[SENTINEL_GLOBAL] = sentinel;
    // What was held back while the page parsed is this sentinel's now (held in this same task).
    sentinel.adopt(scope[PARSE_WATCH_GLOBAL]?.takeHeld() ?? []);
    sentinel.start();
  },
});
