import {
  AWAITED_TIMER_LIMIT_MS,
  type InPageJudge,
  inPageJudge,
  installRecorder,
  type RecorderState,
  recorderState,
} from './page-judge';

/**
 * One judge for both browsers: what a person would see on a page (banners gone, content
 * uncovered, the page scrolling with the wheel), painted banner frames counted exactly, and
 * waits on the page's state instead of fixed sleeps. The suites plug in their browser driver.
 */
export interface PageDriver {
  /** Evaluates a JavaScript expression in the page's top frame and returns its (JSON) value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Runs a script in every new document of this page before the page's own scripts. */
  addInitScript(source: string): Promise<void>;
  /** Turns the mouse wheel by `deltaY` over the point (x, y). */
  wheel(x: number, y: number, deltaY: number): Promise<void>;
  /**
   * Turns a page that did not move gets before it counts as locked (1 unless given), as a reader
   * turns again. Firefox on a loaded CI machine now and then lets a page that scrolls ignore one
   * turn (en-manage-cookies-tab, bn-news-top-one-button), smooth scrolling off too; Chromium draws
   * almost no frames after a turn a page ignores, so a second turn there only waits for them.
   */
  wheelTurns?: number;
}

export interface Judged {
  banner?: string[];
  content?: string[];
  keep?: string[];
}

/** What a person would see on the page. */
export interface Verdict {
  visibleBanners: string[];
  coveredOrMissing: string[];
  /** Whether a wheel turn scrolls the page; null when there is nothing to scroll. */
  scrolls: boolean | null;
}

/** Frames the DOM must stay unchanged, with no page timeout or animation pending, to count as settled. */
export const QUIET_FRAMES = 10;
/** How long a page may take to settle before the test fails. */
export const SETTLE_DEADLINE_MS = 20_000;
const POLL_MS = 50;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Calls a method of the in-page judge with JSON arguments. */
function call<K extends keyof InPageJudge>(
  driver: PageDriver,
  method: K,
  ...args: Parameters<InPageJudge[K]>
): Promise<ReturnType<InPageJudge[K]>> {
  const list = args.map((a) => JSON.stringify(a)).join(', ');
  return driver.evaluate(`(${inPageJudge.toString()})().${method}(${list})`);
}

export function visibleSelectors(driver: PageDriver, selectors: string[]): Promise<string[]> {
  return call(driver, 'visibleSelectors', selectors);
}

export function contentProblems(driver: PageDriver, content: string[], keep: string[]): Promise<string[]> {
  return call(driver, 'contentProblems', content, keep);
}

/**
 * How long a decoy may stay held back while the detector, injected on request, judges it. README
 * promises a few hundred milliseconds after the page parsed in Chromium and about a second in
 * Firefox, whose injection alone took 50-800 ms (measured on en-stream-bakery-promo-first); a
 * loaded machine is given more. Past this the page is judged as it is (a decoy still hidden fails).
 */
export const DECOY_HOLD_MS = 2000;

/**
 * Waits until what a decoy page keeps is shown and uncovered, then until the page settled again.
 * The settle wait alone can end while Unbanner still holds a decoy back: holding it is the page's
 * last change, and the detector's judgement may come more than QUIET_FRAMES later.
 */
export async function waitForKeptShown(driver: PageDriver, keep: string[], what?: string): Promise<void> {
  if (!keep.length) return;
  const end = Date.now() + DECOY_HOLD_MS;
  while ((await contentProblems(driver, [], keep)).length && Date.now() < end) await sleep(POLL_MS);
  await waitForSettled(driver, what);
}

/**
 * How long a banner page may go on looking settled before Unbanner logs its removal: the detector
 * is injected on request, and on a loaded machine it can arrive after the page's DOM has been quiet
 * for the settle frames, while the sentinel holds the banner back: invisible, but the page's own
 * lock not yet undone (`inert` on the article, or a modal dialog, which leaves the rest of the
 * page inert until it is closed). Past this the page is judged as it is.
 */
export const REMOVAL_WAIT_MS = 5000;

/**
 * Waits until Unbanner has logged a removal for the page (`logged` counts the tab's log), then
 * until the page settled again.
 */
export async function waitForRemovalLogged(
  driver: PageDriver,
  logged: () => Promise<number>,
  what?: string,
): Promise<void> {
  const end = Date.now() + REMOVAL_WAIT_MS;
  while ((await logged()) === 0 && Date.now() < end) await sleep(POLL_MS);
  await waitForSettled(driver, what);
}

/** Frames a wheel turn gets to move the page, from its arrival, before it counts as locked. */
const WHEEL_FRAMES = 15;
/**
 * Frames a wheel turn that the top page never sees gets in all: it may have gone into a frame over
 * the page (which then does not scroll), or a loaded browser delivers it late (Firefox did, by
 * more than WHEEL_FRAMES).
 */
const WHEEL_UNSEEN_FRAMES = 60;

/**
 * True when a wheel turn moves the page, false when it does not, null when there is nothing to
 * scroll. Waits on frames (read from the recorder), not on the clock: a slow machine draws fewer.
 */
