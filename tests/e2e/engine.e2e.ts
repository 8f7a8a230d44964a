import { expect, it } from 'vitest';
import { judgePage } from './support/judge';
import { PopupPage } from './support/popup';
import { useExtensionSession } from './support/session';

/** Behaviour a fixture's selectors cannot express: persistence, one record per banner, no consent given. */

const session = useExtensionSession();

it('keeps a re-styled and re-inserted banner hidden, lists it once, and never gives consent', async () => {
  const page = await session.ext.context.newPage();
  await page.goto(session.server.url('persistent-cmp'), { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const verdict = await judgePage(page, { banner: ['#onetrust-banner-sdk', '.onetrust-pc-dark-filter'] });
  expect(verdict.visibleBanners).toEqual([]);
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
  const page = await session.ext.context.newPage();
  await page.goto(session.server.url('sourcepoint'), { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const popup = await PopupPage.open(session.ext, session.ext.context, page);
  await popup.items().first().waitFor();
  const texts = await popup.itemTexts();
  expect(texts).toHaveLength(1);
  expect(texts[0]).toContain('Sourcepoint');
  await popup.close();
  await page.close();
});

it('puts the reader back where they were when a wall fixed the body at a negative top', async () => {
  const page = await session.ext.context.newPage();
  await page.goto(session.server.url('pl-news-wall-fixed-body'), { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const state = await page.evaluate(() => ({
    position: getComputedStyle(document.body).position,
    scrollable: document.documentElement.scrollHeight > innerHeight,
  }));
  expect(state.position).not.toBe('fixed');
  expect(state.scrollable).toBe(true);
  await page.close();
});
