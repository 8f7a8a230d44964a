import { describe, expect, it } from 'vitest';
import { drawMarks, MARK_ATTRIBUTE } from '@/lib/hide/attributes';
import { Hider } from '@/lib/hide/hider';
import type { Removal } from '@/lib/removal';

const removal = (id: string): Removal =>
  ({
    id,
    source: 'detector',
    label: 'x',
    rule: 'r',
    selector: 'div',
    text: '',
    frameHost: 'a',
    inFrame: false,
    time: 0,
  }) as Removal;

/** Lets the hider's MutationObserver run. */
const observed = () => new Promise((r) => setTimeout(r, 0));

describe('drawMarks', () => {
  it('draws different names on every page load, none of them Unbanner by name', () => {
    const a = drawMarks();
    const b = drawMarks();
    expect(a.hidden).not.toBe(b.hidden);
    expect(new Set(Object.values(a)).size).toBe(4);
    for (const name of [a.hidden, a.shown, a.pending]) expect(name).toMatch(MARK_ATTRIBUTE);
    expect(JSON.stringify(a)).not.toMatch(/unbanner/i);
  });
});

describe('Hider', () => {
  it('decides from what it did, not from attributes the page sets', () => {
    document.body.innerHTML = '<div id="banner">We use cookies</div><div id="other"></div>';
    const marks = drawMarks();
    const hider = new Hider(marks);
    const banner = document.getElementById('banner') as Element;
    const other = document.getElementById('other') as Element;
    // The page forges the marks (it read them off the stylesheet) on the root and on another element.
    document.documentElement.setAttribute(marks.shown, '');
    other.setAttribute(marks.hidden, '');
    expect(hider.isHandled(banner)).toBe(false);
    expect(hider.isHandled(other)).toBe(false);
    hider.hide(banner, removal('r-1'));
    expect(hider.isHidden(banner)).toBe(true);
    expect(hider.isHidden(other)).toBe(false);
  });

  it('puts back a mark the page strips, and takes off one it forges', async () => {
    document.body.innerHTML = '<div id="banner">We use cookies</div><div id="other"></div>';
    const marks = drawMarks();
    const hider = new Hider(marks, window);
    hider.watch(document);
    const banner = document.getElementById('banner') as Element;
    const other = document.getElementById('other') as Element;
    hider.hide(banner, removal('r-1'));
    banner.removeAttribute(marks.hidden);
    other.setAttribute(marks.shown, '');
    await observed();
    expect(banner.hasAttribute(marks.hidden)).toBe(true);
    expect(other.hasAttribute(marks.shown)).toBe(false);
    expect(hider.repairs).toBe(2);
    hider.unwatch();
  });

  it('peeks at a removal shown, for a report, and leaves it hidden as it was', () => {
    document.body.innerHTML = '<div id="banner"><p>We use cookies</p></div>';
    const marks = drawMarks();
    const hider = new Hider(marks);
    const banner = document.getElementById('banner') as Element;
    const r = removal('r1');
    hider.hide(banner, r);
    const seen = hider.peek('r1', (els) => els.map((el) => el.hasAttribute(marks.hidden)));
    expect(seen).toEqual([false]);
    expect(banner.hasAttribute(marks.hidden)).toBe(true);
    expect(banner.hasAttribute(marks.shown)).toBe(false);
    expect(r.restored).toBeUndefined();
    expect(hider.isHidden(banner)).toBe(true);
    // One the user brought back stays shown.
    hider.restore('r1');
    expect(hider.peek('r1', (els) => els[0]?.hasAttribute(marks.shown))).toBe(true);
    expect(r.restored).toBe(true);
    expect(hider.peek('nope', () => 1)).toBeNull();
  });
});