export async function wheelScrolls(driver: PageDriver, viewport = { width: 1280, height: 720 }) {
  if (!(await call(driver, 'scrollable'))) return null;
  await driver.evaluate('window.scrollTo(0, 0)');
  let moved = false;
  for (let turn = 0; turn < (driver.wheelTurns ?? 1) && !moved; turn++) {
    const before = await readRecorder(driver);
    await driver.wheel(viewport.width / 2, viewport.height / 2, 400);
    for (const end = Date.now() + SETTLE_DEADLINE_MS; !moved; ) {
      moved = (await driver.evaluate<number>('window.scrollY')) > 0;
      if (moved) break;
      const state = await readRecorder(driver);
      const arrived = state.wheels > before.wheels;
      if (arrived && state.frames - state.lastWheelFrame >= WHEEL_FRAMES) break;
      if (!arrived && state.frames - before.frames >= WHEEL_UNSEEN_FRAMES) break;
      if (Date.now() > end) throw new Error('no frame was drawn after the wheel turn');
      await sleep(POLL_MS);
    }
  }
  await driver.evaluate('window.scrollTo(0, 0)');
  return moved;
}

export async function judgePage(driver: PageDriver, fixture: Judged): Promise<Verdict> {
  return {
    visibleBanners: await visibleSelectors(driver, fixture.banner ?? []),
    coveredOrMissing: await contentProblems(driver, fixture.content ?? [], fixture.keep ?? []),
    scrolls: await wheelScrolls(driver),
  };
}

/** Installs the recorder for the page's next documents. Call before navigating. */
export function installRecorderOn(driver: PageDriver, bannerSelectors: string[] = []): Promise<void> {
  return driver.addInitScript(
    `(${installRecorder.toString()})(${inPageJudge.toString()}, ${JSON.stringify(bannerSelectors)}, ${AWAITED_TIMER_LIMIT_MS});`,
  );
}

/** The recorder's state; fails when it is not installed in the page (the test could measure nothing). */
export async function readRecorder(driver: PageDriver): Promise<RecorderState> {
  const state = await driver.evaluate<RecorderState | null>(`(${recorderState.toString()})()`);
  if (!state) throw new Error('the page recorder did not run in this document: nothing was measured');
  return state;
}

/**
 * Waits until the page has settled: loaded, none of its timeouts or animations pending, and
 * the DOM unchanged for QUIET_FRAMES frames (Unbanner hides within the frame a banner arrives,
 * so its work is done too). Fails after SETTLE_DEADLINE_MS.
 */
export async function waitForSettled(driver: PageDriver, what = 'the page'): Promise<RecorderState> {
  const end = Date.now() + SETTLE_DEADLINE_MS;
  let last: RecorderState | null = null;
  while (Date.now() < end) {
    last = await readRecorder(driver);
    if (
      last.readyState === 'complete' &&
      last.pendingTimers === 0 &&
      last.runningAnimations === 0 &&
      last.frames - last.lastChangeFrame >= QUIET_FRAMES
    )
      return last;
    await sleep(POLL_MS);
  }
  const why = last
    ? [
        last.readyState !== 'complete' && `still ${last.readyState}`,
        last.pendingTimers > 0 && `${last.pendingTimers} page timeout(s) pending`,
        last.runningAnimations > 0 && `animations running: ${last.animations.join(', ')}`,
        last.frames - last.lastChangeFrame < QUIET_FRAMES &&
          `the DOM still changes (frame ${last.lastChangeFrame} of ${last.frames}: ${last.lastChange})`,
      ].filter(Boolean)
    : [];
  throw new Error(`${what} did not settle in ${SETTLE_DEADLINE_MS} ms: ${why.join('; ')}`);
}

/**
 * Waits until the recorder has measured `count` more frames. Fails after SETTLE_DEADLINE_MS: a
 * page that draws no frames cannot be measured.
 */
export async function waitForMoreFrames(driver: PageDriver, count: number): Promise<void> {
  const from = (await readRecorder(driver)).frames;
  const end = Date.now() + SETTLE_DEADLINE_MS;
  while (Date.now() < end) {
    if ((await readRecorder(driver)).frames >= from + count) return;
    await sleep(POLL_MS);
  }
  throw new Error(
    `the page drew fewer than ${count} frames in ${SETTLE_DEADLINE_MS} ms: nothing was measured`,
  );
}

/** Frames painted with a banner on screen, split at the end of parsing. */
export interface PaintedFrames {
  whileParsing: number;
  afterParsing: number;
  /** Frames painted before DOMContentLoaded, with a banner or without. */
  framesWhileParsing: number;
  /** Which frames, for the failure message. */
  log: string[];
}

/**
 * Painted banner frames, after checking the recorder really measured: it ran every frame,
 * every banner selector was valid and matched an element in some frame. Throws otherwise.
 */
export async function paintedBannerFrames(driver: PageDriver): Promise<PaintedFrames> {
  const s = await readRecorder(driver);
  const problems = [...s.errors];
  if (s.frames === 0) problems.push('no frame was measured');
  if (s.missed > 0) problems.push(`${s.missed} frame(s) ran without a measurement before paint`);
  for (const [selector, frames] of Object.entries(s.present))
    if (frames === 0) problems.push(`banner selector ${selector} matched nothing in any frame`);
  if (problems.length) throw new Error(`the frame sampler could not measure: ${problems.join('; ')}`);
  return {
    whileParsing: s.paintedWhileParsing,
    afterParsing: s.painted,
    framesWhileParsing: s.framesWhileParsing,
    log: s.paintedLog,
  };
}
