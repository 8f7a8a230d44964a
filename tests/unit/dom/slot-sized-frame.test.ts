import { describe, expect, it } from 'vitest';
import { isSlotSizedFrame } from '../../../lib/dom/slot-sized-frame';

const frame = (width: number, height: number, screenWidth = 1920, top = false) => {
  const win = { innerWidth: width, innerHeight: height, screen: { width: screenWidth } } as Window & {
    top: Window;
  };
  win.top = top ? win : ({} as Window);
  return win;
};

describe('isSlotSizedFrame', () => {
  it('is true for the ad slots of the IAB and for frames with no size yet', () => {
    for (const [w, h] of [
      [300, 250],
      [160, 600],
      [300, 600],
      [728, 90],
      [320, 50],
      [0, 0],
      [1, 1],
    ] as const)
      expect(isSlotSizedFrame(frame(w, h)), `${w}×${h}`).toBe(true);
  });

  it('is false for frames that can hold a banner: a page, a dialog, a bar across the page', () => {
    for (const [w, h] of [
      [1280, 720],
      [600, 400],
      [1280, 90],
      [970, 250],
    ] as const)
      expect(isSlotSizedFrame(frame(w, h)), `${w}×${h}`).toBe(false);
  });

  it('is false on a phone for a frame across the screen, and never for the top frame', () => {
    expect(isSlotSizedFrame(frame(390, 700, 390))).toBe(false);
    expect(isSlotSizedFrame(frame(360, 120, 390))).toBe(false);
    expect(isSlotSizedFrame(frame(300, 250, 390))).toBe(true);
    expect(isSlotSizedFrame(frame(300, 250, 1920, true))).toBe(false);
  });
});
