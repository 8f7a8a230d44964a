import { expect, it } from 'vitest';
import { loadFixture } from './support/fixtures';
import { judgePage, openSettled, paintedBannerFrames } from './support/judge';
import { PopupPage } from './support/popup';
import { useExtensionSession } from './support/session';

/** Behaviour a fixture's selectors cannot express: persistence, one record per banner, no consent given. */

const session = useExtensionSession();

it('keeps a banner hidden that re-styles itself against the hiding and is re-inserted, lists it once, never gives consent', async () => {
  const fixture = loadFixture('pages', 'persistent-cmp');
  const page = await openSettled(session.ext.context, session.server.url(fixture.id), fixture.banner);
  // The platform fought twice (once per copy): inline !important on every property the hiding uses.
  expect(await page.evaluate(() => (window as unknown as { fights: number }).fights)).toBe(2);
  const verdict = await judgePage(page, fixture);
  expect(verdict.visibleBanners).toEqual([]);
  expect(verdict.coveredOrMissing).toEqual([]);
  expect(verdict.scrolls).toBe(true);
  expect(await paintedBannerFrames(page), 'frames with the banner painted').toMatchObject({
    whileParsing: 0,
    afterParsing: 0,
  });
  expect(await page.evaluate(() => (window as unknown as { consentGiven: boolean }).consentGiven)).toBe(
    false,
  );
  expect(await page.evaluate(() => document.cookie)).not.toContain('OptanonAlertBoxClosed');
  const popup = await PopupPage.open(session.ext, session.ext.context, page);
  await popup.items().first().waitFor();
  expect(await popup.items().count()).toBe(1);
  await popup.close();
  await page.close();
});

it('records a banner drawn in a cross-origin-style iframe once, by its container in the page', async () => {
  const page = await openSettled(session.ext.context, session.server.url('sourcepoint'));
  const popup = await PopupPage.open(session.ext, session.ext.context, page);
  await popup.items().first().waitFor();
  const texts = await popup.itemTexts();
  expect(texts).toHaveLength(1);
  expect(texts[0]).toContain('Sourcepoint');
  await popup.close();
  await page.close();
});

it('puts the reader back where they were when a wall fixed the body at a negative top', async () => {
  const page = await openSettled(session.ext.context, session.server.url('pl-news-wall-fixed-body'));
  const state = await page.evaluate(() => ({
    position: getComputedStyle(document.body).position,
    scrollable: document.documentElement.scrollHeight > innerHeight,
  }));
  expect(state.position).not.toBe('fixed');
  expect(state.scrollable).toBe(true);
  await page.close();
});
