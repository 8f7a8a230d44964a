import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { installRecorder, visibleSelectors, wheelScrollsOf } from './support/judge';
import { PopupPage, tabIdOf } from './support/popup';
import { useExtensionSession } from './support/session';

/**
 * Issue #10, class 9: a consent layer served from another origin in a frame over the page, which
 * no platform rule names (tests/fixtures/frames/README.md). The frame's content script judges its
 * own document and the extension tells the top frame, which hides the frame's element, cleans the
 * page and lists it once; decoy frames from other origins (a player, a sign-up, a sign-in) stay.
 */
const session = useExtensionSession({ groups: ['frames'], resetAfterEach: true });

interface FrameState {
  url: string;
  /** utils/frame-relay.ts FrameRelayState, once the detector's script judged the frame. */
  state?: string;
  /** How often the frame's watch looked at its document. */
  looks?: number;
}

/** What each frame's content scripts know of themselves, read in the extension's isolated world. */
async function frameStates(page: Page): Promise<FrameState[]> {
  const tabId = await tabIdOf(session.ext, page);
  const worker = await session.ext.worker();
  return worker.evaluate(async (id) => {
    const results = await chrome.scripting.executeScript({
      target: { tabId: id, allFrames: true },
      func: () => {
        const g = globalThis as {
          __unbannerFrameJudge?: { state: string };
          __unbannerFrameWatch?: { looks: number };
        };
        return {
          url: location.href,
          state: g.__unbannerFrameJudge?.state,
          looks: g.__unbannerFrameWatch?.looks,
        };
      },
    });
    return results.map((r) => r.result as { url: string; state?: string; looks?: number });
  }, tabId);
}

async function frameState(page: Page, host: string): Promise<FrameState | undefined> {
  return (await frameStates(page)).find((f) => new URL(f.url).hostname === host);
}

interface LoggedRemoval {
  rule: string;
  selector: string;
  inFrame: boolean;
  frameId: number;
  restored?: boolean;
  cleanups?: string[];
  signals?: { code: string; points: number; evidence?: string[] }[];
}

async function tabLog(page: Page): Promise<LoggedRemoval[]> {
  const tabId = await tabIdOf(session.ext, page);
  const worker = await session.ext.worker();
  return worker.evaluate(async (id) => {
    const stored = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as
      | { removals?: LoggedRemoval[] }
      | undefined;
    return stored?.removals ?? [];
  }, tabId);
}

async function open(id: string): Promise<Page> {
  const page = await session.ext.context.newPage();
  session.open.push(page);
  await installRecorder(page);
  await page.goto(session.server.url(id), { waitUntil: 'load' });
  return page;
}

async function popupFor(page: Page): Promise<PopupPage> {
  const popup = await PopupPage.open(session.ext, session.ext.context, page);
  session.open.push(popup.page);
  return popup;
}

