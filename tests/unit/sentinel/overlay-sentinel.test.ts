import { describe, expect, it } from 'vitest';
import { consentPrefilter } from '../../../build/precompiled-phrases';
import { fold } from '../../../lib/detect/fold';
import { openShadowRoot } from '../../../lib/detect/walk';
import { prefilterMatcher } from '../../../lib/sentinel/consent-prefilter';
import { isSmallFrame, OverlaySentinel, type SentinelOptions } from '../../../lib/sentinel/overlay-sentinel';

/** The engine draws the marks per page load; a fixed one here so the test can look for it. */
const PENDING_ATTR = 'data-test-pending';

/** The prefilter as the sentinel script builds it. */
const prefilter = prefilterMatcher(consentPrefilter());

/** happy-dom lays nothing out: every box is 0×0, so only what needs no geometry can be asserted here (the e2e fixtures do the rest). */
function sentinelOn(
  html: string,
  readyState: DocumentReadyState = 'complete',
  overrides: Partial<SentinelOptions> = {},
) {
  document.body.innerHTML = html;
  Object.defineProperty(document, 'readyState', { value: readyState, configurable: true });
  const seen = { suspects: 0, texts: [] as string[] };
  const sentinel = new OverlaySentinel(document, window, {
    mentions: (text) => {
      seen.texts.push(text);
      return prefilter(fold(text));
    },
    shadowRootOf: openShadowRoot,
    inFrame: false,
    marks: { pending: PENDING_ATTR, shown: 'data-test-shown' },
    isHandled: () => false,
    coveredByRule: () => false,
    ruleElementIn: () => null,
    insideRule: () => false,
    onSuspect: () => seen.suspects++,
    ...overrides,
  });
  sentinel.start();
  return { sentinel, seen };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the overlay sentinel', () => {
  it('asks for nothing on a page without consent wording', async () => {
    const { sentinel, seen } = sentinelOn(
      '<main><h1>News</h1><p>The council approves the budget.</p></main>',
    );
    const div = document.createElement('div');
    div.style.position = 'fixed';
    div.textContent = 'Subscribe to our newsletter';
    document.body.append(div);
    await flush();
    expect(seen.suspects).toBe(0);
    expect(div.hasAttribute(PENDING_ATTR)).toBe(false);
    sentinel.stop();
  });

  it('reads only what a mutation added, not the whole page again', async () => {
    const { sentinel, seen } = sentinelOn(
      `<main><h1>News</h1>${'<p>The council approves the budget.</p>'.repeat(200)}</main>`,
    );
    seen.texts.length = 0;
    const p = document.createElement('p');
    p.textContent = 'A short update.';
    document.querySelector('main')?.append(p);
    await flush();
    const read = seen.texts.reduce((n, t) => n + t.length, 0);
    expect(read).toBeLessThan(100);
    sentinel.stop();
  });

  it('reads the new text an app sets in a node it made (its translation arriving), and each element once a batch', async () => {
    const { sentinel, seen } = sentinelOn(
      '<main><h1>News</h1></main><div id="app"><div class="bar"><span id="text">banner.text</span><button>banner.accept</button></div></div>',
    );
    seen.texts.length = 0;
    const text = document.querySelector('#text')?.firstChild as Text;
    text.data = 'Notre site stocke des cookies';
    text.data = 'Notre site stocke des cookies sur votre ordinateur.';
    await flush();
    const read = seen.texts.map((t) => t.trim());
    expect(read).toContain('Notre site stocke des cookies sur votre ordinateur.');
    // The batch's two changes to one node are one look, at its last text.
    expect(read).not.toContain('Notre site stocke des cookies');
    sentinel.stop();
  });

  it('reads a long page about once on its first look, however deep its wrappers', () => {
    const section = `<section><h2>Local news</h2><p>${'The council approves the budget for the new year. '.repeat(30)}</p></section>`;
    const { sentinel, seen } = sentinelOn(
      `<div id="app"><div class="layout"><div class="columns">${section.repeat(30)}` +
        '<div class="footer-links"><p><a href="/privacy">Privacy</a> <a href="/cookies">Cookie settings</a></p></div>' +
        '</div></div></div>',
    );
    const pageText = document.body.textContent?.length ?? 0;
    expect(pageText).toBeGreaterThan(40_000);
    const read = seen.texts.reduce((n, t) => n + t.length, 0);
    // Read whole at each of its levels, this page's text would be read four times over.
    expect(read).toBeLessThan(pageText * 1.3);
    // The part with the wording is still read, down to the link that has it.
    expect(seen.texts.some((t) => t.includes('Cookie settings'))).toBe(true);
    expect(seen.texts).toContain('Cookie settings ');
    sentinel.stop();
  });

  it("leaves a known platform's element to its rule: not held, no detector asked for, its subtree not walked", async () => {
    const { sentinel, seen } = sentinelOn('<main><h1>News</h1></main>', 'complete', {
      insideRule: (el) => el.closest('#platform-sdk') !== null,
    });
    seen.texts.length = 0;
    const sdk = document.createElement('div');
    sdk.id = 'platform-sdk';
    sdk.innerHTML =
      '<div style="position:fixed"><p>We use cookies to personalise content and ads.</p><button>Accept all cookies</button></div>';
    document.body.append(sdk);
    await flush();
    expect(seen.suspects).toBe(0);
    expect(sdk.querySelector('[data-test-pending]')).toBeNull();
    // Its whole text is read once (it may mention consent); no part of it on its own.
    expect(seen.texts.filter((t) => t.includes('Accept all cookies'))).toHaveLength(1);
    expect(seen.texts.map((t) => t.trim())).not.toContain('Accept all cookies');
    // The same element where no rule names it is held back at once.
    const other = sdk.cloneNode(true) as Element;
    other.id = 'elsewhere';
    document.body.append(other);
    await Promise.resolve();
    expect(other.querySelector('[data-test-pending]')).not.toBeNull();
    sentinel.stop();
  });

  it('holds back a positioned overlay with consent wording at once after load, and shows it again if it is no overlay', async () => {
    const { sentinel } = sentinelOn('<main><h1>News</h1></main>');
    const banner = document.createElement('div');
    banner.style.position = 'fixed';
    banner.textContent = 'We use cookies to personalise content and ads. Accept all or reject all.';
    document.body.append(banner);
    // The mutation observer's microtask: held back on its style alone, no layout needed.
    await Promise.resolve();
    expect(banner.hasAttribute(PENDING_ATTR)).toBe(true);
    expect(sentinel.held()).toContain(banner);
    // Measured before the next frame: here nothing is laid out (0×0), so it is no overlay yet and is shown again.
    await new Promise((r) => requestAnimationFrame(r));
    await flush();
    expect(banner.hasAttribute(PENDING_ATTR)).toBe(false);
    expect(sentinel.held()).toEqual([]);
    sentinel.stop();
  });
});

describe('isSmallFrame', () => {
  const win = (w: number, h: number, top = false) => {
    const self = { innerWidth: w, innerHeight: h } as Window & { top: Window };
    self.top = top ? self : ({} as Window);
    return self;
  };
  it('is true only for sub-frames smaller than a page', () => {
    expect(isSmallFrame(win(300, 250))).toBe(true);
    expect(isSmallFrame(win(1280, 90))).toBe(true);
    expect(isSmallFrame(win(1280, 720))).toBe(false);
    expect(isSmallFrame(win(300, 250, true))).toBe(false);
  });
});
