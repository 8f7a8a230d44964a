import type { BrowserContext, Page } from 'playwright-core';
import type { Fixture } from './fixtures';

/** Opens a fixture page in a new tab and waits as long as its banner needs to arrive. */
export async function visit(
  context: BrowserContext,
  url: string,
  fixture: Pick<Fixture, 'settleMs'>,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(fixture.settleMs ?? 1500);
  return page;
}
