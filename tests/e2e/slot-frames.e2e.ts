import type { Frame, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { PopupPage } from './support/popup';
import { useExtensionSession } from './support/session';

/**
 * Issue #11: a news page holds many frames the size of an ad slot, and Unbanner's document-start
 * script runs in each. There it starts no rules and adds nothing to the page; a frame that grows
 * to a page's size gets the rules before it paints at that size (tests/fixtures/slot-frames).
 */
const session = useExtensionSession({ groups: ['slot-frames'], resetAfterEach: true });

interface Record {
  /** Animation frames in which the frame had a page's size. */
  sized: number;
  /** ... and in which its banner would have been painted. */
  painted: number;
}

function frameOf(page: Page, file: string): Frame {
  const frame = page.frames().find((f) => new URL(f.url()).pathname.endsWith(`/${file}`));
  if (!frame) throw new Error(`no frame ${file} in ${page.url()}`);
  return frame;
}

/** Our stylesheet carries no marker: the frames' own documents have no <style>, so any is ours. */
const styleCount = (frame: Frame) => frame.evaluate(() => document.querySelectorAll('style').length);

it("starts nothing in an ad-sized frame, and hides a known banner in a frame that grows to a page's size before it paints", async () => {
  const page = await session.ext.context.newPage();
  session.open.push(page);
  await page.goto(session.server.url('slot-frame-grows'), { waitUntil: 'load' });
  const cmp = frameOf(page, 'cmp.html');
  // Thirty animation frames at the page's size: the first ones are where a late start would show.
  await cmp.waitForFunction(() => (window as unknown as { record: Record }).record.sized >= 30);
  const record = await cmp.evaluate(() => (window as unknown as { record: Record }).record);
  expect(record.painted, 'frames with the banner painted at the page size').toBe(0);

  const ad = frameOf(page, 'ad.html');
  expect(await styleCount(ad), 'stylesheets added to the ad slot').toBe(0);
  // What a rule would hide is left as the ad drew it: no rule runs in a slot.
  expect(
    await ad.evaluate(
      () => getComputedStyle(document.getElementById('onetrust-banner-sdk') as Element).opacity,
    ),
  ).toBe('1');

  const popup = await PopupPage.open(session.ext, session.ext.context, page);
  await popup.items().first().waitFor();
  const texts = await popup.itemTexts();
  expect(texts).toHaveLength(1);
  expect(texts[0]).toContain('OneTrust');
  await popup.close();
});
