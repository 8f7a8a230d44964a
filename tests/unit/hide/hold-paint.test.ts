import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOLD_MAX_MS, holdPaint, holdState } from '@/lib/hide/hold-paint';

/** Whether some stylesheet in the document makes the page transparent. */
const held = () =>
  [...document.styleSheets].some((s) =>
    [...s.cssRules].some((r) => /html\s*\{\s*opacity:\s*0/.test(r.cssText)),
  );

describe('holding the page until the site’s own rules are in', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps the page transparent until released, leaving no element behind', () => {
    const before = document.documentElement.outerHTML;
    const release = holdPaint(document, window);
    expect(held()).toBe(true);
    release();
    expect(held()).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
    release();
  });

  it('shows the page after HOLD_MAX_MS even when nothing releases it', () => {
    vi.useFakeTimers();
    holdPaint(document, window);
    vi.advanceTimersByTime(HOLD_MAX_MS - 1);
    expect(held()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(held()).toBe(false);
  });

  it('is one state per isolated world, shared by the hold script and the content script', () => {
    const world = {};
    const state = holdState(world);
    state.settled = true;
    expect(holdState(world).settled).toBe(true);
    expect(holdState({}).settled).toBeUndefined();
  });
});
