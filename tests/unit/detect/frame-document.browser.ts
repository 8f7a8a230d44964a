import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as FrameModule from '@/lib/detect/frame-document';
import type * as EngineModule from '@/lib/engine/engine';
import type { Removal } from '@/lib/removal';
import { useLibPage, type WithLib } from '../../support/lib-page';

/**
 * A frame's document judged as a whole (is it a consent dialog and nothing else?), and the top
 * frame hiding the frame's element for it: in a real page, with layout.
 */
type Lib = typeof FrameModule & typeof EngineModule;
const libPage = useLibPage(['lib/detect/frame-document', 'lib/engine/engine']);
const FRAMES = resolve(import.meta.dirname, '../../fixtures/frames');

/** A fixture frame's document as the lib page's own: its styles and its body. */
function fixture(id: string): [string, string] {
  const html = readFileSync(resolve(FRAMES, id, 'index.html'), 'utf8');
  const head = html.match(/<style>[\s\S]*?<\/style>/)?.[0] ?? '';
  const body = html.match(/<body>([\s\S]*)<\/body>/)?.[1] ?? '';
  return [body.replace(/<script>[\s\S]*?<\/script>/g, ''), head];
}

const judgeHere = () => {
  const lib = (window as unknown as WithLib<Lib>).__unbannerLib;
  return lib.judgeFrameDocument(document, window, (el) => el.shadowRoot);
};

const DIALOG = `<div class="box"><p>We and our partners use cookies to measure the audience and show personalised ads. You can withdraw your consent at any time.</p><button>Reject all</button><button>Accept all</button></div>`;

describe('judgeFrameDocument', () => {
  it('a consent dialog alone in its document is one (French wall, Italian box, German bar)', async () => {
    for (const id of ['cmp-wall', 'cmp-box', 'cmp-bar']) {
      const page = await libPage.open(...fixture(id));
      const s = await page.evaluate(judgeHere);
      expect(s, id).not.toBeNull();
      expect(s?.buttons.accept.length, id).toBeGreaterThan(0);
      expect(s?.buttons.reject.length, id).toBeGreaterThan(0);
      expect(s?.text.length, id).toBeLessThanOrEqual(120);
    }
  });

  it('a player, a newsletter sign-up and a sign-in widget are not', async () => {
    for (const id of ['video-embed', 'newsletter-embed', 'login-embed']) {
      const page = await libPage.open(...fixture(id));
      expect(await page.evaluate(judgeHere), id).toBeNull();
    }
  });

  it('a document holding a player, a form field or an article is more than a consent dialog', async () => {
    const page = await libPage.open(DIALOG);
    expect(await page.evaluate(judgeHere)).not.toBeNull();
    for (const extra of [
      '<video style="width:640px;height:360px"></video>',
      '<input type="email" aria-label="Email">',
      '<article><h1>Ferry returns</h1><p>The lake ferry is back.</p></article>',
    ]) {
      const with_ = await libPage.open(`${extra}${DIALOG}`);
      expect(await with_.evaluate(judgeHere), extra).toBeNull();
    }
  });

  it('a dialog kept hidden for later, or a long page with a notice, is not', async () => {
    const hidden = await libPage.open(`<div style="display:none">${DIALOG}</div><p>Loading…</p>`);
    expect(await hidden.evaluate(judgeHere)).toBeNull();
    const long = await libPage.open(`<div style="height:5000px"></div>${DIALOG}`);
    expect(await long.evaluate(judgeHere)).toBeNull();
  });
});

interface Probe {
  engine: EngineModule.Engine;
  reports: Removal[];
}

/** An engine in this page, as the top frame's content script runs it. */
function startEngine(options: { detector: boolean; allow?: string[] }): void {
  const { Engine } = (window as unknown as WithLib<Lib>).__unbannerLib;
  const probe = { reports: [] as Removal[] } as Probe;
  probe.engine = new Engine({
    doc: document,
    win: window,
    frameHost: location.hostname,
    inFrame: false,
    idPrefix: 't',
    marks: { hidden: 'data-t-hidden', shown: 'data-t-shown', pending: 'data-t-pending', seen: 't-seen' },
    report: (r) => probe.reports.push(JSON.parse(JSON.stringify(r))),
  });
  probe.engine.start({ rules: [], allowSelectors: options.allow ?? [], detector: options.detector });
  (window as unknown as { probe: Probe }).probe = probe;
}

