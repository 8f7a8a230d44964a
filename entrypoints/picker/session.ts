import { describePick } from '@/lib/pick/describe';
import { elementAt, frameDocument, type Hit, startCandidate } from '@/lib/pick/hit';
import { PickPath } from '@/lib/pick/navigate';
import { PickPreview } from '@/lib/pick/preview';
import { type PickedSelector, pickSelector } from '@/lib/pick/selector';
import { checkUserSelector } from '@/lib/rules/check-user-selector';
import type { SelectorCheck } from '@/utils/messages';
import { describeSelectorProblem } from '@/utils/ui/describe';
import type { Translate } from '@/utils/ui/i18n';
import { type BarAction, PickLayer } from './layer';

/** One wheel gesture sends many events: one step per this many milliseconds. */
const WHEEL_STEP_MS = 180;
/** How deep same-origin frames are guarded. */
const MAX_FRAME_DEPTH = 3;

/** Every event that could reach a page handler while picking: all are taken at the window. */
const GUARDED = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'mousemove',
  'mouseover',
  'mouseout',
  'mouseenter',
  'mouseleave',
  'pointerdown',
  'pointerup',
  'pointermove',
  'pointerover',
  'pointerout',
  'pointerenter',
  'pointerleave',
  'pointercancel',
  'touchstart',
  'touchmove',
  'touchend',
  'touchcancel',
  'wheel',
  'keydown',
  'keypress',
  'keyup',
] as const;

export interface PickActions {
  /** Saves the rule for this page's site; resolves false when it could not be saved. */
  save(selector: string): Promise<boolean>;
  /** Hands the picked element, shown again as the page has it, to a report of a missed banner. */
  report(el: Element): void;
}

interface Pick {
  hit: Hit;
  path: PickPath;
  selector: PickedSelector | null;
  check: SelectorCheck | null;
  rect: { left: number; top: number; width: number; height: number };
}

/** Same-origin frame windows below a document (their events are guarded too). */
function sameOriginWindows(doc: Document, depth = 0): Window[] {
  if (depth >= MAX_FRAME_DEPTH) return [];
  const out: Window[] = [];
  for (const frame of doc.querySelectorAll<HTMLIFrameElement>('iframe, frame')) {
    const inner = frameDocument(frame);
    if (inner?.defaultView) out.push(inner.defaultView, ...sameOriginWindows(inner, depth + 1));
  }
  return out;
}

/**
 * Pick mode in one tab: the pointer outlines, a click picks, the wheel and arrow keys make the
 * pick bigger or smaller, Enter saves a rule, Esc leaves everything as it was.
 */
export class PickSession {
  private layer: PickLayer;
  private hover: Hit | null = null;
  private pick: Pick | null = null;
  private previews = new Map<Document, PickPreview>();
  private windows: Window[];
  private lastWheel = 0;
  private saving = false;
  private previousFocus: Element | null;
  private onEnd: () => void = () => undefined;

  constructor(
    private doc: Document,
    private win: Window,
    private t: Translate,
    private actions: PickActions,
  ) {
    this.layer = new PickLayer(doc, t);
    this.windows = [win, ...sameOriginWindows(doc)];
    this.previousFocus = doc.activeElement;
    // The page as it is now is what cancel goes back to.
    this.previewFor(doc);
  }

  /** The shadow root, for Unbanner's own tests (it stays out of the page's reach). */
  get root(): ShadowRoot {
    return this.layer.root;
  }

  start(onEnd: () => void): void {
    this.onEnd = onEnd;
    this.doc.documentElement.append(this.layer.host);
    for (const w of this.windows) {
      for (const type of GUARDED) w.addEventListener(type, this.guard, { capture: true, passive: false });
      w.addEventListener('scroll', this.redraw, { capture: true, passive: true });
      w.addEventListener('resize', this.redraw, { passive: true });
    }
    this.render();
    // Keyboard users land on the bar itself: arrows and Enter work at once, Tab reaches its buttons.
    this.layer.bar.focus({ preventScroll: true });
  }

