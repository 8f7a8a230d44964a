/**
 * Moving the pick up to a parent (so a whole overlay with its backdrop can be taken) and back
 * down the way it came, or to the first child when it came from nowhere.
 */
export class PickPath {
  private trail: Element[] = [];

  constructor(public current: Element) {}

  /** A fresh pick (a click, a new candidate): the way back down is forgotten. */
  set(el: Element): void {
    this.current = el;
    this.trail = [];
  }

  up(): boolean {
    const parent = this.current.parentElement;
    const doc = this.current.ownerDocument;
    if (!parent || parent === doc.body || parent === doc.documentElement) return false;
    this.trail.push(this.current);
    this.current = parent;
    return true;
  }

  down(): boolean {
    const back = this.trail.pop();
    const next = back ?? this.current.firstElementChild;
    if (!next) return false;
    this.current = next;
    return true;
  }

  sibling(direction: 1 | -1): boolean {
    const next = direction === 1 ? this.current.nextElementSibling : this.current.previousElementSibling;
    if (!next) return false;
    this.set(next);
    return true;
  }
}