const SIGNALS: FrameModule.FrameSignals = {
  consent: ['cookies', 'consent'],
  privacy: [],
  notConsent: [],
  buttons: { accept: ['Accept all'], reject: ['Reject all'], settings: [], dismiss: [] },
  otherButtons: [],
  proseConsent: ['cookies', 'consent'],
  proseLength: 140,
  policyLinks: 0,
  switches: 0,
  questionOptions: 0,
  namedChoices: 0,
  textFields: 0,
  passwordFields: 0,
  media: 0,
  contentLandmarks: 0,
  textLength: 160,
  text: 'We and our partners use cookies',
};

/** Tells the page's engine what the background would relay for the frame `selector` names. */
const hideIn = (page: import('playwright-core').Page, selector: string, signals = SIGNALS) =>
  page.evaluate(
    ([sel, sig]) => {
      const probe = (window as unknown as { probe: Probe }).probe;
      const frame = document.querySelector(sel) as HTMLIFrameElement;
      return probe.engine.hideConsentFrame(frame, 'cmp.example', sig as FrameModule.FrameSignals);
    },
    [selector, signals] as const,
  );

const PAGE = `<main><h1>News</h1><div style="height:3000px"></div></main>`;
const WALL = `${PAGE}<div class="dim" style="position:fixed;inset:0;background:rgba(0,0,0,.5);z-index:10"></div><iframe class="layer" style="position:fixed;inset:0;width:100%;height:100%;border:0;z-index:11"></iframe>`;
const LOCK = '<style>html{overflow:hidden}</style>';

const shown = (page: import('playwright-core').Page, selector: string) =>
  page.evaluate(
    (s) => (document.querySelector(s) as Element).checkVisibility({ visibilityProperty: true }),
    selector,
  );

describe('Engine.hideConsentFrame', () => {
  it('hides a frame over the page with its backdrop, unlocks scrolling, reports it once, restores it', async () => {
    const page = await libPage.open(WALL, LOCK);
    await page.evaluate(startEngine, { detector: true });
    const hide = (sel: string) => hideIn(page, sel);
    expect(await hide('.layer')).toBe(true);
    expect(await shown(page, '.layer')).toBe(false);
    expect(await shown(page, '.dim')).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflowY)).not.toBe(
      'hidden',
    );
    const reports = await page.evaluate(() => (window as unknown as { probe: Probe }).probe.reports);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      source: 'detector',
      inFrame: false,
      rule: expect.stringMatching(/\(viewport-cover\)$/),
    });
    expect(reports[0]?.signals?.[0]).toEqual({ code: 'consent-frame', points: 0, evidence: ['cmp.example'] });
    expect(reports[0]?.signals?.map((s) => s.code)).toContain('scroll-locked');
    expect(reports[0]?.cleanups).toEqual(expect.arrayContaining(['backdrop-hidden', 'scroll-unlocked']));
    expect(reports[0]?.text).toBe('We and our partners use cookies');

    // Told again (a repeat), nothing more happens.
    expect(await hide('.layer')).toBe(false);
    const id = reports[0]?.id as string;
    await page.evaluate((i) => (window as unknown as { probe: Probe }).probe.engine.restore(i), id);
    expect(await shown(page, '.layer')).toBe(true);
    expect(await shown(page, '.dim')).toBe(true);
    // Brought back by the user: it stays.
    expect(await hide('.layer')).toBe(false);
  });

  it('a frame docked at the bottom is hidden; one in the page’s flow, or allowed, or with the detector off, is not', async () => {
    const bar = await libPage.open(
      `${PAGE}<iframe class="bar" style="position:fixed;left:0;bottom:0;width:100%;height:150px;border:0"></iframe>`,
    );
    await bar.evaluate(startEngine, { detector: true });
    expect(await hideIn(bar, '.bar')).toBe(true);

    const inFlow = await libPage.open(
      `<iframe class="player" style="width:800px;height:450px;border:0"></iframe>${PAGE}`,
    );
    await inFlow.evaluate(startEngine, { detector: true });
    expect(await hideIn(inFlow, '.player')).toBe(false);

    const allowed = await libPage.open(WALL);
    await allowed.evaluate(startEngine, { detector: true, allow: ['.layer'] });
    expect(await hideIn(allowed, '.layer')).toBe(false);

    const off = await libPage.open(WALL);
    await off.evaluate(startEngine, { detector: false });
    expect(await hideIn(off, '.layer')).toBe(false);
  });

  it('weak signals do not hide a frame, wherever it sits', async () => {
    const page = await libPage.open(WALL);
    await page.evaluate(startEngine, { detector: true });
    const weak = { ...SIGNALS, buttons: { accept: [], reject: [], settings: [], dismiss: [] } };
    expect(await hideIn(page, '.layer', weak)).toBe(false);
  });
});
