/**
 * True when more than `limit` elements lead from `el` up to the top of its tree (`el` counted).
 * Walks at most `limit + 1` steps, however deep the page nests.
 */
export function deeperThan(el: Element, limit: number): boolean {
  let steps = 0;
  for (let n: Element | null = el; n; n = n.parentElement) if (++steps > limit) return true;
  return false;
}

/**
 * Forgets what `memo` knew of `node` and of the elements around it, walking at most `limit`
 * steps up. Returns false when the tree goes higher than that: the caller then forgets all of it
 * (a page nesting 200,000 elements would otherwise make every change cost its depth).
 */
export function forgetUpFrom(memo: { delete(el: Element): unknown }, node: Node, limit: number): boolean {
  let steps = 0;
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (++steps > limit) return false;
    if (n.nodeType === 1) memo.delete(n as Element);
  }
  return true;
}
