import { beforeEach, describe, expect, it } from 'vitest';
import { findReportedFrame } from '@/lib/dom/reported-frame';

/**
 * The matcher reads only each iframe's `src`, its client box and its padding: the page is a
 * stand-in holding such frames (happy-dom lays nothing out, and tries to load every frame).
 */
interface FakeFrame {
  src: string;
  clientWidth: number;
  clientHeight: number;
  padding: number;
}
let frames: FakeFrame[];
const doc = { querySelectorAll: () => frames } as unknown as Document;
const win = {
  getComputedStyle: (f: FakeFrame) => {
    const p = `${f.padding}px`;
    return { paddingLeft: p, paddingRight: p, paddingTop: p, paddingBottom: p };
  },
} as unknown as Window;

function frame(src: string, width: number, height: number, padding = 0): HTMLIFrameElement {
  const f = { src, clientWidth: width + 2 * padding, clientHeight: height + 2 * padding, padding };
  frames.push(f);
  return f as unknown as HTMLIFrameElement;
}

const report = (url: string, width = 1280, height = 720) => ({ url, width, height });
const find = (r: ReturnType<typeof report>) => findReportedFrame(doc, win, r);

beforeEach(() => {
  frames = [];
});

describe('findReportedFrame', () => {
  it('finds the one iframe with the frame’s origin and its viewport as content box', () => {
    frame('https://video.example/embed/1', 1280, 720);
    const cmp = frame('https://cmp.example/notice?site=1', 1280, 720);
    frame('https://cmp.example/other', 300, 250);
    expect(find(report('https://cmp.example/notice?site=1'))).toBe(cmp);
  });

  it('measures the content box: the iframe’s padding is outside the frame', () => {
    const cmp = frame('https://cmp.example/', 1200, 150, 12);
    expect(find(report('https://cmp.example/', 1200, 150))).toBe(cmp);
  });

  it('accepts a redirect inside the frame (another path) when the origin and box leave one', () => {
    const cmp = frame('https://cmp.example/loader', 1280, 150);
    expect(find(report('https://cmp.example/v2/message', 1280, 150))).toBe(cmp);
  });

  it('allows rounding of a pixel or two, not another size', () => {
    const cmp = frame('https://cmp.example/', 1279, 721);
    expect(find(report('https://cmp.example/'))).toBe(cmp);
    expect(find(report('https://cmp.example/', 1280, 600))).toBeNull();
  });

  it('takes the same path among frames of one origin and size, and none when that is still ambiguous', () => {
    const a = frame('https://cmp.example/a', 600, 400);
    frame('https://cmp.example/b', 600, 400);
    expect(find(report('https://cmp.example/a', 600, 400))).toBe(a);
    expect(find(report('https://cmp.example/c', 600, 400))).toBeNull();
    frame('https://cmp.example/a', 600, 400);
    expect(find(report('https://cmp.example/a', 600, 400))).toBeNull();
  });

  it('finds nothing for another origin, a frame without src, or a URL that is not a web page', () => {
    frame('https://cmp.example/', 1280, 720);
    frame('', 1280, 720);
    frame('about:blank', 1280, 720);
    expect(find(report('https://evil.example/'))).toBeNull();
    expect(find(report('http://cmp.example/'))).toBeNull();
    expect(find(report('javascript:alert(1)'))).toBeNull();
    expect(find(report('about:blank'))).toBeNull();
    expect(find(report('not a url'))).toBeNull();
  });
});
