import { consentFrameSignal, type FrameSignals, judgeConsentFrame } from '../detect/consent-frame';
import type { Detection, DetectorOptions } from '../detect/detector';
import type { Verdict } from '../detect/score';
import { THRESHOLDS } from '../detect/thresholds';
import { openShadowRoot, type ShadowRootOf } from '../detect/walk';
import { cssPath } from '../dom/css-path';
import { plainLine, shortText } from '../dom/text';
import { drawMarks, type Marks } from '../hide/attributes';
import { findBackdrops } from '../hide/backdrop';
import { Hider } from '../hide/hider';
import { PageCleanup } from '../hide/page-cleanup';
import { PageStyle } from '../hide/page-style';
import { QuietEvents } from '../hide/quiet-events';
import { hiddenRule } from '../hide/styles';
import { type Removal, TEXT_LIMIT } from '../removal';
import type { HideRule } from '../rules/hide-rule';
import { RuleWatcher } from '../rules/rule-watcher';

export interface EngineSettings {
  /** Platform rules that apply to this page, and the user's own hide rules. */
  rules: HideRule[];
  /** Elements matching these stay, whatever the detector thinks. */
  allowSelectors: string[];
  detector: boolean;
}

export interface EngineOptions {
  doc: Document;
  win: Window;
  frameHost: string;
  inFrame: boolean;
  /** Called for each new removal, and again when one changes (clean-ups added, restored). */
  report: (removal: Removal) => void;
  shadowRootOf?: ShadowRootOf;
  idPrefix?: string;
  /** The names marking the page; drawn at random for each page load unless a test fixes them. */
  marks?: Marks;
}

export const DETECTED_LABEL = 'Detected cookie banner';

/** Where the document-start script leaves the engine for the detector script. */
export const ENGINE_GLOBAL = '__unbannerEngine';

/** What the engine needs of a detector; the detector itself arrives in its own script. */
export interface DetectorLike {
  start(): void;
  stop(): void;
  readonly scored: number;
  explain?(el: Element): Verdict;
}

export type DetectorFactory = (doc: Document, win: Window, opts: DetectorOptions) => DetectorLike;

/**
 * The whole of Unbanner's work in one document: rules pre-hide known banners, the detector
 * finds the rest, and every hide is recorded with its reason and can be undone.
 */
export class Engine {
  private pageMarks: Marks;
  private hider: Hider;
  private quiet: QuietEvents;
  private cleanup: PageCleanup;
  private watcher: RuleWatcher;
  private detector: DetectorLike | null = null;
  private detectorFactory: DetectorFactory | null = null;
  private wantsDetector = false;
  private style: PageStyle;
  private lockObserver: MutationObserver;
  private lockFrame = false;
  private counter = 0;
  private stopped = false;
  private allow: string[] = [];
  private modalDialogs = new Map<string, HTMLDialogElement>();
  /** Frames hidden for their own content script's word this page load (bounded: THRESHOLDS.maxRelayedFrames). */
  private relayedFrames = 0;
  readonly removals: Removal[] = [];

  constructor(private opts: EngineOptions) {
    const { doc, win } = opts;
    this.pageMarks = opts.marks ?? drawMarks();
    this.hider = new Hider(this.pageMarks, win);
    this.quiet = new QuietEvents(win);
    this.cleanup = new PageCleanup(doc, win, (x, y) => this.quiet.scrollWindowTo(x, y));
    this.watcher = new RuleWatcher(
      doc,
      win,
      (el, rule) => this.hideByRule(el, rule),
      this.pageMarks,
      (el) => this.hider.isHandled(el),
    );
    this.style = new PageStyle(doc, win);
    this.style.set([hiddenRule(this.pageMarks)]);
    this.lockObserver = new MutationObserver(() => this.scheduleUnlockAgain());
  }

  start(settings: EngineSettings): void {
    const { doc, win } = this.opts;
    this.style.attach();
    this.hider.watch(doc);
    this.allow = settings.allowSelectors;
    this.watcher.start(settings.rules);
    this.wantsDetector = settings.detector;
    this.startDetector();
    this.lockObserver.observe(doc.documentElement, { attributes: true, attributeFilter: ['class', 'style'] });
    const watchBody = () => {
      if (doc.body)
        this.lockObserver.observe(doc.body, { attributes: true, attributeFilter: ['class', 'style'] });
    };
    if (doc.body) watchBody();
    else doc.addEventListener('DOMContentLoaded', watchBody, { once: true });
    void win;
  }