  private end(kept: boolean): void {
    for (const w of this.windows) {
      for (const type of GUARDED) w.removeEventListener(type, this.guard, { capture: true });
      w.removeEventListener('scroll', this.redraw, { capture: true });
      w.removeEventListener('resize', this.redraw);
    }
    for (const preview of this.previews.values()) {
      if (kept) preview.keep();
      else preview.cancel();
    }
    this.layer.host.remove();
    if (this.previousFocus instanceof HTMLElement || this.previousFocus instanceof SVGElement) {
      this.previousFocus.focus({ preventScroll: true });
    }
    this.onEnd();
  }

  cancel(): void {
    this.end(false);
  }

  private readonly guard = (event: Event): void => {
    event.stopImmediatePropagation();
    if (event.type === 'keydown') {
      this.onKey(event as KeyboardEvent);
      return;
    }
    if (event.type.startsWith('key')) {
      event.preventDefault();
      return;
    }
    // A finger still scrolls the page, and a tap still makes the click that picks: touch events
    // are kept from the page's handlers but not cancelled (cancelling them cancels both).
    if (event.type.startsWith('touch')) return;
    if (event.cancelable) event.preventDefault();
    const mouse = event as MouseEvent;
    const { x, y } = this.topPoint(mouse);
    if (event.type === 'wheel') this.onWheel(event as WheelEvent);
    else if (event.type === 'pointermove' || event.type === 'mousemove') this.onMove(x, y);
    else if (event.type === 'click') this.onClick(x, y);
  };

  /** Event coordinates in the top viewport (an event from a same-origin frame is in the frame's). */
  private topPoint(event: MouseEvent): { x: number; y: number } {
    const view = (event.target as Node | null)?.ownerDocument?.defaultView ?? this.win;
    let x = event.clientX;
    let y = event.clientY;
    for (let w: Window | null = view; w && w !== this.win; w = w.parent === w ? null : w.parent) {
      const frame = w.frameElement;
      if (!frame) break;
      const r = frame.getBoundingClientRect();
      x += r.left + frame.clientLeft;
      y += r.top + frame.clientTop;
    }
    return { x, y };
  }

  private onMove(x: number, y: number): void {
    if (this.layer.inBar(x, y)) return;
    const hit = elementAt(this.doc, x, y, this.layer.host);
    if (!hit || hit.el === hit.doc.body) return;
    if (hit.el === this.hover?.el) return;
    this.hover = hit;
    if (!this.pick) this.render();
  }

  private onClick(x: number, y: number): void {
    if (this.layer.inBar(x, y)) {
      const button = this.layer.buttonAt(x, y);
      if (button && !button.disabled) this.act(button.dataset.action as BarAction);
      return;
    }
    const hit = elementAt(this.doc, x, y, this.layer.host);
    if (!hit || hit.el === hit.doc.body) return;
    this.select(hit, new PickPath(hit.el));
  }

  private onWheel(event: WheelEvent): void {
    const now = event.timeStamp;
    if (!this.pick || now - this.lastWheel < WHEEL_STEP_MS || event.deltaY === 0) return;
    this.lastWheel = now;
    this.resize(event.deltaY < 0 ? 'bigger' : 'smaller');
  }

  private onKey(event: KeyboardEvent): void {
    const key = event.key;
    event.preventDefault();
    // Focus cycles through the bar's buttons and never lands on the page while picking.
    if (key === 'Tab') {
      this.layer.cycleFocus(event.shiftKey ? -1 : 1);
      return;
    }
    if (key === 'Escape') {
      this.cancel();
      return;
    }
    if (key === 'Enter' || key === ' ') {
      const focused = this.layer.focusedButton();
      // Enter on the focused Cancel confirms nothing; elsewhere Enter confirms the pick.
      if (focused && !focused.disabled) this.act(focused.dataset.action as BarAction);
      else if (key === 'Enter') this.act('confirm');
      return;
    }
    if (!this.pick) {
      if (key.startsWith('Arrow')) this.startWithKeyboard();
      return;
    }
    if (key === 'ArrowUp') this.resize('bigger');
    else if (key === 'ArrowDown') this.resize('smaller');
    else if (key === 'ArrowLeft' || key === 'ArrowRight') {
      const path = this.pick.path;
      if (path.sibling(key === 'ArrowRight' ? 1 : -1))
        this.select({ ...this.pick.hit, el: path.current }, path);
    }
  }

