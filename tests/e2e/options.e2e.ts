import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSettled, reloadSettled, visibleSelectors } from './support/judge';
import { seedSettings, storedSettings, waitForRegistration } from './support/popup';
import { useExtensionSession } from './support/session';

/**
 * The options page against the built extension: the global switch, the site list (search,
 * edit, delete), import and export of a settings file, keyboard use and axe.
 */

const SEEDED = {
  enabled: true,
  sites: {
    'example.com': { enabled: false, hide: [], allow: [], changed: Date.UTC(2026, 2, 2) },
    'news.co.uk': {
      enabled: true,
      hide: ['#promo-overlay', '.newsletter-popup'],
      allow: ['rule:Onetrust', 'div#cmp-box'],
      changed: Date.UTC(2026, 2, 9),
    },
    'shop.example.org': {
      enabled: true,
      hide: ['aside.app-banner'],
      allow: [],
      changed: Date.UTC(2026, 1, 20),
    },
  },
};

const session = useExtensionSession({ groups: ['pages'], resetAfterEach: true });

async function options(): Promise<Page> {
  const page = await session.ext.context.newPage();
  session.open.push(page);
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`chrome-extension://${session.ext.extensionId}/options.html`);
  await page.locator('body.ready').waitFor({ state: 'attached' });
  return page;
}

const siteCards = (page: Page) => page.getByRole('list', { name: 'Sites' }).locator(':scope > li');
const site = (page: Page, key: string) =>
  page
    .getByRole('list', { name: 'Sites' })
    .locator(':scope > li')
    .filter({ has: page.getByRole('heading', { name: key, exact: true }) });

/** Chooses a file for "Import settings…" through the file chooser, as a person would. */
async function importFile(page: Page, name: string, contents: string | Buffer): Promise<string> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import settings…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
  const message = page.locator('#transfer-message');
  await message.filter({ hasText: name }).waitFor();
  return (await message.textContent()) ?? '';
}

