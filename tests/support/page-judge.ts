/**
 * The page side of the judge, shared by the Chromium (Playwright) and Firefox (Puppeteer)
 * suites. Each function here is sent to the page as source text, so it must not use anything
 * from this module's scope: everything it needs is defined inside it.
 */

/** What the in-page judge can do; `>>>` in a selector steps into the open shadow root of the match. */
export interface InPageJudge {
  /** Elements matching a selector that may cross open shadow roots. Throws on an invalid selector. */
  find(selector: string): Element[];
  /** Rendered (not display:none, visibility:hidden or opacity:0 up the tree), ≥ 1 px, in the viewport. */
  shown(el: Element): boolean;
  /** Selectors with an element shown. */
  visibleSelectors(selectors: string[]): string[];
  /** Content selectors missing or covered at their visible centre, keep selectors not rendered. */
  contentProblems(content: string[], keep: string[]): string[];
  /** Taller than the viewport: a wheel turn can scroll it. */
  scrollable(): boolean;
}

/** Builds the in-page judge. Runs in the page. */
export function inPageJudge(): InPageJudge {
  const rendered = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const find = (selector: string): Element[] => {
    const parts = selector.split('>>>').map((p) => p.trim());
    let scopes: (Document | ShadowRoot)[] = [document];
    let found: Element[] = [];
    parts.forEach((part, i) => {
      found = scopes.flatMap((s) => [...s.querySelectorAll(part)]);
      if (i < parts.length - 1) scopes = found.flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []));
    });
    return found;
  };
  const shown = (el: Element) => {
    if (!rendered(el)) return false;
    const r = el.getBoundingClientRect();
    return (
      r.width >= 1 &&
      r.height >= 1 &&
      r.bottom > 0 &&
      r.right > 0 &&
      r.top < innerHeight &&
      r.left < innerWidth
    );
  };
  const uncovered = (el: Element) => {
    if (!rendered(el)) return false;
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = el.getBoundingClientRect();
    const left = Math.max(r.left, 0);
    const right = Math.min(r.right, innerWidth);
    const top = Math.max(r.top, 0);
    const bottom = Math.min(r.bottom, innerHeight);
    if (right - left < 1 || bottom - top < 1) return false;
    const x = (left + right) / 2;
    const y = (top + bottom) / 2;
    let hit: Element | null = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    if (!hit) return false;
    // The hit may be inside `el`'s shadow tree: walk up through hosts.
    for (let n: Node | null = hit; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null)
      if (n === el) return true;
    return false;
  };
  return {
    find,
    shown,
    visibleSelectors: (selectors) => selectors.filter((s) => find(s).some(shown)),
    contentProblems: (content, keep) => {
      const bad: string[] = [];
      for (const s of content) {
        const all = find(s);
        if (!all.length || !all.every(uncovered)) bad.push(s);
      }
      for (const s of keep) {
        const all = find(s);
        if (!all.length || !all.every(rendered)) bad.push(s);
      }
      window.scrollTo(0, 0);
      return bad;
    },
    scrollable: () =>
      Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0) > innerHeight + 2,
  };
}

/** What the recorder saw from document start, read with `recorderState`. */
export interface RecorderState {
  /** Frames measured (each just before it painted). */
  frames: number;
  /** Frames in which a banner element was rendered in the viewport, after DOMContentLoaded. */
  painted: number;
  /**
   * The same, before DOMContentLoaded: while the parser was still adding the document, or the
   * browser was still loading its document-end scripts (Firefox paints then).
   */
  paintedWhileParsing: number;
  /** Frames measured before DOMContentLoaded, banner or not (whether the browser painted the page while parsing it). */
  framesWhileParsing: number;
  /** Per banner selector: frames in which it matched an element (proof the sampler could see it). */
  present: Record<string, number>;
  /** Frames whose rAF ran but whose pre-paint measurement did not: the sampler is blind to those. */
  missed: number;
  /** Anything that stopped a measurement (an invalid selector, ...). */
  errors: string[];
  /** The last frame in which the DOM changed (the page, or Unbanner hiding something). */
  lastChangeFrame: number;
  /** The page's own timeouts still to run. */
  pendingTimers: number;
  /** Finite animations and transitions still running. */
  runningAnimations: number;
  /** For a failure message: the last DOM change, and the animations running, described. */
  lastChange: string;
  animations: string[];
  readyState: DocumentReadyState;
  /** Painted banner frames, for a failure message: frame number, document state, ms since start. */
  paintedLog: string[];
  /** Wheel events the page received, and the frame of the last one (a wheel turn is judged from then). */
  wheels: number;
  lastWheelFrame: number;
}

/** Timeouts longer than this are not waited for: no fixture's banner arrives that late. */
export const AWAITED_TIMER_LIMIT_MS = 10_000;

/**
 * Installed before the page's own scripts (an init script, top frame only). Measures every
 * frame just before it paints, and records what a settle wait needs to know.
 *
 * Exactness: the measurement runs in a ResizeObserver callback, which browsers deliver after
 * every requestAnimationFrame callback of the frame (Unbanner's detector among them) and after
 * style and layout, immediately before paint; and in the second round of observations (the
 * body, observed in the first round's callback), so that every first-round callback, Unbanner's
 * included, has run. A fresh observation made in each frame's rAF is always delivered in that
 * same frame. So a banner shown by a task and hidden by the detector
 * in the next rAF is not counted, and one that is on screen when the frame paints is.
 */
