import { Detector } from '@/lib/detect/detector';
import { ENGINE_GLOBAL, type Engine } from '@/lib/engine/engine';

/**
 * The generic detector and its phrase tables, injected at document end into every frame the
 * main content script runs in; it attaches to that script's engine.
 */
const MIN_FRAME_WIDTH = 800;
const MIN_FRAME_HEIGHT = 500;

export default defineContentScript({
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_end',
  allFrames: true,
  matchAboutBlank: true,
  main() {
    // Only a frame the size of a page (an app shell) gets its own detector: a smaller one (an ad,
    // a widget, a player) holds no overlay worth the cost, and a frame that is itself a banner is
    // judged by its parent, which reads same-origin frames.
    if (window !== window.top && (innerWidth < MIN_FRAME_WIDTH || innerHeight < MIN_FRAME_HEIGHT)) return;
    const engine = (globalThis as { [ENGINE_GLOBAL]?: Engine })[ENGINE_GLOBAL];
    engine?.attachDetector((doc, win, opts) => new Detector(doc, win, opts));
  },
});
