import { describe, expect, it } from 'vitest';
import { compilePlatformTable, isPageWideSelector } from '@/lib/platforms/compile';
import { platformRulesForPage } from '@/lib/platforms/rules-for-page';
import { splitSelectorList } from '@/lib/platforms/split-selector-list';

describe('splitSelectorList', () => {
  it('splits at top-level commas only', () => {
    expect(splitSelectorList('#a, .b:not(.c, .d), [data-x="1,2"]')).toEqual([
      '#a',
      '.b:not(.c, .d)',
      '[data-x="1,2"]',
    ]);
  });
});

describe('isPageWideSelector', () => {
  it.each(['body', 'html.cmp-open', 'body.didomi-popup-open', 'div > body', '*'])('refuses %s', (s) => {
    expect(isPageWideSelector(s)).toBe(true);
  });
  it.each(['#cmpbox', 'body #banner', '.bodycopy', 'html .x'])('keeps %s', (s) => {
    expect(isPageWideSelector(s)).toBe(false);
  });
});

describe('compilePlatformTable', () => {
  const table = compilePlatformTable({
    dataVersion: 'test',
    jsonRules: [
      { name: 'didomi', prehideSelectors: ['#didomi-popup,.didomi-popup-backdrop'] },
      {
        name: 'site-only',
        prehideSelectors: ['#promo-consent'],
        runContext: { urlPattern: '^https://(www\\.)?example\\.com/' },
      },
      { name: 'frame-only', prehideSelectors: ['.inside-frame'], runContext: { main: false, frame: true } },
      { name: 'no-prehide', detectPopup: [{ visible: '#late-banner' }, { exists: 'body.cmp-open' }] },
      // biome-ignore lint/suspicious/noThenProperty: autoconsent's rule format has if/then steps
      { name: 'cosmetic', optOut: [{ if: { exists: '#x' }, then: [{ hide: '#cosmetic-banner' }] }] },
      { name: 'Test page CMP', prehideSelectors: ['#test'] },
    ],
    classRules: [{ name: 'Onetrust', prehideSelectors: ['#onetrust-banner-sdk,.onetrust-pc-dark-filter'] }],
    ownRules: [{ rule: 'own', platform: 'Own', selectors: ['.own-banner'] }],
  });
  const byRule = (name: string) => table.rules.find((r) => r.rule === name);

  it('splits every selector list, from any source', () => {
    expect(byRule('didomi')?.selectors).toEqual(['#didomi-popup', '.didomi-popup-backdrop']);
    expect(byRule('Onetrust')?.selectors).toEqual(['#onetrust-banner-sdk', '.onetrust-pc-dark-filter']);
  });

  it('puts own rules first and names platforms for people', () => {
    expect(table.rules[0]?.rule).toBe('own');
    expect(byRule('Onetrust')?.platform).toBe('OneTrust');
    expect(byRule('Onetrust')?.selectors).toEqual(['#onetrust-banner-sdk', '.onetrust-pc-dark-filter']);
  });

  it('takes hide steps, but never visibility checks (they often name a button) nor body', () => {
    expect(byRule('no-prehide')).toBeUndefined();
    expect(byRule('cosmetic')?.selectors).toEqual(['#cosmetic-banner']);
  });

  it('drops frame-only and test rules', () => {
    expect(byRule('frame-only')).toBeUndefined();
    expect(byRule('Test page CMP')).toBeUndefined();
  });

  it('applies site-specific rules only on their sites', () => {
    const onSite = platformRulesForPage(table, 'https://www.example.com/news').map((r) => r.rule);
    const elsewhere = platformRulesForPage(table, 'https://other.org/').map((r) => r.rule);
    expect(onSite).toContain('site-only');
    expect(elsewhere).not.toContain('site-only');
    expect(elsewhere).toContain('didomi');
  });
});

describe('the built-in table, as the build makes it', () => {
  // The content script takes these selectors as they are (HideRule.checked): one per entry, each
  // closing all it opens, so none can run on into the rules after it in the page's stylesheet.
  it('has one closed selector per entry', async () => {
    const { loadPlatformTable } = await import('../../../build/known-platforms');
    const { isClosedSelector } = await import('@/lib/rules/closed-selector');
    const table = await loadPlatformTable();
    const selectors = table.rules.flatMap((r) => r.selectors);
    expect(selectors.length).toBeGreaterThan(300);
    expect(
      selectors.filter((s) => splitSelectorList(s).length !== 1 || splitSelectorList(s)[0] !== s),
    ).toEqual([]);
    expect(selectors.filter((s) => !isClosedSelector(s))).toEqual([]);
  });
});

describe('packTable', () => {
  it('round-trips a table', async () => {
    const { packTable, unpackTable } = await import('@/lib/platforms/pack');
    const table = {
      dataVersion: 'v',
      rules: [
        { rule: 'a', selectors: ['#a', '.b c'] },
        { rule: 'b', platform: 'B', selectors: ['#x'], urlPattern: '^https://x\\.com/' },
      ],
    };
    expect(unpackTable(packTable(table))).toEqual(table);
  });

  it('refuses a table whose text holds one of its separators, rather than ship it cut in the wrong places', async () => {
    const { packTable } = await import('@/lib/platforms/pack');
    const table = { dataVersion: 'v', rules: [{ rule: 'a', selectors: ['#a\u0001b'] }] };
    expect(() => packTable(table)).toThrow(/separator/);
  });
});

describe('isCostlySelector', () => {
  it.each([
    '.modal:has(.unic)',
    '[data-action=sp-cc]',
    '[aria-describedby="cookieconsent:desc"]',
    '#x > [role=dialog]',
  ])('keeps %s out of the stylesheet', async (s) => {
    const { isCostlySelector } = await import('@/lib/platforms/compile');
    expect(isCostlySelector(s)).toBe(true);
  });
  it.each(["div[id^='sp_message_container_']", '#cmpbox', '.cc-window.cc-banner', 'fedex-gdpr'])(
    'keeps %s in it',
    async (s) => {
      const { isCostlySelector } = await import('@/lib/platforms/compile');
      expect(isCostlySelector(s)).toBe(false);
    },
  );
});
