import { Detector } from '@/lib/detect/detector';
import { ENGINE_GLOBAL, type Engine } from '@/lib/engine/engine';

/**
 * The generic detector and its phrase tables, injected at document end into every frame the
 * main content script runs in; it attaches to that script's engine.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_end',
  allFrames: true,
  matchAboutBlank: true,
  main() {
    const engine = (globalThis as { [ENGINE_GLOBAL]?: Engine })[ENGINE_GLOBAL];
    engine?.attachDetector((doc, win, opts) => new Detector(doc, win, opts));
  },
});
