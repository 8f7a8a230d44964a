import type { Translate } from '@/utils/ui/i18n';

/** Above anything a page can put in the normal stacking order. */
const TOP_Z = '2147483647';

const CSS = `
:host { all: initial; }
.box { position: fixed; pointer-events: none; box-sizing: border-box; border: 2px solid #1a5fc8;
  outline: 2px solid #ffffff; background: rgba(26, 95, 200, 0.14); border-radius: 2px; display: none; }
.box.picked { border-style: dashed; background: rgba(26, 95, 200, 0.06); }
.bar { position: fixed; left: 12px; right: 12px; bottom: 12px; max-width: 760px; margin: 0 auto;
  box-sizing: border-box; padding: 12px 14px; border-radius: 10px; background: #ffffff; color: #1d1f23;
  border: 1px solid #8a9099; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.28);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; cursor: default; }
.bar:focus { outline: none; }
.bar:focus-visible { outline: 3px solid #1a5fc8; outline-offset: 2px; }
.bar.at-top { bottom: auto; top: 12px; }
.bar p { margin: 0 0 6px; }
.what { font-weight: 600; overflow-wrap: anywhere; }
.rule code { font: 12px/1.4 ui-monospace, monospace; background: #eef1f5; padding: 1px 4px; border-radius: 4px; overflow-wrap: anywhere; }
.keys, .note { color: #4a5058; font-size: 13px; }
.problem { color: #b3261e; font-weight: 600; }
.buttons { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
button { font: inherit; padding: 6px 12px; border-radius: 8px; border: 1px solid #8a9099; background: #f5f7fa;
  color: #1d1f23; cursor: pointer; }
button.primary { background: #1a5fc8; border-color: #1a5fc8; color: #ffffff; }
button:disabled { opacity: 0.55; cursor: not-allowed; }
button:focus-visible { outline: 3px solid #1a5fc8; outline-offset: 2px; }
[hidden] { display: none !important; }
`;

export type BarAction = 'bigger' | 'smaller' | 'confirm' | 'report' | 'cancel';

export interface BarView {
  what: string;
  rule: string;
  matches: string;
  note: string;
  problem: string;
  canConfirm: boolean;
  canResize: boolean;
  /** A pick exists: it can be reported as a banner Unbanner missed. */
  canReport: boolean;
}

/**
 * Unbanner's own layer over the page: a transparent cover that takes every pointer event (so
 * nothing reaches the page), the outline, and the bar. All of it lives in a closed shadow
 * root: page scripts cannot read or restyle it, and page styles do not leak in.
 */
export class PickLayer {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  private box: HTMLElement;
  readonly bar: HTMLElement;
  private fields: Record<'what' | 'rule' | 'matches' | 'note' | 'problem', HTMLElement>;
  private code: HTMLElement;
  readonly buttons: Record<BarAction, HTMLButtonElement>;

  constructor(doc: Document, t: Translate) {
    this.host = doc.createElement('div');
    this.host.style.cssText = `all: initial !important; position: fixed !important; inset: 0 !important; z-index: ${TOP_Z} !important; display: block !important; pointer-events: auto !important; cursor: crosshair !important; background: transparent !important;`;
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    this.box = doc.createElement('div');
    this.box.className = 'box';
    this.bar = doc.createElement('div');
    this.bar.className = 'bar';
    this.bar.setAttribute('role', 'region');
    this.bar.setAttribute('aria-label', t('pickBarLabel'));
    this.bar.tabIndex = -1;
    const lang = t('htmlLang');
    if (lang !== 'htmlLang') this.bar.lang = lang;
    const p = (cls: string, live = false) => {
      const el = doc.createElement('p');
      el.className = cls;
      if (live) el.setAttribute('role', 'status');
      return el;
    };
    const what = p('what', true);
    const rule = p('rule');
    this.code = doc.createElement('code');
    const matches = doc.createElement('span');
    rule.append(this.code, ' ', matches);
    const note = p('note');
    const problem = p('problem');
    const keys = p('keys');
    keys.textContent = t('pickKeys');
    this.fields = { what, rule, matches, note, problem };
    const row = doc.createElement('div');
    row.className = 'buttons';
    const button = (action: BarAction, key: string, primary = false) => {
      const b = doc.createElement('button');
      b.type = 'button';
      b.dataset.action = action;
      b.textContent = t(key);
      if (primary) b.className = 'primary';
      row.append(b);
      return b;
    };
    this.buttons = {
      confirm: button('confirm', 'pickConfirm', true),
      bigger: button('bigger', 'pickBigger'),
      smaller: button('smaller', 'pickSmaller'),
      report: button('report', 'pickReport'),
      cancel: button('cancel', 'pickCancel'),
    };
    this.bar.append(what, rule, note, problem, keys, row);
    this.root.append(style, this.box, this.bar);
  }

  render(view: BarView): void {
    this.fields.what.textContent = view.what;
    this.code.textContent = view.rule;
    this.fields.rule.hidden = !view.rule;
    this.fields.matches.textContent = view.matches;
    this.fields.note.textContent = view.note;
    this.fields.note.hidden = !view.note;
    this.fields.problem.textContent = view.problem;
    this.fields.problem.hidden = !view.problem;
    this.buttons.confirm.disabled = !view.canConfirm;
    this.buttons.bigger.disabled = !view.canResize;
    this.buttons.smaller.disabled = !view.canResize;
    this.buttons.report.disabled = !view.canReport;
  }

  /** Draws the outline over a rectangle (top-viewport coordinates); null hides it. */
  outline(rect: { left: number; top: number; width: number; height: number } | null, picked: boolean): void {
    if (!rect) {
      this.box.style.display = 'none';
      return;
    }
    Object.assign(this.box.style, {
      display: 'block',
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
    this.box.classList.toggle('picked', picked);
    // Keep the bar clear of what is outlined.
    const viewHeight = this.host.ownerDocument.defaultView?.innerHeight ?? 0;
    this.bar.classList.toggle('at-top', rect.top + rect.height / 2 > viewHeight / 2);
  }

  /** The bar's button under a point, for clicks that the window-level guard took. */
  buttonAt(x: number, y: number): HTMLButtonElement | null {
    const el = this.root.elementFromPoint(x, y);
    const b = el?.closest('button');
    return b instanceof HTMLButtonElement ? b : null;
  }

  inBar(x: number, y: number): boolean {
    const r = this.bar.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  cycleFocus(direction: 1 | -1): void {
    const enabled = Object.values(this.buttons).filter((b) => !b.disabled);
    const at = enabled.indexOf(this.focusedButton() as HTMLButtonElement);
    const next = enabled[(at + direction + enabled.length) % enabled.length];
    next?.focus({ preventScroll: true });
  }

  /** The bar's button that has keyboard focus, if any. */
  focusedButton(): HTMLButtonElement | null {
    const el = this.root.activeElement;
    return el instanceof HTMLButtonElement ? el : null;
  }
}
