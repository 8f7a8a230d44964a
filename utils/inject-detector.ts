/** The detector, injected into one frame on its sentinel's request (no web-accessible resource: pages cannot fetch it). */
export const DETECTOR_FILE = 'content-scripts/detector.js';

export async function injectDetector(tabId: number, frameId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [DETECTOR_FILE],
      // Not at document idle: the sentinel holds a candidate back until the detector has judged it.
      injectImmediately: true,
    });
  } catch {
    // The frame navigated or closed meanwhile: its next document has its own sentinel.
  }
}
