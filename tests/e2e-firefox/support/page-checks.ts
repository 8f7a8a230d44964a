import type { Page } from 'puppeteer-core';

/** What a person would see on a page, measured as the Chrome end-to-end judge does. */
export interface Verdict {
  /** Banner selectors with an element rendered in the viewport. */
  visibleBanners: string[];
  /** Content selectors missing or covered at their centre, and `keep` selectors no longer rendered. */
  coveredOrMissing: string[];
  /** Whether a wheel turn scrolls the page; null when there is nothing to scroll. */
  scrolls: boolean | null;
}

export interface Judged {
  banner?: string[];
  content?: string[];
  keep?: string[];
}

export function visibleBanners(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((sels: string[]) => {
    // `a >>> b`: b inside the open shadow roots of a.
    const find = (sel: string): Element[] => {
      let scopes: (Document | ShadowRoot)[] = [document];
      let found: Element[] = [];
      const parts = sel.split('>>>').map((p) => p.trim());
      parts.forEach((part, i) => {
        found = scopes.flatMap((s) => [...s.querySelectorAll(part)]);
        if (i < parts.length - 1) scopes = found.flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []));
      });
      return found;
    };
    const shown = (el: Element) => {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const r = el.getBoundingClientRect();
      return (
        r.width >= 1 &&
        r.height >= 1 &&
        r.bottom > 0 &&
        r.right > 0 &&
        r.top < innerHeight &&
        r.left < innerWidth
      );
    };
    return sels.filter((s) => find(s).some(shown));
  }, selectors);
}

async function contentProblems(page: Page, content: string[], keep: string[]): Promise<string[]> {
  const bad = await page.evaluate(
    (contentSels: string[], keepSels: string[]) => {
      const uncovered = (el: Element) => {
        if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
        el.scrollIntoView({ block: 'center', behavior: 'instant' });
        const r = el.getBoundingClientRect();
        const x = (Math.max(r.left, 0) + Math.min(r.right, innerWidth)) / 2;
        const y = (Math.max(r.top, 0) + Math.min(r.bottom, innerHeight)) / 2;
        if (Math.min(r.right, innerWidth) - Math.max(r.left, 0) < 1) return false;
        if (Math.min(r.bottom, innerHeight) - Math.max(r.top, 0) < 1) return false;
        let hit = document.elementFromPoint(x, y);
        while (hit?.shadowRoot) {
          const inner = hit.shadowRoot.elementFromPoint(x, y);
          if (!inner || inner === hit) break;
          hit = inner;
        }
        return !!hit && (hit === el || el.contains(hit));
      };
      const out: string[] = [];
      for (const s of contentSels) {
        const all = [...document.querySelectorAll(s)];
        if (!all.length || !all.every(uncovered)) out.push(s);
      }
      for (const s of keepSels) {
        const all = [...document.querySelectorAll(s)];
        if (
          !all.length ||
          all.some((el) => !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        ) {
          out.push(s);
        }
      }
      window.scrollTo(0, 0);
      return out;
    },
    content,
    keep,
  );
  return bad;
}

/** Turns the mouse wheel over the middle of the viewport and tells whether the page moved. */
export async function wheelScrolls(page: Page): Promise<boolean | null> {
  const tall = await page.evaluate(
    () => Math.max(document.documentElement.scrollHeight, document.body.scrollHeight) > innerHeight + 2,
  );
  if (!tall) return null;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(640, 360);
  await page.mouse.wheel({ deltaY: 400 });
  let moved = false;
  for (let i = 0; i < 20 && !moved; i++) {
    await new Promise((r) => setTimeout(r, 50));
    moved = (await page.evaluate(() => window.scrollY)) > 0;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return moved;
}

export async function judge(page: Page, fixture: Judged): Promise<Verdict> {
  return {
    visibleBanners: await visibleBanners(page, fixture.banner ?? []),
    coveredOrMissing: await contentProblems(page, fixture.content ?? [], fixture.keep ?? []),
    scrolls: await wheelScrolls(page),
  };
}

/**
 * Counts, from document start, the animation frames in which a banner element was rendered in
 * the viewport: 0 means it was never painted. Call before navigating.
 */
export async function countBannerFrames(page: Page, selectors: string[]): Promise<void> {
  await page.evaluateOnNewDocument((sels: string[]) => {
    const w = window as unknown as { __bannerFrames: number };
    w.__bannerFrames = 0;
    const shown = (el: Element) => {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const r = el.getBoundingClientRect();
      return (
        r.width >= 1 &&
        r.height >= 1 &&
        r.bottom > 0 &&
        r.right > 0 &&
        r.top < innerHeight &&
        r.left < innerWidth
      );
    };
    const tick = () => {
      try {
        if (sels.some((s) => [...document.querySelectorAll(s)].some(shown))) w.__bannerFrames++;
      } catch {
        // `>>>` selectors are for the judge only.
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, selectors);
}

export function bannerFrames(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __bannerFrames?: number }).__bannerFrames ?? -1);
}
