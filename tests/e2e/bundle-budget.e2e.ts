import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What every frame of every page parses, from the built package: the document-start script and
 * the document-end sentinel stay small, and neither carries the detector's phrase tables (an
 * import of the detector's judging from lib/engine once put 380 KB into both).
 */
const BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3/content-scripts');

/** Every frame parses these; the detector (about 350 KB) is injected only where a candidate is seen. */
const EVERY_FRAME_BUDGET_BYTES = {
  'content.js': 64 * 1024,
  'sentinel.js': 64 * 1024,
} as const;

/** A phrase of the detector's "not consent" tables (lib/detect/phrases): present only in detector.js. */
const DETECTOR_ONLY = 'newsletter';

describe('what every frame parses', () => {
  it.each(Object.entries(EVERY_FRAME_BUDGET_BYTES))('%s stays within its budget', (file, budget) => {
    expect(statSync(resolve(BUILD, file)).size).toBeLessThanOrEqual(budget);
  });

  it("carries none of the detector's phrase tables", () => {
    expect(readFileSync(resolve(BUILD, 'detector.js'), 'utf8')).toContain(DETECTOR_ONLY);
    for (const file of Object.keys(EVERY_FRAME_BUDGET_BYTES))
      expect(readFileSync(resolve(BUILD, file), 'utf8'), file).not.toContain(DETECTOR_ONLY);
  });
});
