import { describe, expect, it } from 'vitest';
import type * as EngineModule from '@/lib/engine/engine';
import type { Removal } from '@/lib/removal';
import { useLibPage, type WithLib } from '../../support/lib-page';

/** The engine in a real page: rules, a stand-in detector, clean-ups, restore and stop. */
const libPage = useLibPage(['lib/engine/engine']);
const PAGE = '<main><h1>News</h1><div style="height:3000px"></div></main>';

interface Probe {
  engine: EngineModule.Engine;
  reports: Removal[];
  /** Hands an element to the engine as the stand-in detector would. */
  detect?: (el: Element) => void;
}

/** Starts an engine with one platform rule; `detector` attaches a stand-in detector. */
function startEngine(options: { detector: boolean; allow?: string[] }): void {
  const { Engine } = (window as unknown as WithLib<typeof EngineModule>).__unbannerLib;
  const probe = { reports: [] as Removal[] } as Probe;
  probe.engine = new Engine({
    doc: document,
    win: window,
    frameHost: location.hostname,
    inFrame: false,
    idPrefix: 't',
    // Fixed names so the test can look for them (a real page load draws them at random).
    marks: { hidden: 'data-t-hidden', shown: 'data-t-shown', pending: 'data-t-pending', seen: 't-seen' },
    report: (r) => probe.reports.push(JSON.parse(JSON.stringify(r))),
  });
  probe.engine.start({
    rules: [{ source: 'platform', label: 'Acme CMP', rule: 'acme', selectors: ['#acme-banner'] }],
    allowSelectors: options.allow ?? [],
    detector: options.detector,
  });
  probe.engine.attachDetector((_doc, _win, opts) => {
    probe.detect = (el) =>
      opts.onDetected({
        el,
        verdict: { hide: true, score: 12, reasons: [] },
        signals: { text: el.textContent ?? '' },
        placement: { layout: 'bottom-bar' },
      } as never);
    return { start() {}, stop() {}, scored: 0 };
  });
  (window as unknown as { probe: Probe }).probe = probe;
}

/** Inserts the platform's banner and waits (a few frames at most) until the engine reported it. */
function insertBannerAndWait(): Promise<Removal[]> {
  const probe = (window as unknown as { probe: Probe }).probe;
  const el = document.createElement('div');
  el.id = 'acme-banner';
  el.textContent = 'We use cookies';
  el.style.cssText = 'position:fixed;bottom:0;left:0;right:0;height:100px;background:#fff';
  document.body.append(el);
  return new Promise((resolve) => {
    let frames = 0;
    const tick = () =>
      probe.reports.length || ++frames > 30 ? resolve(probe.reports) : requestAnimationFrame(tick);
    requestAnimationFrame(tick);
  });
}

/** Whether the element is rendered (not hidden by display, visibility or opacity). */
const shown = (page: import('playwright-core').Page, selector: string) =>
  page.evaluate(
    (s) =>
      (document.querySelector(s) as Element).checkVisibility({
        opacityProperty: true,
        visibilityProperty: true,
      }),
    selector,
  );

describe('Engine', () => {
  it('hides what a rule names, reports it with its reason, restores it and hides it again', async () => {
    const page = await libPage.open(PAGE);
    await page.evaluate(startEngine, { detector: false });
    const reports = await page.evaluate(insertBannerAndWait);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      id: 't-1',
      source: 'platform',
      label: 'Acme CMP',
      rule: 'acme',
      inFrame: false,
    });
    expect(reports[0]?.text).toContain('We use cookies');
    expect(await shown(page, '#acme-banner')).toBe(false);
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('#acme-banner') as Element).display),
    ).toBe('none');

    const restored = await page.evaluate(() =>
      (window as unknown as { probe: Probe }).probe.engine.restore('t-1'),
    );
    expect(restored).toMatchObject({ restored: true });
    expect(await shown(page, '#acme-banner')).toBe(true);

    await page.evaluate(() => (window as unknown as { probe: Probe }).probe.engine.hideAgain('t-1'));
    expect(await shown(page, '#acme-banner')).toBe(false);
    expect(
      await page.evaluate(() => (window as unknown as { probe: Probe }).probe.engine.restore('nope')),
    ).toBeNull();
  });

  it('lets an allowed element be, whatever the rules say', async () => {
    const page = await libPage.open(PAGE);
    await page.evaluate(startEngine, { detector: false, allow: ['#acme-banner'] });
    expect(await page.evaluate(insertBannerAndWait)).toEqual([]);
    expect(
      await page.evaluate(() => document.querySelector('#acme-banner')?.hasAttribute('data-t-hidden')),
    ).toBe(false);
  });

  it('hides what the detector finds, unlocks the scroll it locked, and says so', async () => {
    const page = await libPage.open(
      `${PAGE}<div id="wall" style="position:fixed;inset:30% 20%;background:#fff">We use cookies</div>`,
      '<style>html,body{overflow:hidden}</style>',
    );
    await page.evaluate(startEngine, { detector: true });
    const report = await page.evaluate(() => {
      const probe = (window as unknown as { probe: Probe }).probe;
      probe.detect?.(document.querySelector('#wall') as Element);
      return probe.reports[0];
    });
    expect(report).toMatchObject({ source: 'detector', label: 'Detected cookie banner', score: 12 });
    expect(report?.cleanups).toContain('scroll-unlocked');
    expect(await shown(page, '#wall')).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflowY)).not.toBe(
      'hidden',
    );
  });

  it('does not start the detector when the settings turn it off', async () => {
    const page = await libPage.open(PAGE);
    await page.evaluate(startEngine, { detector: false });
    expect(await page.evaluate(() => typeof (window as unknown as { probe: Probe }).probe.detect)).toBe(
      'undefined',
    );
  });

  it('stop puts everything back: elements shown, scroll lock as the page set it, no style left', async () => {
    const page = await libPage.open(
      `${PAGE}<div id="wall" style="position:fixed;inset:30% 20%;background:#fff">We use cookies</div>`,
      '<style>html,body{overflow:hidden}</style>',
    );
    await page.evaluate(startEngine, { detector: true });
    await page.evaluate(insertBannerAndWait);
    const after = await page.evaluate(() => {
      const probe = (window as unknown as { probe: Probe }).probe;
      probe.detect?.(document.querySelector('#wall') as Element);
      const engineStyles = [...document.styleSheets].filter((s) =>
        /t-seen|data-t-hidden/.test([...s.cssRules].map((r) => r.cssText).join('')),
      ).length;
      probe.engine.stop();
      return {
        engineStyles,
        marked: document.querySelectorAll('[data-t-hidden]').length,
        styles: [...document.styleSheets].filter((s) =>
          /t-seen|data-t-hidden/.test([...s.cssRules].map((r) => r.cssText).join('')),
        ).length,
        overflow: getComputedStyle(document.documentElement).overflowY,
      };
    });
    expect(after).toEqual({ engineStyles: 2, marked: 0, styles: 0, overflow: 'hidden' });
    expect(await shown(page, '#wall')).toBe(true);
    expect(await shown(page, '#acme-banner')).toBe(true);
  });
});
