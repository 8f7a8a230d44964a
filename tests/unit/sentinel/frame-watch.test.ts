import { afterEach, describe, expect, it, vi } from 'vitest';
import { consentPrefilter } from '../../../build/precompiled-phrases';
import { fold } from '../../../lib/detect/fold';
import { THRESHOLDS } from '../../../lib/detect/thresholds';
import { prefilterMatcher } from '../../../lib/sentinel/consent-prefilter';
import {
  FrameDocumentWatch,
  isCrossOriginChildOfTop,
  mayBeConsentDocument,
} from '../../../lib/sentinel/frame-watch';

/** The prefilter as the sentinel script builds it. */
const prefilter = prefilterMatcher(consentPrefilter());
const mentions = (text: string) => prefilter(fold(text));
const DIALOG =
  '<p>Wir verwenden Cookies, um unseren Shop zu verbessern. Sie können Ihre Einwilligung jederzeit widerrufen.</p><button>Alle akzeptieren</button>';

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('mayBeConsentDocument', () => {
  it('is true for a short document that mentions consent and has a control to answer it', () => {
    document.body.innerHTML = DIALOG;
    expect(mayBeConsentDocument(document, window, mentions)).toBe(true);
  });

  it('is false without a control, without consent wording, or for a page’s worth of text', () => {
    document.body.innerHTML = '<p>Wir verwenden Cookies, um unseren Shop zu verbessern.</p>';
    expect(mayBeConsentDocument(document, window, mentions)).toBe(false);
    document.body.innerHTML =
      '<p>The ferry returns on Monday after four months of repairs.</p><button>Play</button>';
    expect(mayBeConsentDocument(document, window, mentions)).toBe(false);
    document.body.innerHTML = `<p>${'The ferry returns. '.repeat(300)}</p>${DIALOG}`;
    expect(mayBeConsentDocument(document, window, mentions)).toBe(false);
  });

  it('reads no script or style text', () => {
    document.body.innerHTML =
      '<p>Loading the player…</p><button>Play</button><script>var cookies = "consent";</script><style>.cookie-consent{}</style>';
    expect(mayBeConsentDocument(document, window, mentions)).toBe(false);
  });
});

describe('FrameDocumentWatch', () => {
  it('looks at document end, then once after a burst of changes, and stops after its bounded looks', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p>Loading…</p>';
    let looks = 0;
    const watch = new FrameDocumentWatch(document, window, { mentions, onLooks: () => looks++ });
    watch.start();
    expect(watch.looks).toBe(1);
    expect(looks).toBe(0);
    // A consent layer's script renders the dialog in several changes.
    document.body.innerHTML = DIALOG;
    document.body.append(document.createElement('span'));
    await Promise.resolve();
    vi.advanceTimersByTime(THRESHOLDS.frameWatchIntervalMs);
    expect(watch.looks).toBe(2);
    expect(looks).toBe(1);
    for (let i = 0; i < THRESHOLDS.frameWatchMaxChecks + 5; i++) {
      document.body.append(document.createElement('span'));
      await Promise.resolve();
      vi.advanceTimersByTime(THRESHOLDS.frameWatchIntervalMs);
    }
    expect(watch.looks).toBe(THRESHOLDS.frameWatchMaxChecks);
    watch.stop();
  });

  it('looks again when the frame learns its size (a frame in another process may start at 0×0)', () => {
    vi.useFakeTimers();
    document.body.innerHTML = DIALOG;
    let looks = 0;
    const watch = new FrameDocumentWatch(document, window, { mentions, onLooks: () => looks++ });
    watch.start();
    window.dispatchEvent(new Event('resize'));
    vi.advanceTimersByTime(THRESHOLDS.frameWatchIntervalMs);
    expect(watch.looks).toBe(2);
    expect(looks).toBe(2);
    watch.stop();
  });

  it('stops looking after its time', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p>Loading…</p>';
    const watch = new FrameDocumentWatch(document, window, { mentions, onLooks: () => undefined });
    watch.start();
    vi.advanceTimersByTime(THRESHOLDS.frameWatchMs);
    document.body.innerHTML = DIALOG;
    await Promise.resolve();
    vi.advanceTimersByTime(THRESHOLDS.frameWatchIntervalMs * 2);
    expect(watch.looks).toBe(1);
  });
});

describe('isCrossOriginChildOfTop', () => {
  it('is false in the top frame', () => {
    expect(isCrossOriginChildOfTop(window)).toBe(false);
  });

  it('is true for a child of the top whose top it cannot read, false for one nested deeper or same-origin', () => {
    const top = {
      get location(): Location {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    } as unknown as Window;
    expect(isCrossOriginChildOfTop({ top, parent: top } as unknown as Window)).toBe(true);
    expect(isCrossOriginChildOfTop({ top, parent: {} } as unknown as Window)).toBe(false);
    const readable = { location: { href: 'https://news.example/' } } as unknown as Window;
    expect(isCrossOriginChildOfTop({ top: readable, parent: readable } as unknown as Window)).toBe(false);
  });
});