describe('options page', () => {
  it('lists sites with their switch, rules and allows, says where settings are stored, and passes axe', async () => {
    await seedSettings(session.ext, SEEDED);
    const page = await options();
    await expect.poll(() => siteCards(page).count()).toBe(3);
    expect(await page.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      'example.com',
      'news.co.uk',
      'shop.example.org',
    ]);
    const news = site(page, 'news.co.uk');
    await expect
      .poll(() => news.getByRole('switch', { name: 'Hide banners on news.co.uk' }).isChecked())
      .toBe(true);
    expect(await site(page, 'example.com').getByRole('switch').isChecked()).toBe(false);
    expect(await news.getByRole('list', { name: 'Hide rules' }).textContent()).toContain('.newsletter-popup');
    expect(await news.getByRole('list', { name: 'Always shown' }).textContent()).toMatch(
      /Rule “Onetrust”[\s\S]*div#cmp-box/,
    );
    await expect
      .poll(() => page.locator('#storage-where').textContent())
      .toBe('In your browser’s sync storage');
    expect(await page.locator('#storage-why').textContent()).toMatch(/fit within the sync limit/);

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

    // README's picture (docs/options.png) and the stores' (1280×800), or tests/.artifacts.
    const dir = resolve(
      import.meta.dirname,
      process.env.UNBANNER_SCREENSHOTS ? '../../docs' : '../.artifacts',
    );
    mkdirSync(resolve(dir, 'store'), { recursive: true });
    await page.screenshot({ path: resolve(dir, 'options.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: resolve(dir, 'store', 'options-1280x800.png') });
  });

  it('searches, sorts, edits and deletes (with undo)', async () => {
    await seedSettings(session.ext, SEEDED);
    const page = await options();
    await expect.poll(() => siteCards(page).count()).toBe(3);

    await page.getByRole('searchbox', { name: 'Search sites and rules' }).fill('app-banner');
    await expect
      .poll(() => page.getByRole('heading', { level: 3 }).allInnerTexts())
      .toEqual(['shop.example.org']);
    expect(await page.locator('#sites-summary').textContent()).toBe('1 site matches “app-banner”.');
    await page.getByRole('searchbox').fill('nothing-like-this');
    await expect.poll(() => siteCards(page).count()).toBe(0);
    await page.getByRole('searchbox').fill('');
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('changed');
    await expect
      .poll(() => page.getByRole('heading', { level: 3 }).allInnerTexts())
      .toEqual(['news.co.uk', 'example.com', 'shop.example.org']);

    // Edit a rule in place; an invalid edit is refused and nothing changes.
    const news = site(page, 'news.co.uk');
    await news.getByRole('button', { name: 'Edit rule #promo-overlay' }).click();
    const edit = news.getByRole('textbox', { name: 'Edit rule #promo-overlay' });
    await expect.poll(() => edit.evaluate((el) => el === document.activeElement)).toBe(true);
    await edit.fill('body');
    await edit.press('Enter');
    await expect.poll(() => news.getByRole('alert').textContent()).toMatch(/whole page/);
    expect(await storedSettings(session.ext)).toMatchObject({
      sites: { 'news.co.uk': { hide: ['#promo-overlay', '.newsletter-popup'] } },
    });
    await edit.fill('#promo-layer');
    await edit.press('Enter');
    await expect
      .poll(() => storedSettings(session.ext))
      .toMatchObject({ sites: { 'news.co.uk': { hide: ['#promo-layer', '.newsletter-popup'] } } });

    // Add a rule, refuse a bad one.
    const input = news.getByRole('textbox', { name: 'New hide rule for news.co.uk' });
    await input.fill('html');
    await input.press('Enter');
    await expect.poll(() => news.locator('.form-message').textContent()).toMatch(/whole page/);
    await news.getByRole('textbox', { name: 'New hide rule for news.co.uk' }).fill('.sticky-video');
    await news.getByRole('button', { name: 'Add rule' }).click();
    await expect
      .poll(() => storedSettings(session.ext))
      .toMatchObject({
        sites: { 'news.co.uk': { hide: ['#promo-layer', '.newsletter-popup', '.sticky-video'] } },
      });

    // Remove an allow and switch a site on.
    await news.getByRole('button', { name: 'Remove: Element div#cmp-box' }).click();
    await expect
      .poll(() => storedSettings(session.ext))
      .toMatchObject({ sites: { 'news.co.uk': { allow: ['rule:Onetrust'] } } });
    // Switched on with nothing else stored, the site leaves the list.
    await site(page, 'example.com').getByRole('switch').click();
    await expect
      .poll(async () => Object.keys(((await storedSettings(session.ext)) as typeof SEEDED).sites))
      .toEqual(['news.co.uk', 'shop.example.org']);

    // Forget a site, then undo.
    await site(page, 'shop.example.org').getByRole('button', { name: 'Forget shop.example.org' }).click();
    await expect.poll(() => siteCards(page).count()).toBe(1);
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect.poll(() => undo.evaluate((el) => el === document.activeElement)).toBe(true);
    await undo.click();
    await expect.poll(() => siteCards(page).count()).toBe(2);
    expect(await storedSettings(session.ext)).toMatchObject({
      sites: { 'shop.example.org': { hide: ['aside.app-banner'] } },
    });
  });

  it('turns Unbanner off on a typed-in site, from its next load', async () => {
    const page = await options();
    const input = page.getByRole('textbox', { name: 'Turn Unbanner off on a site' });
    await input.fill('not a site');
    await page.getByRole('button', { name: 'Turn off there' }).click();
    await expect.poll(() => page.locator('#add-site-message').textContent()).toMatch(/Enter a web address/);
    await input.fill(`http://www.demo-news-zh.test:${session.server.port}/some/page`);
    await input.press('Enter');
    await expect.poll(() => site(page, 'demo-news-zh.test').count()).toBe(1);
    await waitForRegistration(session.ext, (s) => s.every((x) => !!x.excludeMatches?.length));
    const news = await openSettled(session.ext.context, session.server.url('demo-news-zh'));
    session.open.push(news);
    expect(await visibleSelectors(news, ['.cky-consent-container', '.cky-modal'])).not.toEqual([]);
  });

  it('the global switch turns Unbanner off and on everywhere', async () => {
    const page = await options();
    const global = page.getByRole('switch', { name: 'Hide cookie banners on all sites' });
    await expect.poll(() => global.isChecked()).toBe(true);
    await global.uncheck();
    await waitForRegistration(session.ext, (s) => s.length === 0);
    const news = await openSettled(session.ext.context, session.server.url('demo-news-zh'));
    session.open.push(news);
    expect(await visibleSelectors(news, ['.cky-consent-container', '.cky-modal'])).not.toEqual([]);

    await global.check();
    await waitForRegistration(session.ext, (s) => s.length > 0);
    await reloadSettled(news);
    expect(await visibleSelectors(news, ['.cky-consent-container', '.cky-modal'])).toEqual([]);
  });

  it('exports all settings as a versioned JSON file', async () => {
    await seedSettings(session.ext, SEEDED);
    const page = await options();
    await expect.poll(() => siteCards(page).count()).toBe(3);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export settings' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^unbanner-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(readFileSync(await file.path(), 'utf8'));
    expect(data).toMatchObject({ app: 'unbanner', schema: 1, settings: SEEDED });
    expect(Date.parse(data.exportedAt)).toBeGreaterThan(Date.now() - 60_000);
    await expect
      .poll(() => page.locator('#transfer-message').textContent())
      .toContain(file.suggestedFilename());
  });

  it('imports a good file, refuses bad ones without touching the settings, and can undo an import', async () => {
    await seedSettings(session.ext, SEEDED);
    const page = await options();
    await expect.poll(() => siteCards(page).count()).toBe(3);
    const before = await storedSettings(session.ext);

    const refusals: [string, string | Buffer, RegExp][] = [
      ['broken.json', '{"app": "unbanner", "schema": 1, "settings": {', /not a JSON file/],
      ['other.json', JSON.stringify({ enabled: true, sites: {} }), /not an Unbanner settings file/],
      [
        'future.json',
        JSON.stringify({ app: 'unbanner', schema: 2, exportedAt: '', settings: {} }),
        /newer version of Unbanner \(format 2\)/,
      ],
      [
        'damaged.json',
        JSON.stringify({
          app: 'unbanner',
          schema: 1,
          settings: { enabled: true, sites: { 'a.com': { enabled: 'no', hide: [], allow: [] } } },
        }),
        /damaged: settings\.sites\["a\.com"\]\.enabled should be true or false/,
      ],
      [
        'page-wide.json',
        JSON.stringify({
          app: 'unbanner',
          schema: 1,
          settings: { enabled: true, sites: { 'a.com': { enabled: true, hide: ['body'], allow: [] } } },
        }),
        /should be a usable CSS selector/,
      ],
      ['huge.json', Buffer.alloc(1024 * 1024 + 10, 32), /larger|at most 1[\s,.]?024 KB/],
    ];
    for (const [name, contents, problem] of refusals) {
      const message = await importFile(page, name, contents);
      expect(message, name).toMatch(problem);
      expect(message, name).toMatch(/was not imported[\s\S]*current settings were not changed/);
      expect(await storedSettings(session.ext), name).toEqual(before);
    }
    await expect.poll(() => siteCards(page).count()).toBe(3);

    const good = {
      app: 'unbanner',
      schema: 1,
      exportedAt: '2026-03-01T12:00:00.000Z',
      settings: {
        enabled: true,
        sites: { 'popup-mix.test': { enabled: true, hide: ['.byline'], allow: ['rule:Onetrust'] } },
      },
    };
    const message = await importFile(page, 'good.json', JSON.stringify(good));
    expect(message).toContain('Imported good.json: settings for 1 site.');
    await expect.poll(() => storedSettings(session.ext)).toEqual(good.settings);
    await expect
      .poll(() => page.getByRole('heading', { level: 3 }).allInnerTexts())
      .toEqual(['popup-mix.test']);

    // The imported rules apply to the site's next load.
    const mix = await openSettled(session.ext.context, session.server.url('popup-mix'));
    session.open.push(mix);
    expect(await visibleSelectors(mix, ['.byline'])).toEqual([]);
    expect(await visibleSelectors(mix, ['#onetrust-banner-sdk'])).toEqual(['#onetrust-banner-sdk']);

    await page.getByRole('button', { name: 'Undo import' }).click();
    await expect.poll(() => storedSettings(session.ext)).toEqual(before);
    await expect.poll(() => siteCards(page).count()).toBe(3);
  });

  it('works with the keyboard alone', async () => {
    await seedSettings(session.ext, SEEDED);
    const page = await options();
    await expect.poll(() => siteCards(page).count()).toBe(3);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          id: el.id,
          name: el.getAttribute('aria-label') ?? (el.textContent ?? '').trim(),
          outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 1,
        };
      });
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ id: 'global-switch', outline: true });
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ id: 'site-search', outline: true });
    await page.keyboard.type('example.com');
    await expect.poll(() => siteCards(page).count()).toBe(1);
    // search -> sort -> add-site field -> its button -> the site's switch, rule field, button, "Forget"
    for (const expected of ['site-order', 'add-site-input']) {
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ id: expected, outline: true });
    }
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ name: 'Turn off there', outline: true });
    await page.keyboard.press('Tab');
    const switchBox = site(page, 'example.com').getByRole('switch');
    expect(await switchBox.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await focused()).outline).toBe(true);
    for (const expected of ['add-rule-0', 'Add rule', 'Forget example.com']) {
      await page.keyboard.press('Tab');
      const now = await focused();
      expect(now.id === expected || now.name === expected, `${expected}: ${JSON.stringify(now)}`).toBe(true);
      expect(now.outline).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await switchBox.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    // Switched on with nothing else stored, the site leaves the list; focus goes back to the search box.
    await expect.poll(() => siteCards(page).count()).toBe(0);
    await expect.poll(() => focused()).toMatchObject({ id: 'site-search' });
  });
});
