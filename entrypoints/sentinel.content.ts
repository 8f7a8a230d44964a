import prefilter from 'virtual:consent-prefilter';
import { fold } from '@/lib/detect/fold';
import { ENGINE_GLOBAL, type Engine } from '@/lib/engine/engine';
import { isSmallFrame, OverlaySentinel, SENTINEL_GLOBAL } from '@/lib/sentinel/overlay-sentinel';
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
    // No work at all in a frame too small to hold an overlay.
    if (isSmallFrame(window)) return;
    const scope = globalThis as { [ENGINE_GLOBAL]?: Engine; [SENTINEL_GLOBAL]?: OverlaySentinel };
    // The document-start script did not run (site switched off) or a sentinel already runs here.
    const engine = scope[ENGINE_GLOBAL];
    if (!engine || scope[SENTINEL_GLOBAL]) return;
    const consent = new RegExp(prefilter, 'u');
    const runtime = (globalThis as unknown as { chrome: typeof chrome }).chrome.runtime;
    const sentinel = new OverlaySentinel(document, window, {
      mentions: (text) => consent.test(fold(text)),
      shadowRootOf: extensionShadowRootOf(),
      inFrame: window !== window.top,
      marks: engine.marks,
      isHandled: (el) => engine.isHandled(el),
      onSuspect: () => {
        const message: ContentToBackground = { type: 'need-detector' };
        Promise.resolve(runtime.sendMessage(message)).catch(() => {
          // The background may be restarting: the held-back overlays stay hidden, as a banner would be.
        });
      },
    });
    scope[SENTINEL_GLOBAL] = sentinel;
    sentinel.start();
  },
});
