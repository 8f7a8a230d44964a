import { judgeFrameDocument } from '@/lib/detect/frame-document';
import type { ShadowRootOf } from '@/lib/detect/walk';
import type { ContentToBackground } from '@/utils/messages';

/**
 * Where a frame's own judgement stands, kept in the extension's isolated world (the page cannot
 * read it; tests read it through `scripting.executeScript`):
 * - `not-a-dialog`: judged, the document is no consent dialog (judged again if it changes);
 * - `asked`: it is one, and the top frame was asked to hide this frame;
 * - `hidden`: the top frame hid it; `not-hidden`: the top frame did not (no overlay, not found);
 * - `searched`: the detector searches this frame instead (it is not judged as a whole again);
 * - `handled-inside`: something in this frame was hidden already (a platform rule): not relayed.
 */
export type FrameRelayState =
  | 'waiting'
  | 'not-a-dialog'
  | 'asked'
  | 'hidden'
  | 'not-hidden'
  | 'searched'
  | 'handled-inside';

/**
 * This frame's document judged as a whole (lib/detect/frame-document.ts) and, when it is a consent
 * dialog, told to the top frame through the background: once per frame load, whatever the answer.
 */
export class FrameRelay {
  state: FrameRelayState = 'waiting';

  constructor(
    private readonly shadowRootOf: ShadowRootOf,
    /** Something in this frame is hidden already: the frame is handled inside, not listed twice. */
    private readonly handledInside: () => boolean,
    private readonly onHidden: () => void,
    /** Runs the judgement with the page as it draws itself (what the sentinel holds back, shown). */
    private readonly asDrawn: <T>(look: () => T) => T = (look) => look(),
  ) {}

  /** Judges the document now; answers whether the top frame hid this frame. */
  async judge(): Promise<boolean> {
    if (this.state !== 'waiting' && this.state !== 'not-a-dialog') return false;
    if (this.handledInside()) {
      this.state = 'handled-inside';
      return false;
    }
    const signals = this.asDrawn(() => judgeFrameDocument(document, window, this.shadowRootOf));
    if (!signals) {
      this.state = 'not-a-dialog';
      return false;
    }
    this.state = 'asked';
    const message: ContentToBackground = {
      type: 'consent-frame',
      width: window.innerWidth,
      height: window.innerHeight,
      signals,
    };
    const hidden = await ask(message);
    this.state = hidden ? 'hidden' : 'not-hidden';
    if (hidden) this.onHidden();
    return hidden;
  }

  /** The detector searches this frame from now on. */
  searched(): void {
    if (this.state === 'waiting' || this.state === 'not-a-dialog') this.state = 'searched';
  }
}

/** Sends a message and reads a `true` answer; the callback form answers in both browsers' `chrome` namespace. */
function ask(message: ContentToBackground): Promise<boolean> {
  const runtime = (globalThis as unknown as { chrome: typeof chrome }).chrome.runtime;
  return new Promise<boolean>((resolve) => {
    try {
      runtime.sendMessage(message, (answer: unknown) => {
        void runtime.lastError;
        resolve(answer === true);
      });
    } catch {
      // The extension was reloaded: this frame's scripts are orphaned.
      resolve(false);
    }
  });
}