  /** New settings (they load after document start): rules are swapped, matching elements re-checked. */
  update(settings: EngineSettings): void {
    this.allow = settings.allowSelectors;
    if (!this.watcher.hasSameRules(settings.rules)) {
      this.watcher.setRules(settings.rules);
      this.watcher.scan(this.opts.doc);
    }
    this.wantsDetector = settings.detector;
    this.startDetector();
    if (!settings.detector && this.detector) {
      this.detector.stop();
      this.detector = null;
    }
  }

  stop(): void {
    this.stopped = true;
    this.watcher.stop();
    this.detector?.stop();
    this.lockObserver.disconnect();
    for (const r of this.removals) if (!r.restored) this.restore(r.id);
    this.hider.unwatch();
    this.style.detach();
    this.quiet.dispose();
  }

  restore(id: string): Removal | null {
    const removal = this.hider.restore(id);
    if (!removal) return null;
    this.reopenDialog(id);
    if (this.hider.activeCount === 0) this.cleanup.undo();
    this.opts.report(removal);
    return removal;
  }

  /** The detector's verdict on an element, where the detector runs in this frame (for a report). */
  explain(el: Element): Verdict | null {
    return this.detector?.explain?.(el) ?? null;
  }

  /** Looks at a removal's elements as the page would show them (for a report), leaving them hidden. */
  peek<T>(id: string, look: (els: readonly Element[]) => T): T | null {
    return this.hider.peek(id, look);
  }

  /** This page load's marks, for the sentinel script (same isolated world; the page never sees this object). */
  get marks(): Marks {
    return this.pageMarks;
  }

  /** Hidden or brought back by the user, as the engine knows it (the page's attributes do not count). */
  isHandled(el: Element): boolean {
    return this.hider.isHandled(el);
  }

  /**
   * Gives a modal dialog back its modality, when it can be: the page may have removed it, or
   * opened it again itself, and then it is left as the page has it. Either way the restore
   * completes (the element is shown, clean-ups undone, the popup told).
   */
  private reopenDialog(id: string): void {
    const dialog = this.modalDialogs.get(id);
    if (!dialog?.isConnected || dialog.open) return;
    try {
      dialog.showModal();
    } catch {
      // Another modal (or a popover) is in the way: the dialog stays shown, not modal.
    }
  }

  /** A known platform's rule names this element (or something in it): the rule decides, not the detector. */
  coveredByRule(el: Element): boolean {
    return this.watcher.covers(el);
  }

  /** What a rule names, at or inside `el`. */
  ruleElementIn(el: Element): Element | null {
    return this.watcher.named(el);
  }

  /** A rule names `el` or an element around it. */
  insideRule(el: Element): boolean {
    return this.watcher.within(el);
  }

  hideAgain(id: string): Removal | null {
    const removal = this.hider.hideAgain(id);
    if (!removal) return null;
    const dialog = this.modalDialogs.get(id);
    if (dialog?.open && dialog.matches(':modal')) this.quiet.closeDialog(dialog);
    this.afterHide(removal);
    return removal;
  }

  /**
   * The generic detector is the heavy part (phrase tables for 33 languages), so it comes in a
   * second script at document end; known platforms are hidden from document start without it.
   */
  attachDetector(factory: DetectorFactory): void {
    this.detectorFactory = factory;
    this.startDetector();
  }

  private startDetector(): void {
    const { doc, win } = this.opts;
    if (!this.wantsDetector || this.detector || !this.detectorFactory || this.stopped) return;
    this.detector = this.detectorFactory(doc, win, {
      shadowRootOf: this.opts.shadowRootOf ?? openShadowRoot,
      inFrame: this.opts.inFrame,
      isAllowed: (el) => this.isAllowed(el),
      isHidden: (el) => this.hider.isHidden(el),
      isHandled: (el) => this.hider.isHandled(el),
      coveredByRule: (el) => this.watcher.covers(el),
      onDetected: (d) => this.hideDetected(d),
    });
    this.detector.start();
  }

  private isAllowed(el: Element): boolean {
    for (const selector of this.allow) {
      try {
        if (el.matches(selector)) return true;
      } catch {
        // A stored selector this browser rejects allows nothing.
      }
    }
    return false;
  }

  private newRemoval(el: Element, fields: Pick<Removal, 'source' | 'label' | 'rule'>): Removal {
    this.counter++;
    return {
      id: `${this.opts.idPrefix ?? 'r'}-${this.counter}`,
      ...fields,
      selector: cssPath(el),
      text: shortText(el, TEXT_LIMIT),
      frameHost: this.opts.frameHost,
      inFrame: this.opts.inFrame,
      time: Date.now(),
    };
  }

