/** Repairs done at once within one frame; past this they wait for the next frame (no fight loop). */
export const MAX_REPAIRS_PER_FRAME = 3;

/**
 * One stylesheet of Unbanner's in a document. Each rule is inserted on its own with
 * `insertRule`, which takes exactly one complete rule: a rule the browser rejects, or a
 * selector left open (`div[x`, `:is(.a`, `.a /*`), is refused alone and cannot swallow the
 * rules after it. The `<style>` element carries no marker and no text. When the page removes
 * it, rewrites it or changes its attributes, it is put back, at most a few times a frame.
 */
export class PageStyle {
  private el: HTMLStyleElement;
  private rules: string[] = [];
  private accepted: boolean[] = [];
  /** How many rules the sheet holds when intact (the page adds to <head> often: counted once). */
  private acceptedCount = 0;
  private guard: MutationObserver;
  private attached = false;
  /** Where the style was put: <head>, or <html> while the parser has made no head yet. */
  private parent: Node | null = null;
  private repairsThisFrame = 0;
  private repairLater = false;
  /** Times the style was put back after the page touched it (tests read it to bound the work). */
  repairs = 0;

  constructor(
    private doc: Document,
    private win: Window,
  ) {
    this.el = doc.createElement('style');
    this.guard = new MutationObserver(() => this.check());
  }

  /** Replaces the rules; returns, for each, whether the browser accepted it. */
  set(rules: readonly string[]): boolean[] {
    this.rules = [...rules];
    if (this.attached) this.fill();
    return this.accepted;
  }

  /** Whether the rules are in a sheet the browser parsed (before that, none is accepted or refused). */
  get attachedToPage(): boolean {
    return this.attached && !!this.el.sheet;
  }

  /** Which of the current rules the browser accepted (all false until attached). */
  get acceptedRules(): readonly boolean[] {
    return this.accepted;
  }

  attach(): void {
    this.attached = true;
    this.insert();
  }

  detach(): void {
    this.attached = false;
    this.guard.disconnect();
    this.el.remove();
  }

  private insert(): void {
    const parent = this.doc.head ?? this.doc.documentElement;
    if (!parent) return;
    for (const name of this.el.getAttributeNames()) this.el.removeAttribute(name);
    if (this.el.firstChild) this.el.textContent = '';
    if (this.el.parentNode !== parent) parent.appendChild(this.el);
    this.parent = parent;
    this.fill();
    this.guard.disconnect();
    this.guard.observe(this.el, { childList: true, characterData: true, subtree: true, attributes: true });
    this.guard.observe(parent, { childList: true });
    if (parent !== this.doc.documentElement && this.doc.documentElement)
      this.guard.observe(this.doc.documentElement, { childList: true });
  }

  private fill(): void {
    const sheet = this.el.sheet;
    if (!sheet) {
      this.accepted = this.rules.map(() => false);
      this.acceptedCount = 0;
      return;
    }
    while (sheet.cssRules.length) sheet.deleteRule(sheet.cssRules.length - 1);
    this.accepted = this.rules.map((rule) => {
      try {
        sheet.insertRule(rule, sheet.cssRules.length);
        return true;
      } catch {
        return false;
      }
    });
    this.acceptedCount = this.accepted.filter(Boolean).length;
  }

  /** Whether the page left the style as it was put: in place, empty of text, with no attributes. */
  private intact(): boolean {
    // Left where it was put while that is still the page's <html> or <head>: moving it into a head
    // the parser makes later would empty its sheet (rules are inserted, not written) and cost a
    // second fill of every rule.
    const parent = this.parent;
    return (
      !!parent &&
      (parent === this.doc.head || parent === this.doc.documentElement) &&
      this.el.parentNode === parent &&
      !this.el.firstChild &&
      !this.el.hasAttributes() &&
      (this.el.sheet?.cssRules.length ?? -1) === this.acceptedCount
    );
  }

  private check(): void {
    if (!this.attached || this.intact()) return;
    if (this.repairsThisFrame >= MAX_REPAIRS_PER_FRAME) {
      if (!this.repairLater) {
        this.repairLater = true;
        this.win.requestAnimationFrame(() => {
          this.repairLater = false;
          this.repairsThisFrame = 0;
          this.check();
        });
      }
      return;
    }
    if (this.repairsThisFrame++ === 0)
      this.win.requestAnimationFrame(() => {
        this.repairsThisFrame = 0;
      });
    this.repairs++;
    this.insert();
  }
}
