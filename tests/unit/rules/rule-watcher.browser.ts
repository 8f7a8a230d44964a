import { describe, expect, it } from 'vitest';
import type * as Watcher from '@/lib/rules/rule-watcher';
import { useLibPage, type WithLib } from '../../support/lib-page';

/** The watcher works with the browser's style engine and CSS animations: tested in Chromium. */
const libPage = useLibPage(['lib/rules/rule-watcher']);
const PAGE = '<main><h1>News</h1><p>Text</p></main>';

interface Probe {
  hits: string[];
  watcher: Watcher.RuleWatcher;
}

/** Starts a watcher with one rule (and an invalid selector next to it); hits are recorded by element id. */
function startWatcher(selectors: string[]): void {
  const { RuleWatcher } = (window as unknown as WithLib<typeof Watcher>).__unbannerLib;
  const probe = { hits: [] as string[] } as Probe;
  probe.watcher = new RuleWatcher(document, window, (el, rule) => probe.hits.push(`${el.id}:${rule.rule}`));
  probe.watcher.start([{ source: 'platform', label: 'Acme CMP', rule: 'acme', selectors }]);
  (window as unknown as { probe: Probe }).probe = probe;
}

/** Waits (in the page) until the watcher reported `n` hits or a few frames passed. */
function hitsAfterFrames(n: number): Promise<string[]> {
  const probe = (window as unknown as { probe: Probe }).probe;
  return new Promise((resolve) => {
    let frames = 0;
    const tick = () => {
      if (probe.hits.length >= n || ++frames > 30) resolve(probe.hits);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

describe('RuleWatcher', () => {
  it('pre-hides a banner the page inserts, before it paints, and reports it once it is rendered', async () => {
    const page = await libPage.open(PAGE);
    await page.evaluate(startWatcher, ['#acme-banner', 'div:has(']);
    const hiddenAtInsert = await page.evaluate(() => {
      const el = document.createElement('div');
      el.id = 'acme-banner';
      el.textContent = 'We use cookies';
      document.body.append(el);
      const cs = getComputedStyle(el);
      return [cs.opacity, cs.visibility, cs.pointerEvents];
    });
    expect(hiddenAtInsert).toEqual(['0', 'hidden', 'none']);
    expect(await page.evaluate(hitsAfterFrames, 1)).toEqual(['acme-banner:acme']);
  });

  it('does not report a banner its platform keeps hidden, and reports it when the platform shows it', async () => {
    const page = await libPage.open(`${PAGE}<div id="acme-banner" style="display:none">We use cookies</div>`);
    await page.evaluate(startWatcher, ['#acme-banner']);
    expect(await page.evaluate(hitsAfterFrames, 1)).toEqual([]);
    await page.evaluate(() => {
      (document.querySelector('#acme-banner') as HTMLElement).style.display = 'block';
    });
    expect(await page.evaluate(hitsAfterFrames, 1)).toEqual(['acme-banner:acme']);
  });

  it('names an element, its ancestors and its descendants as covered by a rule; stop removes the pre-hide', async () => {
    const page = await libPage.open(
      `${PAGE}<div id="outer"><div id="acme-banner"><p id="inner">Hi</p></div></div><p id="other">x</p>`,
    );
    await page.evaluate(startWatcher, ['#acme-banner']);
    const state = await page.evaluate(() => {
      const { watcher } = (window as unknown as { probe: Probe }).probe;
      const $ = (s: string) => document.querySelector(s) as Element;
      const covers = ['#outer', '#acme-banner', '#inner', '#other'].map((s) => watcher.covers($(s)));
      watcher.stop();
      return { covers, opacityAfterStop: getComputedStyle($('#acme-banner')).opacity };
    });
    expect(state).toEqual({ covers: [true, true, true, false], opacityAfterStop: '1' });
  });
});
