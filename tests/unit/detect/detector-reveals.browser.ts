import { describe, expect, it } from 'vitest';
import type * as DetectorModule from '@/lib/detect/detector';
import type * as Walk from '@/lib/detect/walk';
import { useLibPage, type WithLib } from '../../support/lib-page';

type Lib = typeof DetectorModule & typeof Walk;

/** Banners a page reveals with no node added: the detector must see them before they are painted long. */
const libPage = useLibPage(['lib/detect/detector', 'lib/detect/walk']);

const ARTICLE = '<main><h1>Harbour news</h1><p>The ferry sails again from Monday.</p></main>';
const NOTICE =
  '<p>We use cookies to personalise content and ads and to analyse our traffic.</p><button>Accept all</button><button>Reject all</button>';

/**
 * Starts a detector on the page, lets its first scan finish, runs `reveal` (page source), and
 * reports how many animation frames began before `#banner` was detected (-1: not within 60).
 */
async function framesUntilDetected(body: string, reveal: string): Promise<number> {
  const page = await libPage.open(body);
  return page.evaluate(
    (source) =>
      new Promise<number>((done) => {
        const lib = (window as unknown as WithLib<Lib>).__unbannerLib;
        let frames = 0;
        let revealed = false;
        const detector = new lib.Detector(document, window, {
          shadowRootOf: lib.openShadowRoot,
          inFrame: false,
          isAllowed: () => false,
          coveredByRule: () => false,
          onDetected: (d) => {
            if (revealed && d.el.id === 'banner') {
              detector.stop();
              done(frames);
            }
          },
        });
        detector.start();
        // Two frames for the first scan of the page, then the reveal, then count frames.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            revealed = true;
            new Function(source)();
            const count = () => {
              if (++frames > 60) return done(-1);
              requestAnimationFrame(count);
            };
            requestAnimationFrame(count);
          }),
        );
      }),
    reveal,
  );
}

describe('Detector, banners revealed without a new node', () => {
  it('judges a popover shown with showPopover() before the next frame', async () => {
    const body = `${ARTICLE}<div id="banner" popover="manual" style="width:480px">${NOTICE}</div>`;
    expect(await framesUntilDetected(body, "document.getElementById('banner').showPopover()")).toBe(0);
  });

  it("judges a popover in a component's shadow tree shown with showPopover() before the next frame", async () => {
    const body = `${ARTICLE}<x-notice id="banner"></x-notice><script>
      const host = document.getElementById('banner');
      host.attachShadow({ mode: 'open' }).innerHTML = '<div id="panel" popover="manual" style="width:480px">${NOTICE}</div>';
    </script>`;
    expect(
      await framesUntilDetected(
        body,
        "document.getElementById('banner').shadowRoot.getElementById('panel').showPopover()",
      ),
    ).toBe(0);
  });

  it('judges a bar revealed by a class that transitions it from visibility:hidden within a few frames, not at the transition end', async () => {
    const body = `<style>#banner{position:fixed;left:0;right:0;bottom:0;background:#fff;visibility:hidden;transform:translateY(120%);transition:all 2s}#banner.on{visibility:visible;transform:none}</style>${ARTICLE}<div id="banner">${NOTICE}</div>`;
    const frames = await framesUntilDetected(body, "document.getElementById('banner').classList.add('on')");
    // A 2 s transition ends some 120 frames later.
    expect(frames).toBeGreaterThanOrEqual(0);
    expect(frames).toBeLessThanOrEqual(3);
  });
});
