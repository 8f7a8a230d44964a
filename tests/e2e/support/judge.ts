import type { Page } from 'playwright-core';

/** What a person would see on the page, measured the way the scorecard does. */
export interface PageVerdict {
  visibleBanners: string[];
  coveredOrMissing: string[];
  scrolls: boolean | null;
}

export async function visibleSelectors(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((sels) => {
    const find = (sel: string): Element[] => {
      const parts = sel.split('>>>').map((p) => p.trim());
      let scopes: (Document | ShadowRoot)[] = [document];
      let found: Element[] = [];
      parts.forEach((part, i) => {
        found = scopes.flatMap((s) => [...s.querySelectorAll(part)]);
        if (i < parts.length - 1) scopes = found.map((e) => e.shadowRoot).filter((r): r is ShadowRoot => !!r);
      });
      return found;
    };
    const shown = (el: Element) => {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) return false;
      return r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    };
    return sels.filter((s) => find(s).some(shown));
  }, selectors);
}

/** Selectors whose elements are missing, not rendered, or covered by something at their visible centre. */
export async function coveredOrMissing(page: Page, selectors: string[]): Promise<string[]> {
  const bad: string[] = [];
  for (const sel of selectors) {
    const ok = await page.evaluate((s) => {
      const all = [...document.querySelectorAll(s)];
      if (!all.length) return false;
      return all.every((el) => {
        if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
        el.scrollIntoView({ block: 'center', behavior: 'instant' });
        const r = el.getBoundingClientRect();
        const left = Math.max(r.left, 0);
        const right = Math.min(r.right, innerWidth);
        const top = Math.max(r.top, 0);
        const bottom = Math.min(r.bottom, innerHeight);
        if (right - left < 1 || bottom - top < 1) return false;
        let hit: Element | null = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
        while (hit?.shadowRoot) {
          const inner = hit.shadowRoot.elementFromPoint((left + right) / 2, (top + bottom) / 2);
          if (!inner || inner === hit) break;
          hit = inner;
        }
        return !!hit && (hit === el || el.contains(hit));
      });
    }, sel);
    if (!ok) bad.push(sel);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return bad;
}

/** True when a wheel turn moves the page, false when it does not, null when there is nothing to scroll. */
export async function wheelScrolls(page: Page): Promise<boolean | null> {
  const tall = await page.evaluate(
    () => Math.max(document.documentElement.scrollHeight, document.body.scrollHeight) > innerHeight + 2,
  );
  if (!tall) return null;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(640, 360);
  await page.mouse.wheel(0, 400);
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(50);
    if ((await page.evaluate(() => window.scrollY)) > 0) break;
  }
  const moved = (await page.evaluate(() => window.scrollY)) > 0;
  await page.evaluate(() => window.scrollTo(0, 0));
  return moved;
}

/** Selectors of `keep` elements that are no longer rendered (a decoy's backdrop may cover them: it is the page's own). */
export async function notRendered(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate(
    (sels) =>
      sels.filter((s) => {
        const all = [...document.querySelectorAll(s)];
        return (
          !all.length ||
          all.some((el) => !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        );
      }),
    selectors,
  );
}

export async function judgePage(
  page: Page,
  fixture: { banner?: string[]; content?: string[]; keep?: string[] },
) {
  const visibleBanners = await visibleSelectors(page, fixture.banner ?? []);
  const bad = [
    ...(await coveredOrMissing(page, fixture.content ?? [])),
    ...(await notRendered(page, fixture.keep ?? [])),
  ];
  const scrolls = await wheelScrolls(page);
  return { visibleBanners, coveredOrMissing: bad, scrolls } satisfies PageVerdict;
}