export function installRecorder(
  makeJudge: () => InPageJudge,
  selectors: string[],
  awaitedTimerLimitMs: number,
): void {
  if (window !== window.top) return;
  const judge = makeJudge();
  const state: RecorderState = {
    frames: 0,
    painted: 0,
    paintedWhileParsing: 0,
    framesWhileParsing: 0,
    present: Object.fromEntries(selectors.map((s) => [s, 0])),
    missed: 0,
    errors: [],
    lastChangeFrame: 0,
    pendingTimers: 0,
    runningAnimations: 0,
    lastChange: '',
    animations: [],
    readyState: document.readyState,
    paintedLog: [],
    wheels: 0,
    lastWheelFrame: 0,
  };
  // Capture on the window runs before anything the page listens with.
  addEventListener(
    'wheel',
    () => {
      state.wheels++;
      state.lastWheelFrame = state.frames;
    },
    { capture: true, passive: true },
  );
  let contentLoaded = false;
  document.addEventListener('DOMContentLoaded', () => {
    contentLoaded = true;
  });
  (window as unknown as { __unbannerRecorder: RecorderState }).__unbannerRecorder = state;

  // The page's timeouts, so that "settled" can wait for a banner the page shows later.
  const pending = new Set<number>();
  const setTimeoutOrig = window.setTimeout.bind(window);
  const clearTimeoutOrig = window.clearTimeout.bind(window);
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    if (typeof handler !== 'function' || (ms ?? 0) > awaitedTimerLimitMs)
      return setTimeoutOrig(handler, ms, ...args);
    const id: number = setTimeoutOrig(
      (...a: unknown[]) => {
        pending.delete(id);
        (handler as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    pending.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    clearTimeoutOrig(id);
  }) as typeof window.clearTimeout;

  const describe = (n: Node | null) =>
    n instanceof Element ? `${n.localName}${n.id ? `#${n.id}` : ''}` : String(n?.nodeName ?? '');
  new MutationObserver((records) => {
    state.lastChangeFrame = state.frames;
    const r = records[records.length - 1];
    if (r)
      state.lastChange = `${r.type}${r.attributeName ? ` ${r.attributeName}` : ''} on ${describe(r.target)}`;
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  let awaiting = false;
  const measure = () => {
    awaiting = false;
    state.frames++;
    if (!contentLoaded) state.framesWhileParsing++;
    state.pendingTimers = pending.size;
    state.readyState = document.readyState;
    // A component's animations are its shadow root's, not the document's: those of the hosts on
    // the way to a banner (`host >>> panel`) count too, or a panel sliding in would settle the page
    // before it is in view.
    const scopes = new Set<Document | ShadowRoot>([document]);
    for (const s of selectors) {
      const parts = s.split('>>>');
      for (let i = 1; i < parts.length; i++) {
        try {
          for (const host of judge.find(parts.slice(0, i).join('>>>')))
            if (host.shadowRoot) scopes.add(host.shadowRoot);
        } catch {
          // An invalid selector is reported below.
        }
      }
    }
    const running = [...new Set([...scopes].flatMap((scope) => scope.getAnimations()))].filter(
      (a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity,
    );
    state.runningAnimations = running.length;
    state.animations = running
      .slice(0, 5)
      .map(
        (a) =>
          `${(a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty ?? 'animation'} on ${describe((a.effect as KeyframeEffect | null)?.target ?? null)}`,
      );
    let painted = false;
    for (const s of selectors) {
      try {
        const els = judge.find(s);
        if (els.length) state.present[s] = (state.present[s] ?? 0) + 1;
        if (els.some((el) => judge.shown(el))) painted = true;
      } catch (e) {
        if (state.errors.length < 5) state.errors.push(`${s}: ${String(e)}`);
      }
    }
    if (painted && state.paintedLog.length < 20)
      state.paintedLog.push(
        `#${state.frames} ${state.readyState}${contentLoaded ? '+dcl' : ''} ${Math.round(performance.now())}ms`,
      );
    if (painted && !contentLoaded) state.paintedWhileParsing++;
    else if (painted) state.painted++;
  };
  // Measured in the second round of resize observations: the first round reports the root (the
  // shallowest element), and its callbacks (Unbanner's among them, whatever order they were
  // created in) have all run when the browser reports the deeper body in a second round, still
  // before paint.
  const observer = new ResizeObserver((entries) => {
    const root = document.documentElement;
    const deeper = document.body;
    if (entries.some((e) => e.target === root) && deeper && deeper !== root) {
      observer.unobserve(root);
      observer.observe(deeper);
      return;
    }
    measure();
  });
  const onFrame = () => {
    if (awaiting) state.missed++;
    const root = document.documentElement;
    if (root) {
      // A new observation is always reported once, in this frame's rendering update.
      observer.disconnect();
      observer.observe(root);
      awaiting = true;
    }
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
}

/** Reads the recorder. Runs in the page; null when the init script did not run in it. */
export function recorderState(): RecorderState | null {
  const s = (window as unknown as { __unbannerRecorder?: RecorderState }).__unbannerRecorder;
  return s ? JSON.parse(JSON.stringify(s)) : null;
}