  private hideByRule(el: Element, rule: HideRule): void {
    if (this.isAllowed(el)) return;
    const selector = cssPath(el);
    const existing = this.hider.findActive(rule.rule, selector);
    if (existing) {
      // The platform put its banner back: it joins the removal already listed.
      this.hider.attach(existing.id, el);
      return;
    }
    const removal = this.newRemoval(el, { source: rule.source, label: rule.label, rule: rule.rule });
    this.commit(el, removal);
  }

  private hideDetected(d: Detection): void {
    // A framework re-creating the banner (hydration, a timer showing it again) makes new nodes:
    // they join the removal already listed, so it is listed, and restored, once.
    const again = this.removals.find(
      (r) =>
        r.source === 'detector' &&
        (r.selector === cssPath(d.el) || (!!r.text && r.text === shortText(d.el, TEXT_LIMIT))),
    );
    if (again?.restored) {
      // The user brought this banner back: its new copy stays too.
      this.hider.keepShown(d.el);
      return;
    }
    if (again) {
      this.hider.attach(again.id, d.el);
      this.afterHide(again);
      return;
    }
    const removal = this.newRemoval(d.el, {
      source: 'detector',
      label: DETECTED_LABEL,
      rule: `score ${d.verdict.score} (${d.placement.layout})`,
    });
    removal.score = d.verdict.score;
    removal.signals = d.verdict.reasons;
    if (d.el.localName === 'iframe' || !removal.text) removal.text = plainLine(d.signals.text, TEXT_LIMIT);
    // What the detector noticed about the page (an article the site withholds) is told with the clean-ups.
    if (d.notes.length) removal.cleanups = [...d.notes];
    this.commit(d.el, removal);
  }

  /**
   * A child frame's content script found its document to be a consent dialog (the extension
   * relayed it; the page cannot). The frame is hidden as a detected banner, with the page's
   * clean-ups, when the detector runs here and the frame sits over the page: its signals are
   * weighed with its placement as a same-origin frame's would be. True when it was hidden now.
   */
  hideConsentFrame(frame: HTMLIFrameElement, frameHost: string, signals: FrameSignals): boolean {
    if (this.stopped || !this.wantsDetector || this.relayedFrames >= THRESHOLDS.maxRelayedFrames)
      return false;
    // Listed once: hidden already (by a rule, the detector, or this), or brought back by the user.
    if (this.hider.isHandled(frame) || this.hider.isHidden(frame)) return false;
    if (this.isAllowed(frame) || this.watcher.covers(frame)) return false;
    const judged = judgeConsentFrame(frame, signals, this.opts.doc, this.opts.win);
    if (!judged) return false;
    this.relayedFrames++;
    const { verdict, placement } = judged;
    const removal = this.newRemoval(frame, {
      source: 'detector',
      label: DETECTED_LABEL,
      rule: `score ${verdict.score} (${placement.layout})`,
    });
    removal.score = verdict.score;
    removal.signals = [consentFrameSignal(frameHost), ...verdict.reasons];
    removal.text = plainLine(signals.text, TEXT_LIMIT);
    this.commit(frame, removal);
    return true;
  }

  private commit(el: Element, removal: Removal): void {
    if (el instanceof HTMLDialogElement && el.open && el.matches(':modal')) {
      // A modal dialog makes the rest of the page inert until it is closed; the page must not
      // hear it close (it could take that as consent).
      this.quiet.closeDialog(el);
      this.modalDialogs.set(removal.id, el);
    }
    this.hider.hide(el, removal);
    this.removals.push(removal);
    for (const backdrop of findBackdrops(el, this.opts.win, (e) => this.hider.isHandled(e))) {
      this.hider.attach(removal.id, backdrop);
      removal.cleanups = [...new Set([...(removal.cleanups ?? []), 'backdrop-hidden' as const])];
    }
    this.afterHide(removal);
  }

  private afterHide(removal: Removal): void {
    const done = this.cleanup.run();
    if (done.length) removal.cleanups = [...new Set([...(removal.cleanups ?? []), ...done])];
    this.opts.report(removal);
  }

  /** A platform may lock the page again after we hid it: unlock again while a removal is in effect. */
  private scheduleUnlockAgain(): void {
    if (this.lockFrame || this.hider.activeCount === 0) return;
    this.lockFrame = true;
    this.opts.win.requestAnimationFrame(() => {
      this.lockFrame = false;
      if (this.hider.activeCount > 0) this.cleanup.run();
    });
  }
}
