import { expect, it } from 'vitest';
import { badgeText, PopupPage, seedSettings, tabIdOf } from './support/popup';
import { useExtensionSession } from './support/session';

/**
 * Issue #13, finding 2: a page that makes thousands of elements match a rule (distinct ids,
 * long text) used to grow its tab's log without bound in storage.session. The log keeps its
 * limits, the popup says how many more were left out, and everything stays hidden.
 */
const session = useExtensionSession({ groups: ['pages'], resetAfterEach: true });
/** Bursts of elements, one animation frame apart: each burst the rule hides is at least one record. */
const BURSTS = 60;
const PER_BURST = 10;
const FLOOD = BURSTS * PER_BURST;
/** The limits README states (utils/bounded-tab-log.ts; the e2e config has no `@/` alias to import them). */
const MAX_ENTRIES_PER_FRAME = 25;
const MAX_TAB_LOG_BYTES = 64 * 1024;

it('a flood of matches keeps the tab log bounded and the popup says "and N more"', async () => {
  const page = await session.ext.context.newPage();
  session.open.push(page);
  const url = session.server.url('persistent-cmp');
  const key = new URL(url).hostname;
  await seedSettings(session.ext, {
    enabled: true,
    sites: { [key]: { enabled: true, hide: ['.flood'], allow: [], changed: 1 } },
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(
    async ([bursts, perBurst]) => {
      const text = 'We use cookies to improve your experience. '.repeat(20);
      for (let b = 0; b < bursts; b++) {
        for (let i = 0; i < perBurst; i++) {
          const d = document.createElement('div');
          d.className = 'flood';
          d.id = `flood-${b}-${i}-${Math.random().toString(36).slice(2)}`;
          d.textContent = text;
          document.body.append(d);
        }
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      }
    },
    [BURSTS, PER_BURST] as const,
  );
  const tabId = await tabIdOf(session.ext, page);
  const worker = await session.ext.worker();
  const readLog = () =>
    worker.evaluate(async (id) => {
      const stored = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as
        | { removals: { rule: string }[]; dropped: number }
        | undefined;
      return { stored, bytes: new TextEncoder().encode(JSON.stringify(stored ?? null)).length };
    }, tabId);
  // The engine reports the elements a rule hides in batches (one record each, with one id on
  // every element of it): every record is either listed or counted, none lost.
  const records = () =>
    page.evaluate(() => {
      const all = [...document.querySelectorAll('.flood')];
      // The hiding attribute's name is drawn per page load (data- and 12 letters): found by its form.
      const mark = (e: Element) => e.getAttributeNames().find((n) => /^data-[a-z]{12}$/.test(n));
      return {
        hidden: all.filter((e) => mark(e)).length,
        ids: new Set(all.map((e) => e.getAttribute(mark(e) ?? 'data-none'))).size,
      };
    });
  await expect.poll(async () => (await records()).hidden, { timeout: 20_000 }).toBe(FLOOD);
  const { ids } = await records();
  expect(ids).toBeGreaterThan(MAX_ENTRIES_PER_FRAME);
  await expect
    .poll(
      async () => {
        const { stored } = await readLog();
        return (stored?.removals.filter((r) => r.rule === '.flood').length ?? 0) + (stored?.dropped ?? 0);
      },
      { timeout: 20_000 },
    )
    .toBe(ids);
  const { stored, bytes } = await readLog();
  const listed = stored?.removals.filter((r) => r.rule === '.flood').length ?? 0;
  expect(listed).toBeLessThanOrEqual(MAX_ENTRIES_PER_FRAME);
  expect(listed).toBeGreaterThan(0);
  expect(stored?.dropped).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(MAX_TAB_LOG_BYTES + 1024);
  expect(
    await page.evaluate(
      () => [...document.querySelectorAll('.flood')].filter((e) => e.checkVisibility()).length,
    ),
  ).toBe(0);

  const popup = await PopupPage.open(session.ext, session.ext.context, page);
  session.open.push(popup.page);
  const more = popup.page.locator('#removed-more');
  await expect.poll(() => more.textContent(), { timeout: 5000 }).toContain(String(stored?.dropped));
  expect(await more.isVisible()).toBe(true);
  expect(await popup.items().count()).toBe(stored?.removals.length);
  expect(Number(await badgeText(session.ext, tabId))).toBe(stored?.removals.length);
});
