import { describe, expect, it } from 'vitest';
import type * as Candidates from '@/lib/detect/candidates';
import type * as Walk from '@/lib/detect/walk';
import { useLibPage, type WithLib } from '../../support/lib-page';

/** Candidates need the browser's layout (positioned ancestors, bar heights). */
const libPage = useLibPage(['lib/detect/candidates', 'lib/detect/walk']);
const ARTICLE =
  '<main><article><h1>How to bake bread</h1><p>Our cookies policy is simple: we bake cookies every day and accept all kinds of flour.</p><div style="height:2000px"></div></article></main>';

/** Ids (or tag names) of the candidates findCandidates returns for the body. */
function candidateIds(): string[] {
  const l = (window as unknown as WithLib<typeof Candidates & typeof Walk>).__unbannerLib;
  return l.findCandidates(document.body, window, l.openShadowRoot).map((el) => el.id || el.localName);
}

describe('findCandidates', () => {
  it('finds the fixed overlay around consent wording, once, not its inner parts', async () => {
    const page = await libPage.open(`<div id="bar" style="position:fixed;bottom:0;left:0;right:0">
      <div><p>We use cookies to improve your experience and for marketing.</p>
      <button>Accept all cookies</button> <button>Reject</button></div></div>${ARTICLE}`);
    expect(await page.evaluate(candidateIds)).toEqual(['bar']);
  });

  it('finds a bar in normal flow at the top of the page', async () => {
    const page = await libPage.open(
      `<div id="top"><p>We use cookies and similar technologies. <button>Accept cookies</button></p></div>${ARTICLE}`,
    );
    expect(await page.evaluate(candidateIds)).toEqual(['top']);
  });

  it('does not read the page\u2019s own article', async () => {
    const page = await libPage.open(ARTICLE);
    expect(await page.evaluate(candidateIds)).toEqual([]);
  });

  it('finds a fixed custom element whose text is in its shadow root (open), and a closed one by position', async () => {
    const page = await libPage.open(
      `<consent-box id="open" style="position:fixed;bottom:0"></consent-box><sealed-box id="closed" style="position:fixed;top:0"></sealed-box>${ARTICLE}`,
    );
    await page.evaluate(() => {
      const open = (document.querySelector('#open') as Element).attachShadow({ mode: 'open' });
      open.innerHTML = '<p>We use cookies for analytics.</p><button>Accept all</button>';
      const closed = (document.querySelector('#closed') as Element).attachShadow({ mode: 'closed' });
      closed.innerHTML = '<p>We use cookies for analytics.</p>';
    });
    expect((await page.evaluate(candidateIds)).sort()).toEqual(['closed', 'open']);
  });
});

describe('mentionsConsent', () => {
  it('tells consent wording from other text', async () => {
    const page = await libPage.open(
      '<p id="a">We use cookies to personalise ads.</p><p id="b">Weather: sunny.</p>',
    );
    const answers = await page.evaluate(() => {
      const { mentionsConsent } = (window as unknown as WithLib<typeof Candidates>).__unbannerLib;
      return ['#a', '#b'].map((s) => mentionsConsent(document.querySelector(s) as Element));
    });
    expect(answers).toEqual([true, false]);
  });
});

describe('findCandidates on a hostile tree', () => {
  // Issue #13, finding 9: the text search went down one call per level, reading each level's
  // whole text: a page nesting thousands of elements overflowed the stack (and cost depth squared).
  it('reads a 30,000-deep chain with consent wording at its bottom without overflowing', async () => {
    const page = await libPage.open(ARTICLE);
    const outcome = await page.evaluate(() => {
      const chain = document.createElement('div');
      let tip = chain;
      for (let i = 0; i < 30_000; i++) tip = tip.appendChild(document.createElement('div'));
      tip.textContent = 'We use cookies to personalise ads. Accept all cookies?';
      // Left out of the document: the renderer's own style and layout do not take such depth.
      const l = (window as unknown as WithLib<typeof Candidates & typeof Walk>).__unbannerLib;
      try {
        l.findCandidates(chain, window, l.openShadowRoot);
        return 'returned';
      } catch (e) {
        return String(e);
      }
    });
    expect(outcome).toBe('returned');
  });
});