describe('a consent layer in a frame from another origin', () => {
  it('full-viewport frame (French): hidden with the page’s backdrop, scrolling back, listed once, restorable', async () => {
    const page = await open('fr-news-cmp-wall');
    const layer = ['iframe.cmp-layer', '.cmp-dim'];
    await expect.poll(() => visibleSelectors(page, layer), { timeout: 15_000 }).toEqual([]);
    // The frame hears the answer after the top frame has hidden it.
    await expect
      .poll(async () => (await frameState(page, 'cmp-wall.test'))?.state, { timeout: 5000 })
      .toBe('hidden');
    expect(await wheelScrollsOf(page)).toBe(true);

    await expect.poll(async () => (await tabLog(page)).length, { timeout: 5000 }).toBe(1);
    const [removal] = await tabLog(page);
    expect(removal).toMatchObject({
      frameId: 0,
      inFrame: false,
      selector: expect.stringContaining('iframe'),
    });
    expect(removal?.rule).toMatch(/^score \d+ \(viewport-cover\)$/);
    expect(removal?.signals?.[0]).toEqual({ code: 'consent-frame', points: 0, evidence: ['cmp-wall.test'] });
    expect(removal?.signals?.map((s) => s.code)).toEqual(
      expect.arrayContaining([
        'consent-wording',
        'accept-button',
        'reject-button',
        'layout',
        'scroll-locked',
      ]),
    );
    expect(removal?.cleanups).toEqual(expect.arrayContaining(['backdrop-hidden', 'scroll-unlocked']));

    const popup = await popupFor(page);
    await expect.poll(() => popup.items().count(), { timeout: 5000 }).toBe(1);
    const item = popup.item('Detected cookie banner');
    await expect
      .poll(() => item.textContent())
      .toContain('a frame from cmp-wall.test that is the consent dialog and nothing else');
    expect(await item.textContent()).toContain('Tout accepter');

    await item.locator('[data-action="show-again"]').click();
    await expect.poll(() => visibleSelectors(page, layer), { timeout: 5000 }).toEqual(layer);
    await expect.poll(async () => (await tabLog(page))[0]?.restored, { timeout: 5000 }).toBe(true);
    // Brought back, it stays: the frame is not judged and hidden again.
    expect(await tabLog(page)).toHaveLength(1);
  });

  it('dialog drawn fixed inside a full-viewport frame (Italian): the frame is hidden, not the box inside it', async () => {
    const page = await open('it-news-cmp-box');
    await expect.poll(() => visibleSelectors(page, ['iframe.cmp-layer']), { timeout: 15_000 }).toEqual([]);
    // The frame hears the answer after the top frame has hidden it.
    await expect
      .poll(async () => (await frameState(page, 'cmp-box.test'))?.state, { timeout: 5000 })
      .toBe('hidden');
    expect(await wheelScrollsOf(page)).toBe(true);
    await expect.poll(async () => (await tabLog(page)).length, { timeout: 5000 }).toBe(1);
    const [removal] = await tabLog(page);
    // Listed once, in the top frame: the frame's own detector did not hide the box as well.
    expect(removal).toMatchObject({ frameId: 0, inFrame: false });
    expect(removal?.signals?.[0]?.evidence).toEqual(['cmp-box.test']);
    expect(removal?.cleanups).toContain('scroll-unlocked');
  });

  it('frame docked at the bottom (German, the size of an ad): hidden, listed once', async () => {
    const page = await open('de-shop-cmp-bar');
    await expect.poll(() => visibleSelectors(page, ['iframe.consent-bar']), { timeout: 15_000 }).toEqual([]);
    await expect.poll(async () => (await tabLog(page)).length, { timeout: 5000 }).toBe(1);
    const [removal] = await tabLog(page);
    expect(removal?.rule).toMatch(/^score \d+ \(bottom-bar\)$/);
    expect(removal?.signals?.[0]?.evidence).toEqual(['cmp-bar.test']);
    expect(await wheelScrollsOf(page)).toBe(true);

    const popup = await popupFor(page);
    await expect.poll(() => popup.items().count(), { timeout: 5000 }).toBe(1);
    await popup.item('Detected cookie banner').locator('[data-action="show-again"]').click();
    await expect
      .poll(() => visibleSelectors(page, ['iframe.consent-bar']), { timeout: 5000 })
      .toEqual(['iframe.consent-bar']);
  });
});

describe('decoy frames from another origin stay', () => {
  const decoys = [
    // A player over the page that mentions its cookies: judged, a player is no consent dialog.
    { page: 'en-news-video-lightbox', frame: 'video-embed.test', selector: 'iframe.lightbox' },
    // A sign-up with consent wording and an email field, dimmed, scroll locked.
    { page: 'en-news-newsletter-modal', frame: 'newsletter-embed.test', selector: 'iframe.nl-frame' },
    // A sign-in widget with a cookie policy and a password field.
    { page: 'en-shop-login-widget', frame: 'login-embed.test', selector: 'iframe.login-frame' },
  ];
  for (const decoy of decoys) {
    it(`${decoy.page}: judged, not hidden, nothing listed`, async () => {
      const page = await open(decoy.page);
      // The frame's own judgement is awaited (the detector's script ran in it and said no).
      await expect
        .poll(async () => (await frameState(page, decoy.frame))?.state, { timeout: 15_000 })
        .toMatch(/^(not-a-dialog|searched)$/);
      expect(await visibleSelectors(page, [decoy.selector])).toEqual([decoy.selector]);
      expect(await tabLog(page)).toEqual([]);
    });
  }
});
