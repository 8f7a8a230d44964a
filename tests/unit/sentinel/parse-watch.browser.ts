import { describe, expect, it } from 'vitest';
import type * as ParseWatchModule from '@/lib/sentinel/parse-watch';
import { PARSE_WATCH_BLOCK_TEXT } from '../../../lib/sentinel/parse-watch';
import { useLibPage, type WithLib } from '../../support/lib-page';

/** The look before each frame needs the browser's layout, and its timing relative to a frame's callbacks. */
const libPage = useLibPage(['lib/sentinel/parse-watch']);
const ARTICLE =
  '<main><article><h1>Harbour ferry returns</h1><p>The ferry sails again from Monday.</p><div style="height:2000px"></div></article></main>';

/**
 * Starts a watch on a parsed page of `body`, and reports whether the element `#id` is held back
 * (it carries the pending mark). With `added`, a script adds that to the body as a library does on
 * DOMContentLoaded, and the answer is read when the next frame's first callback runs; without, the
 * element was there as the page parsed (a library's prepend: no insertion is seen), and the answer
 * is read in the second frame, once the watch has looked after the first one's layout.
 */
async function heldBack(body: string, id: string, added?: string): Promise<boolean> {
  const page = await libPage.open(body);
  return page.evaluate(
    ([selector, html]) =>
      new Promise<boolean>((done) => {
        const { ParseWatch } = (window as unknown as WithLib<typeof ParseWatchModule>).__unbannerLib;
        const watch = new ParseWatch(document, window, {
          mentions: (text) => /cookie/i.test(text),
          marks: { pending: 'data-test-pending', shown: 'data-test-shown' },
          isHandled: () => false,
          shadowRootOf: (el) => el.shadowRoot,
        });
        watch.start();
        const answer = () => done(!!document.querySelector(selector)?.closest('[data-test-pending]'));
        if (html === undefined) {
          requestAnimationFrame(() => requestAnimationFrame(answer));
          return;
        }
        // Registered after the watch's own frame callback: what this callback sees is what a frame
        // sampler of the page's sees, before any layout of the frame.
        setTimeout(() => {
          document.body.insertAdjacentHTML('beforeend', html);
          requestAnimationFrame(answer);
        }, 0);
      }),
    [`#${id}`, added] as const,
  );
}

const heldAtNextFrame = (html: string) => heldBack(ARTICLE, 'added', html);
const firstBlockHeld = (first: string) => heldBack(first + ARTICLE, 'first');

