import { THRESHOLDS as T } from '../detect/thresholds';

/** A child frame as the extension knows it: the URL of its document and the size of its viewport. */
export interface FrameReport {
  /** The frame's document URL, as the browser gave it to the extension (not as the frame says). */
  url: string;
  width: number;
  height: number;
}

/** The frame's viewport in the parent document: the iframe's content box (its padding is outside the frame). */
function contentBox(frame: HTMLIFrameElement, win: Window): { width: number; height: number } {
  const cs = win.getComputedStyle(frame);
  const px = (v: string) => Number.parseFloat(v) || 0;
  return {
    width: frame.clientWidth - px(cs.paddingLeft) - px(cs.paddingRight),
    height: frame.clientHeight - px(cs.paddingTop) - px(cs.paddingBottom),
  };
}

/**
 * The iframe element in `doc` that holds the reported frame, or null when none or more than one
 * could. The extension cannot name the element of a frame id, so it is found by what both sides
 * see: the iframe's `src` has the frame document's origin, and its content box is the frame's
 * viewport. Among several such frames the one whose `src` has the same path is it; when that still
 * leaves more than one (two identical embeds), nothing is returned: hiding the wrong frame is worse
 * than hiding none.
 */
export function findReportedFrame(doc: Document, win: Window, report: FrameReport): HTMLIFrameElement | null {
  let target: URL;
  try {
    target = new URL(report.url);
  } catch {
    return null;
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return null;
  const sameBox: { frame: HTMLIFrameElement; samePath: boolean }[] = [];
  for (const frame of doc.querySelectorAll('iframe')) {
    let src: URL;
    try {
      src = new URL(frame.src);
    } catch {
      continue;
    }
    if (src.origin !== target.origin) continue;
    const box = contentBox(frame, win);
    if (
      Math.abs(box.width - report.width) > T.frameBoxSlackPx ||
      Math.abs(box.height - report.height) > T.frameBoxSlackPx
    )
      continue;
    sameBox.push({ frame, samePath: src.pathname === target.pathname });
  }
  if (sameBox.length === 1) return sameBox[0]?.frame ?? null;
  const samePath = sameBox.filter((c) => c.samePath);
  return samePath.length === 1 ? (samePath[0]?.frame ?? null) : null;
}
