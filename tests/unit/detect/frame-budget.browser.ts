import { describe, expect, it } from 'vitest';
import type * as DetectorModule from '@/lib/detect/detector';
import type * as Thresholds from '@/lib/detect/thresholds';
import type * as Walk from '@/lib/detect/walk';
import { useLibPage, type WithLib } from '../../support/lib-page';

type Lib = typeof DetectorModule & typeof Walk & typeof Thresholds;

/**
 * The detector's time budget is per animation frame, shared by every mutation callback of that
 * frame: a page that changes its DOM in many small tasks gets no more of our time than one that
 * changes it in one. The page's clock and frames are the test's: every `performance.now()` the
 * detector reads moves the clock on by one millisecond, and frames come only when the test says.
 */
const libPage = useLibPage(['lib/detect/detector', 'lib/detect/walk', 'lib/detect/thresholds']);

interface Run {
  budgetMs: number;
  tasks: number;
  /** Detections after each task, before any frame. */
  afterTasks: number[];
  /** Clock time the detector spent in those tasks. */
  spentBeforeFrame: number;
  /** Detections after each frame the test ran. */
  afterFrames: number[];
}

async function floodInTasks(tasks: number): Promise<Run> {
  const page = await libPage.open('<main><h1>News</h1><p>An article.</p></main>');
  return page.evaluate(async (n) => {
    const lib = (window as unknown as WithLib<Lib>).__unbannerLib;
    let clock = 0;
    let spent = 0;
    let measuring = false;
    const frames: FrameRequestCallback[] = [];
    const performance = {
      now: () => {
        clock += 1;
        if (measuring) spent += 1;
        return clock;
      },
    };
    const win = new Proxy(window, {
      get(target, key) {
        if (key === 'performance') return performance;
        if (key === 'requestAnimationFrame') return (cb: FrameRequestCallback) => frames.push(cb);
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const found: Element[] = [];
    const detector = new lib.Detector(document, win, {
      shadowRootOf: lib.openShadowRoot,
      inFrame: false,
      isAllowed: () => false,
      coveredByRule: () => false,
      onDetected: (d) => found.push(d.el),
    });
    detector.start();
    // The first scan of the page found nothing and its frames are done.
    for (let f = 0; f < 100 && frames.length; f++) for (const cb of frames.splice(0)) cb(clock);
    const before = found.length;

    const afterTasks: number[] = [];
    measuring = true;
    for (let i = 0; i < n; i++) {
      const bar = document.createElement('div');
      bar.id = `bar-${i}`;
      bar.style.cssText = `position:fixed;left:0;right:0;bottom:${i * 4}px;background:#fff`;
      bar.innerHTML =
        '<p>We use cookies to personalise content and ads and to analyse our traffic.</p><button>Accept all</button><button>Reject all</button>';
      document.body.append(bar);
      // A task of its own: the observer's callback runs before the next one.
      await new Promise((r) => setTimeout(r, 0));
      afterTasks.push(found.length - before);
    }
    measuring = false;
    const spentBeforeFrame = spent;

    const afterFrames: number[] = [];
    for (let f = 0; f < 4 * n && frames.length; f++) {
      for (const cb of frames.splice(0)) cb(clock);
      afterFrames.push(found.length - before);
    }
    detector.stop();
    return { budgetMs: lib.THRESHOLDS.frameBudgetMs, tasks: n, afterTasks, spentBeforeFrame, afterFrames };
  }, tasks);
}

describe('the detector’s per-frame budget', () => {
  it('is shared by all the mutation callbacks of a frame, and what it leaves is judged in later frames', async () => {
    const run = await floodInTasks(24);
    // Each banner costs several clock reads: a budget per callback would judge all 24 at once.
    const judgedBeforeFrame = run.afterTasks.at(-1) ?? 0;
    expect(judgedBeforeFrame, 'banners judged before the first frame').toBeGreaterThan(0);
    expect(judgedBeforeFrame, 'banners judged before the first frame').toBeLessThan(run.tasks);
    // Time spent before the frame: the budget, the candidate that crossed it (a few reads), and two
    // reads per callback that found it spent (start and end of noting what changed).
    const CROSSING = 6;
    expect(run.spentBeforeFrame, 'ms spent in one frame').toBeLessThanOrEqual(
      run.budgetMs + CROSSING + 2 * run.tasks,
    );
    // Nothing is dropped: later frames judge the rest, a bounded number each.
    expect(run.afterFrames.at(-1), 'banners judged in the end').toBe(run.tasks);
    const perFrame = run.afterFrames.map(
      (n, i) => n - (i ? (run.afterFrames[i - 1] ?? 0) : judgedBeforeFrame),
    );
    expect(Math.max(...perFrame), 'banners judged in one frame').toBeLessThan(run.tasks);
  });
});
