/**
 * The element a user picked to report as a missed banner, handed from pick mode to the
 * reporter. Both run in the top frame's isolated world (the page cannot read or set this); a
 * weak reference, so a page that removes the element frees it.
 */
const PICKED_GLOBAL = '__unbannerPickedForReport';

type Scope = { [PICKED_GLOBAL]?: WeakRef<Element> };

export function rememberPicked(el: Element): void {
  (globalThis as Scope)[PICKED_GLOBAL] = new WeakRef(el);
}

/** The picked element while it is still in its page, else null. */
export function pickedElement(): Element | null {
  const el = (globalThis as Scope)[PICKED_GLOBAL]?.deref();
  return el?.isConnected ? el : null;
}
