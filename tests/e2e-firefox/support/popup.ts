import type { ElementHandle, Page } from 'puppeteer-core';
import { type FirefoxWithExtension, within } from './firefox';

/**
 * The popup, opened as a tab for a given page (`popup.html?tabId=N`), read by role and name
 * as a person (or a screen reader) finds things in it.
 */
export class FirefoxPopup {
  private constructor(readonly page: Page) {}

  static async open(ext: FirefoxWithExtension, target: Page): Promise<FirefoxPopup> {
    const tabId = await ext.tabIdOf(target);
    const page = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    const popup = new FirefoxPopup(page);
    // Rendered once settings and the tab's log are read (the popup then marks its body "ready").
    await popup.waitFor(
      async () =>
        (await popup.switchState()) !== null &&
        (await page.evaluate(() => document.body.classList.contains('ready'))),
      'the popup to be ready',
    );
    return popup;
  }

  /** Texts of the items of the list named "Removed on this page". */
  itemTexts(): Promise<string[]> {
    return this.page.evaluate(() => {
      const list = [...document.querySelectorAll('ul, ol, [role="list"]')].find((l) => {
        const ids = (l.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
        const name = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
        return /removed/i.test(name || (l.getAttribute('aria-label') ?? ''));
      });
      if (!list) throw new Error('no list named "Removed…"');
      return [...list.querySelectorAll(':scope > li, :scope > [role="listitem"]')].map((li) =>
        // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, as a person reads it
        (li as HTMLElement).innerText.trim(),
      );
    });
  }

  /** Waits until the list has at least `n` items, returns their texts. */
  async waitForItems(n = 1, timeout = 5000): Promise<string[]> {
    let texts: string[] = [];
    await this.waitFor(
      async () => {
        texts = await this.itemTexts();
        return texts.length >= n;
      },
      `${n} removal(s) listed`,
      timeout,
    );
    return texts;
  }

  /** The switch labelled "Hide banners on this site (…)". */
  async siteSwitch(): Promise<ElementHandle<HTMLInputElement>> {
    const handle = await this.page.evaluateHandle(() =>
      [...document.querySelectorAll<HTMLInputElement>('[role="switch"]')].find((el) =>
        [...(el.labels ?? [])].some((l) => /hide banners on this site/i.test(l.textContent ?? '')),
      ),
    );
    const el = handle.asElement() as ElementHandle<HTMLInputElement> | null;
    if (!el) throw new Error('no switch labelled "Hide banners on this site"');
    return el;
  }

  /** Whether the site switch is on; null before the popup has rendered it. */
  switchState(): Promise<boolean | null> {
    return this.page.evaluate(() => {
      const el = [...document.querySelectorAll<HTMLInputElement>('[role="switch"]')].find((s) =>
        [...(s.labels ?? [])].some((l) => /hide banners on this site/i.test(l.textContent ?? '')),
      );
      return el ? el.checked : null;
    });
  }

  /** Clicks the site switch and waits until the change is saved (the reload hint shows). */
  async toggleSite(): Promise<void> {
    const before = await this.switchState();
    await (await this.siteSwitch()).click();
    await this.waitFor(async () => (await this.switchState()) === !before, 'the switch to change');
    await this.waitFor(
      () =>
        this.page.evaluate(() =>
          [...document.querySelectorAll('button')].some(
            (b) => /reload page/i.test(b.textContent ?? '') && b.checkVisibility(),
          ),
        ),
      'the "Reload page" hint',
    );
  }

  /** Clicks "Reload page", which reloads the tab the popup is for. */
  async clickReload(): Promise<void> {
    const handle = await this.page.evaluateHandle(() =>
      [...document.querySelectorAll('button')].find((b) => /reload page/i.test(b.textContent ?? '')),
    );
    const button = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
    if (!button) throw new Error('no "Reload page" button');
    await button.click();
  }

  close(): Promise<void> {
    return this.page.close();
  }

  private async waitFor(check: () => Promise<boolean>, what: string, timeout = 5000): Promise<void> {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      // A question the page leaves unanswered is asked again, within the same time limit.
      if (await within(2000, what, check()).catch(() => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`popup: timed out waiting for ${what}`);
  }
}
