// Bundled by detector-throughput.mjs into the benchmark page: the detector on its own, no extension.
import { Detector } from '../../lib/detect/detector';
import { openShadowRoot } from '../../lib/detect/walk';

(window as unknown as { runDetector: () => { scored: number; ms: number; hidden: number } }).runDetector =
  () => {
    let hidden = 0;
    const detector = new Detector(document, window, {
      shadowRootOf: openShadowRoot,
      inFrame: false,
      isAllowed: () => false,
      coveredByRule: () => false,
      onDetected: () => {
        hidden++;
      },
    });
    const t0 = performance.now();
    detector.scanNow(document.body);
    const ms = performance.now() - t0;
    return { scored: detector.scored, ms, hidden };
  };
