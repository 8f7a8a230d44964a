function intersectsViewport(r: DOMRect, win: Window): boolean {
  return (
    r.width >= 1 &&
    r.height >= 1 &&
    r.bottom > 0 &&
    r.right > 0 &&
    r.top < win.innerHeight &&
    r.left < win.innerWidth
  );
}

function notHiddenByStyle(el: Element): boolean {
  // Opacity is left out on purpose: a banner fading in starts at opacity 0.
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  return check ? check.call(el, { visibilityProperty: true }) : true;
}

/**
 * True when the element, or something inside it, is rendered in the viewport now: it has a
 * box there and is not display:none or visibility:hidden. Markup a page keeps hidden for later
 * is not an overlay yet.
 */
export function isRenderedInViewport(el: Element, win: Window, limit = 200): boolean {
  return someRendered(el, limit, (r) => intersectsViewport(r, win));
}

/** Like isRenderedInViewport, anywhere on the page (a banner sliding in starts below the fold). */
export function isRendered(el: Element, limit = 400): boolean {
  return someRendered(el, limit, (r) => r.width >= 1 && r.height >= 1);
}

function someRendered(el: Element, limit: number, boxOk: (r: DOMRect) => boolean): boolean {
  if (boxOk(el.getBoundingClientRect()) && notHiddenByStyle(el)) return true;
  // A zero-size host often draws everything from its shadow root.
  const scopes: ParentNode[] = [el];
  if (el.shadowRoot) scopes.push(el.shadowRoot);
  let left = limit;
  for (const scope of scopes) {
    const all = scope.querySelectorAll('*');
    for (let i = 0; i < all.length && left > 0; i++, left--) {
      const c = all[i] as Element;
      if (boxOk(c.getBoundingClientRect()) && notHiddenByStyle(c)) return true;
      if (c.shadowRoot && scopes.length < 8) scopes.push(c.shadowRoot);
    }
  }
  return false;
}
