/**
 * True when more than `limit` elements lead from `el` up to the top of its tree (`el` counted).
 * Walks at most `limit + 1` steps, however deep the page nests.
 */
export function deeperThan(el: Element, limit: number): boolean {
  let steps = 0;
  for (let n: Element | null = el; n; n = n.parentElement) if (++steps > limit) return true;
  return false;
}