describe('ParseWatch, from the end of parsing until document end', () => {
  it('holds back a fixed notice a script adds, before the next frame', async () => {
    expect(
      await heldAtNextFrame(
        '<div id="added" style="position:fixed;left:0;right:0;bottom:0;background:#222;color:#fff"><p>We use cookies to measure our audience.</p><button>OK</button></div>',
      ),
    ).toBe(true);
  });

  it('holds back the fixed panel inside a wrapper a script adds', async () => {
    expect(
      await heldAtNextFrame(
        '<div><div id="added" style="position:fixed;right:16px;bottom:16px;width:360px"><p>This site uses cookies.</p><button>Accept</button></div></div>',
      ),
    ).toBe(true);
  });

  it('leaves a fixed bar about something else alone', async () => {
    expect(
      await heldAtNextFrame(
        '<div id="added" style="position:fixed;left:0;right:0;bottom:0"><p>Storm warning: ferries cancelled tonight.</p><button>Close</button></div>',
      ),
    ).toBe(false);
  });

  it('holds back a thin notice first in the body, above the top row of points it hit-tests', async () => {
    const thin =
      '<div id="first" style="font:12px/16px sans-serif">By continuing to visit this site, you accept the use of cookies. <button style="font:inherit;padding:0">Reject</button> <button style="font:inherit;padding:0">Accept</button></div>';
    expect(await firstBlockHeld(thin)).toBe(true);
  });

  it('leaves a first block about something else, and a header whose menu says cookies, alone', async () => {
    expect(
      await firstBlockHeld(
        '<div id="first" style="font:12px/16px sans-serif">Free delivery this weekend only. <button>Shop now</button></div>',
      ),
    ).toBe(false);
    expect(
      await firstBlockHeld(
        '<header id="first" style="font:12px/16px sans-serif"><nav><a href="/cookies">Cookie settings</a> <a href="/">Home</a></nav></header>',
      ),
    ).toBe(false);
  });

  it("holds a component's bar whose shadow root starts with more CSS than a notice has words", async () => {
    // Svelte, Stencil and Vue put a component's styles in a <style> in its shadow root: a CSS
    // framework's worth (htmlbricks' cookie bar carries Bulma) is longer than any notice's text.
    const css = Array.from({ length: 2000 }, (_, i) => `.c${i}{margin:${i}px}`).join('');
    const bar = (words: string) =>
      `<cookie-bar id="notice"><template shadowrootmode="open"><style>${css}</style><div style="position:fixed;left:0;right:0;bottom:0;height:120px;background:#222;color:#fff"><p>${words}</p><button>OK</button></div></template></cookie-bar>`;
    expect(css.length).toBeGreaterThan(PARSE_WATCH_BLOCK_TEXT);
    expect(await heldBack(ARTICLE + bar('We use cookies to measure our audience.'), 'notice')).toBe(true);
    expect(await heldBack(ARTICLE + bar('Storm warning: ferries cancelled tonight.'), 'notice')).toBe(false);
  });

  it('holds a notice whose style transitions its opacity at once, not by fading it out as it is painted', async () => {
    const bar =
      '<div id="bar" style="position:fixed;left:0;right:0;bottom:0;background:#222;color:#fff;transition:all .5s"><p>We use cookies to measure our audience.</p><button>OK</button></div>';
    const page = await libPage.open(bar + ARTICLE);
    const opacity = await page.evaluate(
      () =>
        new Promise<string>((done) => {
          const { ParseWatch } = (window as unknown as WithLib<typeof ParseWatchModule>).__unbannerLib;
          new ParseWatch(document, window, {
            mentions: (text) => /cookie/i.test(text),
            marks: { pending: 'data-test-pending', shown: 'data-test-shown' },
            isHandled: () => false,
            shadowRootOf: (el) => el.shadowRoot,
          }).start();
          // The frame after the look that held it: a fade from full opacity would be near its start.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const el = document.getElementById('bar') as HTMLElement;
              done(el.hasAttribute('data-test-pending') ? getComputedStyle(el).opacity : 'not held');
            }),
          );
        }),
    );
    expect(opacity).toBe('0');
  });

  it('spaces its looks out where each is slow on a page of many frames, and nowhere else', async () => {
    const page = await libPage.open(ARTICLE);
    const looks = (slowMs: number, frames: number) =>
      page.evaluate(
        ([slow, count, frameCount]) =>
          new Promise<number>((done) => {
            const lib = (window as unknown as WithLib<typeof ParseWatchModule>).__unbannerLib;
            const added: HTMLIFrameElement[] = [];
            for (let i = 0; i < frameCount; i++) {
              const frame = document.createElement('iframe');
              frame.style.cssText = 'width:20px;height:10px;border:0';
              added.push(document.body.appendChild(frame));
            }
            const original = document.elementFromPoint.bind(document);
            let calls = 0;
            // A hit test as slow as on a page of hundreds of frames, whose layouts it brings up to date.
            // A quick one answers at once: a real hit test on a page adding 60 frames brings their
            // layouts up to date and, on a loaded machine, is slow itself (the look is then spaced out).
            document.elementFromPoint = (x: number, y: number) => {
              calls++;
              if (!slow) return null;
              for (const end = performance.now() + slow; performance.now() < end; );
              return original(x, y);
            };
            const watch = new lib.ParseWatch(document, window, {
              mentions: () => false,
              marks: { pending: 'data-test-pending', shown: 'data-test-shown' },
              isHandled: () => false,
              shadowRootOf: (el) => el.shadowRoot,
            });
            watch.start();
            let left = count;
            const frame = () => {
              if (--left > 0) return void requestAnimationFrame(frame);
              watch.release();
              document.elementFromPoint = original;
              for (const f of added) f.remove();
              done(calls / (lib.PARSE_WATCH_X.length * lib.PARSE_WATCH_Y.length));
            };
            requestAnimationFrame(frame);
          }),
        [slowMs, 12, frames] as const,
      );
    const many = 60;
    // Quick: a look in (nearly) every one of the 12 frames, however many frames the page has.
    expect(await looks(0, many)).toBeGreaterThanOrEqual(10);
    // Slow (15 points of 1 ms) on an ordinary page: still every frame.
    expect(await looks(1, 0)).toBeGreaterThanOrEqual(10);
    // Slow on a page of many frames: the next look waits 30 times as long, past the 12 frames.
    expect(await looks(1, many)).toBe(1);
  });
});
