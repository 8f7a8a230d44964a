import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../lib/report/report';
import { fixtureFromReport } from '../../lib/report/to-fixture';
import { openSettled, reloadSettled, visibleSelectors, waitForSettled } from './support/judge';
import { badgeText, PopupPage, storedSettings, waitForRegistration } from './support/popup';
import { useExtensionSession } from './support/session';

/**
 * The popup against the built extension: what it lists, "Show again" / "Always show" with
 * their undo, the per-site switch across reloads, per-site rules, keyboard use, axe, and
 * records that outlive a stopped service worker.
 */

const MIX = 'popup-mix';
const ONETRUST = '#onetrust-banner-sdk';

const session = useExtensionSession({ groups: ['pages'], resetAfterEach: true });

/** Opens a fixture page and waits until it settled (its banners came and Unbanner did its work). */
async function visit(id: string): Promise<Page> {
  const page = await openSettled(session.ext.context, session.server.url(id));
  session.open.push(page);
  return page;
}

async function popupFor(page: Page): Promise<PopupPage> {
  const popup = await PopupPage.open(session.ext, session.ext.context, page);
  session.open.push(popup.page);
  return popup;
}

const reload = reloadSettled;

/** Whether the banner a popup item names is shown in the page again. */
async function bannerShown(page: Page, item: string | null): Promise<boolean> {
  if (item === 'OneTrust') return (await visibleSelectors(page, [ONETRUST])).length === 1;
  if (item === 'Detected cookie banner') return (await visibleSelectors(page, ['.pp-box'])).length === 1;
  if (item === 'Cookiebot') return embedFrame(page).locator('#CybotCookiebotDialog').isVisible();
  throw new Error(`no banner known for the item "${item}"`);
}

function embedFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('popup-mix-embed.test'));
  if (!frame) throw new Error('no embedded player frame');
  return frame;
}