  private startWithKeyboard(): void {
    const el = startCandidate(this.doc, this.win, this.layer.host);
    if (el) this.select({ el, doc: this.doc, dx: 0, dy: 0 }, new PickPath(el));
  }

  private act(action: BarAction): void {
    if (action === 'cancel') this.cancel();
    else if (action === 'confirm') void this.confirm();
    else if (action === 'report') this.report();
    else this.resize(action);
  }

  private resize(direction: 'bigger' | 'smaller'): void {
    if (!this.pick) return;
    const path = this.pick.path;
    const moved = direction === 'bigger' ? path.up() : path.down();
    if (moved) this.select({ ...this.pick.hit, el: path.current }, path);
  }

  private previewFor(doc: Document): PickPreview {
    let preview = this.previews.get(doc);
    if (!preview) {
      preview = new PickPreview(doc, doc.defaultView ?? this.win);
      this.previews.set(doc, preview);
    }
    return preview;
  }

  /** Picks an element: its rule, the rule's check, and the live preview of what it hides. */
  private select(hit: Hit, path: PickPath): void {
    for (const preview of this.previews.values()) preview.clear();
    const r = hit.el.getBoundingClientRect();
    const rect = { left: r.left + hit.dx, top: r.top + hit.dy, width: r.width, height: r.height };
    const selector = pickSelector(hit.el);
    const check = selector ? checkUserSelector(hit.doc, selector.selector) : null;
    this.pick = { hit, path, selector, check, rect };
    if (selector && check?.ok)
      this.previewFor(hit.doc).show([...hit.doc.querySelectorAll(selector.selector)]);
    this.render();
  }

  private readonly redraw = (): void => {
    this.render();
  };

  private render(): void {
    const t = this.t;
    const pick = this.pick;
    const target = pick?.hit ?? this.hover;
    if (!target) {
      this.layer.outline(null, false);
      this.layer.render({
        what: t('pickPrompt'),
        rule: '',
        matches: '',
        note: '',
        problem: '',
        canConfirm: false,
        canResize: false,
        canReport: false,
      });
      return;
    }
    const rect = pick
      ? pick.rect
      : (() => {
          const r = target.el.getBoundingClientRect();
          return { left: r.left + target.dx, top: r.top + target.dy, width: r.width, height: r.height };
        })();
    this.layer.outline(rect, !!pick);
    const d = describePick(target.el, rect);
    const subs = { name: d.name, width: d.width, height: d.height, text: d.text };
    const what = d.text ? t('pickWhatText', subs) : t('pickWhat', subs);
    if (!pick) {
      this.layer.render({
        what,
        rule: '',
        matches: '',
        note: '',
        problem: '',
        canConfirm: false,
        canResize: false,
        canReport: false,
      });
      return;
    }
    const selector = pick.selector?.selector ?? '';
    const problem = !pick.selector
      ? t('pickNoRule')
      : pick.check && !pick.check.ok
        ? describeSelectorProblem(pick.check.problem, selector, t)
        : '';
    const backdrops = this.previews.get(pick.hit.doc)?.backdrops ?? 0;
    this.layer.render({
      what,
      rule: selector,
      matches: problem ? '' : t('pickMatches', undefined, pick.check?.matches ?? 0),
      note: !problem && backdrops > 0 ? t('pickBackdrop') : '',
      problem,
      canConfirm: !problem && !this.saving,
      canResize: true,
      canReport: true,
    });
  }

  /** Leaves the page as it was (the report shows the element as the page does) and reports the pick. */
  private report(): void {
    const el = this.pick?.hit.el;
    if (!el || this.saving) return;
    this.end(false);
    this.actions.report(el);
  }

  private async confirm(): Promise<void> {
    const pick = this.pick;
    if (!pick?.selector || !pick.check?.ok || this.saving) return;
    this.saving = true;
    this.render();
    const saved = await this.actions.save(pick.selector.selector).catch(() => false);
    this.saving = false;
    if (saved) this.end(true);
    else {
      this.layer.render({
        what: this.t('pickSaveFailed'),
        rule: pick.selector.selector,
        matches: '',
        note: '',
        problem: this.t('pickSaveFailed'),
        canConfirm: true,
        canResize: true,
        canReport: true,
      });
    }
  }
}
