function notHiddenByStyle(el: Element): boolean {
  // Opacity is left out on purpose: a banner fading in starts at opacity 0.
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  return check ? check.call(el, { visibilityProperty: true }) : true;
}

/**
 * True when the element, or something inside it, has a box and is not display:none or
 * visibility:hidden: markup a page keeps hidden for later is not an overlay yet. Anywhere on the
 * page, not only in the viewport: a banner sliding in starts below it.
 */
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