describe('popup', () => {
  it('lists each removal: what, why, a text snippet, and the frame it was in', async () => {
    const page = await visit(MIX);
    const popup = await popupFor(page);
    await popup.item('Cookiebot').waitFor({ timeout: 5000 });
    await popup.item('Detected cookie banner').waitFor({ timeout: 5000 });

    const onetrust = popup.item('OneTrust');
    await expect.poll(() => onetrust.textContent()).toMatch(/Known consent platform, rule “Onetrust/i);
    await expect.poll(() => onetrust.locator('.item-text').textContent()).toContain('We value your privacy');

    const detected = popup.item('Detected cookie banner');
    const why = await detected.textContent();
    expect(why).toMatch(/score \d+/);
    expect(why).toMatch(/consent wording/);
    expect(why).toContain('We and our 143 partners');

    // The page is clean: the three banners (one in another site's frame) are hidden.
    expect(await visibleSelectors(page, [ONETRUST, '.pp-box'])).toEqual([]);
    expect(await embedFrame(page).locator('#CybotCookiebotDialog').isVisible()).toBe(false);

    const framed = popup.item('Cookiebot');
    await expect.poll(() => framed.textContent()).toContain('In a frame from popup-mix-embed.test');
    // The top frame's items say nothing about frames.
    await expect.poll(() => onetrust.textContent()).not.toContain('In a frame');

    await expect.poll(() => popup.siteSwitch().isChecked()).toBe(true);
    expect(
      await popup
        .siteSwitch()
        .evaluate((el) => ((el as HTMLInputElement).labels?.[0]?.textContent ?? '').trim()),
    ).toBe('Hide banners on this site (popup-mix.test)');
    const count = await popup.items().count();
    await expect.poll(() => badgeText(session.ext, popup.tabId)).toBe(String(count));

    const axe = await new AxeBuilder({ page: popup.page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });

  it('"Show again" brings the banner back in the page, "Hide again" hides it', async () => {
    const page = await visit(MIX);
    const popup = await popupFor(page);
    const onetrust = popup.item('OneTrust');
    await onetrust.getByRole('button', { name: 'Show again' }).click();
    await expect.poll(() => visibleSelectors(page, [ONETRUST])).toEqual([ONETRUST]);
    await expect.poll(() => onetrust.locator('.state').textContent()).toMatch(/shown again/i);
    await expect.poll(() => popup.status().textContent()).toContain('Shown again: OneTrust');
    const count = await popup.items().count();
    // The badge follows the log the background writes: polled, it is not drawn in the same task.
    await expect.poll(() => badgeText(session.ext, popup.tabId)).toBe(String(count - 1));

    await onetrust.getByRole('button', { name: 'Hide again' }).click();
    await expect.poll(() => visibleSelectors(page, [ONETRUST])).toEqual([]);

    // An item from another site's frame is reached in that frame.
    const framed = popup.item('Cookiebot');
    await framed.waitFor();
    await framed.getByRole('button', { name: 'Show again' }).click();
    await expect.poll(() => embedFrame(page).locator('#CybotCookiebotDialog').isVisible()).toBe(true);
  });

  it('"Always show on this site" keeps it after reload, and removing the allow hides it again', async () => {
    const page = await visit(MIX);
    const popup = await popupFor(page);
    const onetrust = popup.item('OneTrust');
    await onetrust.getByRole('button', { name: 'Show again' }).click();
    await onetrust.getByRole('button', { name: 'Always show on this site' }).click();
    await expect.poll(() => onetrust.textContent()).toContain('Always shown on this site');
    await expect.poll(() => popup.allows().textContent()).toContain('Rule “Onetrust');

    await reload(page);
    expect(await visibleSelectors(page, [ONETRUST])).toEqual([ONETRUST]);
    // The other banners are still hidden, and the popup no longer lists the allowed one.
    expect(await visibleSelectors(page, ['.pp-box'])).toEqual([]);
    await popup.item('Detected cookie banner').waitFor();
    await expect.poll(() => popup.item('OneTrust').count()).toBe(0);

    // Undo: remove the allow from the site's list.
    await popup
      .allows()
      .getByRole('button', { name: /Remove/ })
      .click();
    await expect.poll(() => popup.allows().count()).toBe(0);
    await reload(page);
    expect(await visibleSelectors(page, [ONETRUST])).toEqual([]);
    await popup.item('OneTrust').waitFor();
  });

  it('"Undo" right after "Always show" removes the allow again', async () => {
    const page = await visit(MIX);
    const popup = await popupFor(page);
    const detected = popup.item('Detected cookie banner');
    await detected.getByRole('button', { name: 'Show again' }).click();
    await detected.getByRole('button', { name: 'Always show on this site' }).click();
    await expect.poll(() => popup.allows().count()).toBe(1);
    await detected.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => popup.allows().count()).toBe(0);
    expect(await storedSettings(session.ext)).toEqual({ enabled: true, sites: {} });
  });

  it('the site switch works from the next load, both ways', async () => {
    const page = await visit('demo-news-zh');
    const popup = await popupFor(page);
    await popup.items().first().waitFor();
    await popup.siteSwitch().uncheck();
    await expect.poll(() => popup.page.getByRole('button', { name: 'Reload page' }).isVisible()).toBe(true);
    await waitForRegistration(session.ext, (s) =>
      s.every((script) => !!script.excludeMatches?.some((m) => m.includes('demo-news-zh.test'))),
    );
    // Nothing changes before the reload…
    expect(await visibleSelectors(page, ['.cky-consent-container'])).toEqual([]);

    const loaded = page.waitForEvent('load');
    await popup.page.getByRole('button', { name: 'Reload page' }).click();
    await loaded;
    await page.bringToFront();
    await waitForSettled(page, 'the reloaded page');
    expect(await visibleSelectors(page, ['.cky-consent-container', '.cky-modal'])).not.toEqual([]);
    await expect.poll(() => popup.items().count()).toBe(0);
    await expect.poll(() => popup.page.locator('#empty').textContent()).toMatch(/off here/i);

    // …and switching it on again hides the banner from the next load.
    await popup.siteSwitch().check();
    await waitForRegistration(
      session.ext,
      (s) => s.length > 0 && s.every((script) => !script.excludeMatches?.length),
    );
    await reload(page);
    expect(await visibleSelectors(page, ['.cky-consent-container', '.cky-modal'])).toEqual([]);
    await popup.items().first().waitFor();
    expect(await storedSettings(session.ext)).toEqual({ enabled: true, sites: {} });
  });

  it('adds a rule for this site, and refuses invalid or over-broad ones without storing them', async () => {
    const page = await visit(MIX);
    const popup = await popupFor(page);
    for (const [selector, message] of [
      ['div[', /not a valid CSS selector/],
      ['body', /whole page/],
      ['html > body', /whole page/],
      ['main', /main content/],
      ['.page', /main content/],
    ] as const) {
      expect(await popup.addRule(selector), selector).toMatch(message);
      await expect.poll(() => popup.ruleInput().getAttribute('aria-invalid')).toBe('true');
    }
    await expect.poll(() => popup.hideRules().count()).toBe(0);
    expect(await storedSettings(session.ext)).toBeNull();

    expect(await popup.addRule('.byline')).toMatch(/matches 1 element/);
    await expect.poll(() => popup.hideRules().textContent()).toContain('.byline');
    expect(await popup.addRule('.byline')).toMatch(/already have/);
    expect(await storedSettings(session.ext)).toMatchObject({
      sites: { 'popup-mix.test': { hide: ['.byline'] } },
    });

    await reload(page);
    expect(await visibleSelectors(page, ['.byline'])).toEqual([]);
    await expect.poll(() => popup.item('Your rule').textContent()).toContain('.byline');

    await popup.hideRules().getByRole('button', { name: 'Remove rule .byline' }).click();
    await expect.poll(() => popup.hideRules().count()).toBe(0);
    await reload(page);
    expect(await visibleSelectors(page, ['.byline'])).toEqual(['.byline']);
  });

  it('works with the keyboard alone: tab order, visible focus, Enter and Space', async () => {
    const page = await visit(MIX);
    const popup = await popupFor(page);
    await popup.item('OneTrust').waitFor();
    const p = popup.page;
    const focused = () =>
      p.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          id: el.id,
          text: (el.textContent ?? '').trim(),
          outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 1,
          item: el.closest('li')?.querySelector('h3')?.textContent ?? null,
        };
      });
    await p.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ id: 'site-switch', outline: true });
    // Space and Enter both toggle the switch.
    await p.keyboard.press('Space');
    await expect.poll(() => popup.siteSwitch().isChecked()).toBe(false);
    await p.keyboard.press('Enter');
    await expect.poll(() => popup.siteSwitch().isChecked()).toBe(true);
    await p.getByRole('button', { name: 'Reload page' }).waitFor();

    // Next stops: the reload button (shown after a change), "Hide something on this page",
    // "Report a banner Unbanner missed", then the first item's "Show again".
    await p.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ text: 'Reload page', outline: true });
    await p.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ text: 'Hide something on this page', outline: true });
    await p.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ text: 'Report a banner Unbanner missed', outline: true });
    await p.keyboard.press('Tab');
    const first = await focused();
    expect(first).toMatchObject({ text: 'Show again', outline: true });
    await p.keyboard.press('Enter');
    // Focus stays on the same item, now on its "Hide again".
    await expect.poll(focused).toMatchObject({ text: 'Hide again', item: first.item });
    // Whichever item comes first, its banner is back in the page.
    await expect.poll(() => bannerShown(page, first.item)).toBe(true);
    await p.keyboard.press('Space');
    await expect.poll(focused).toMatchObject({ text: 'Show again', item: first.item });

    // The rule form submits with Enter.
    await popup.ruleInput().focus();
    await p.keyboard.type('body');
    await p.keyboard.press('Enter');
    await expect.poll(() => popup.ruleMessage().textContent()).toMatch(/whole page/);
  });

  // The docs screenshot's scene: every kind of item, one shown again, one rule. The picture goes
  // to tests/.artifacts, or with `UNBANNER_SCREENSHOTS=1` to docs/popup.png and docs/store/.
  it('lists a user rule, a detected banner and platforms together, one shown again', async () => {
    const page = await visit(MIX);
    let popup = await popupFor(page);
    await popup.addRule('aside .card');
    await popup.close();
    await reload(page);
    popup = await popupFor(page);
    await popup.item('Cookiebot').waitFor();
    await popup.item('Your rule').waitFor();
    await popup.item('Cookiebot').getByRole('button', { name: 'Show again' }).click();
    await popup.item('Cookiebot').getByRole('button', { name: 'Hide again' }).waitFor();
    await popup.item('Detected cookie banner').waitFor();
    await popup.item('OneTrust').waitFor();
    expect(await popup.items().count()).toBe(4);
    await popup.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const dir = resolve(
      import.meta.dirname,
      process.env.UNBANNER_SCREENSHOTS ? '../../docs' : '../.artifacts',
    );
    mkdirSync(dir, { recursive: true });
    await popup.page.setViewportSize({ width: 400, height: 600 });
    await popup.page.screenshot({ path: resolve(dir, 'popup.png'), fullPage: true });

    // The stores' picture (1280×800): the page with its banners gone beside the popup.
    await page.setViewportSize({ width: 880, height: 800 });
    const pageShot = (await page.screenshot()).toString('base64');
    await popup.page.setViewportSize({ width: 400, height: 800 });
    await popup.page.evaluate(() => window.scrollTo(0, 0));
    const popupShot = (await popup.page.screenshot()).toString('base64');
    const stage = await session.ext.context.newPage();
    session.open.push(stage);
    await stage.setViewportSize({ width: 1280, height: 800 });
    await stage.setContent(
      `<body style="margin:0;display:flex"><img alt="" width="880" height="800" src="data:image/png;base64,${pageShot}"><img alt="" width="400" height="800" style="box-shadow:-4px 0 16px rgba(0,0,0,.25)" src="data:image/png;base64,${popupShot}"></body>`,
    );
    await stage.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
    mkdirSync(resolve(dir, 'store'), { recursive: true });
    await stage.screenshot({ path: resolve(dir, 'store', 'popup-1280x800.png') });
  });

  it('still lists the removals after the service worker was stopped', async () => {
    const page = await visit(MIX);
    const before = await popupFor(page);
    await before.item('Cookiebot').waitFor();
    await before.item('OneTrust').waitFor();
    await before.item('Detected cookie banner').waitFor();
    const texts = await before.itemTexts();
    const worker = await session.ext.worker();
    await worker.evaluate(() => {
      (self as unknown as { marker?: number }).marker = 1;
    });

    // Stop the MV3 worker the way Chrome does when it is idle: close its target over CDP
    // (from an extension page, which shares the worker's storage partition).
    const cdp = await session.ext.context.newCDPSession(before.page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find(
      (t) =>
        t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.ext.extensionId}/`),
    );
    expect(target, 'the extension service worker target').toBeDefined();
    await expect(cdp.send('Target.closeTarget', { targetId: target?.targetId as string })).resolves.toEqual({
      success: true,
    });
    // The old instance is gone once its target is: polled against the test's deadline.
    await expect
      .poll(async () =>
        (await cdp.send('Target.getTargets')).targetInfos.some((t) => t.targetId === target?.targetId),
      )
      .toBe(false);
    await cdp.detach();
    await before.close();

    const after = await popupFor(page);
    await after.items().first().waitFor();
    expect(await after.itemTexts()).toEqual(texts);
    // "Show again" still works, and its report wakes a fresh worker that records it.
    await after.item('OneTrust').getByRole('button', { name: 'Show again' }).click();
    await expect.poll(() => visibleSelectors(page, [ONETRUST])).toEqual([ONETRUST]);
    await expect.poll(() => after.item('OneTrust').locator('.state').textContent()).toMatch(/shown again/i);
    const fresh = await session.ext.worker();
    expect(await fresh.evaluate(() => (self as unknown as { marker?: number }).marker)).toBeUndefined();
  });

  it('"This was not a banner" shows a report of what was hidden, as it looked, and its file becomes a decoy fixture', async () => {
    const page = await visit(MIX);
    const popup = await popupFor(page);
    const detected = popup.item('Detected cookie banner');
    await detected.waitFor({ timeout: 5000 });
    await detected.getByRole('button', { name: 'This was not a banner' }).click();
    const preview = popup.page.locator('#report-preview');
    await preview.waitFor();
    const shown = JSON.parse((await preview.textContent()) ?? '');
    expect(shown).toMatchObject({ kind: 'wrong-hide', host: `${MIX}.test` });
    expect(shown.url).toBeUndefined();
    expect(shown.snapshot.markup).toContain('We and our 143 partners');
    // Recorded as the page shows it, not as Unbanner left it; and it is hidden still.
    expect(shown.snapshot.elements[0].display).not.toBe('none');
    expect(await visibleSelectors(page, ['.pp-box'])).toEqual([]);
    // Why it was hidden: the detector's verdict, score and signals.
    expect(shown.matchedRules).toEqual([expect.stringMatching(/score \d+/)]);
    expect(shown.candidates[0].score).toBeGreaterThan(0);
    expect(shown.candidates[0].signals.map((s: { code: string }) => s.code)).toContain('consent-wording');

    const download = popup.page.waitForEvent('download');
    await popup.page.getByRole('link', { name: 'Save report file' }).click();
    const report = parseReport(JSON.parse(readFileSync((await (await download).path()) as string, 'utf8')));
    expect(report?.kind).toBe('wrong-hide');
    // Round trip: a fixture that expects the element to stay (it fails until the detector is fixed).
    const made = fixtureFromReport(report as NonNullable<typeof report>);
    expect(made.fixture.kind).toBe('clean');
    const keep = (made.fixture.keep ?? [])[0] as string;
    const fixturePage = await session.ext.context.newPage();
    session.open.push(fixturePage);
    await fixturePage.setContent(made.html);
    expect(await fixturePage.locator(keep).textContent()).toContain('We and our 143 partners');

    // A platform's removal in another site's frame: reported from that frame, with its rule.
    const framed = popup.item('Cookiebot');
    await framed.getByRole('button', { name: 'This was not a banner' }).click();
    await expect
      .poll(async () => JSON.parse((await preview.textContent()) ?? '{}').matchedRules)
      .toEqual([expect.stringMatching(/cookiebot/i)]);
    expect(await embedFrame(page).locator('#CybotCookiebotDialog').isVisible()).toBe(false);
  });

  it('"Report a banner Unbanner missed" carries the rules that matched and the detector\'s verdict on the overlay', async () => {
    const page = await visit(MIX);
    const popup = await popupFor(page);
    const detected = popup.item('Detected cookie banner');
    await detected.waitFor({ timeout: 5000 });
    await popup.page.getByRole('button', { name: 'Report a banner Unbanner missed' }).click();
    const preview = popup.page.locator('#report-preview');
    await preview.waitFor();
    const shown = JSON.parse((await preview.textContent()) ?? '');
    expect(shown.kind).toBe('missed');
    expect(shown.matchedRules).toEqual(
      expect.arrayContaining(['Onetrust', expect.stringMatching(/score \d+/)]),
    );
    // The detector runs in this frame (it hid a banner here): its verdict on the reported overlay.
    expect(shown.candidates).toEqual([
      { selector: expect.any(String), score: expect.any(Number), signals: expect.any(Array) },
    ]);
  });
});
