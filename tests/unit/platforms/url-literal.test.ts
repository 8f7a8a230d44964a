import { describe, expect, it } from 'vitest';
import { urlLiteral } from '@/lib/platforms/url-literal';

describe('urlLiteral', () => {
  it.each([
    ['^https://(www\\.)?tumblr\\.com/', 'tumblr.com/'],
    ['^https://(www\\.)?(aa|envoyair|psaairlines)\\.com/', '.com/'],
    ['^https://(\\w+\\.)+dji\\.com/', 'dji.com/'],
    ['^https://(www\\.)?itopvpn.com/', 'itopvpn'],
    ['^https://(www\\.)?ebay\\.([.a-z]+)/', 'ebay.'],
    ['^https://www\\.ctv\\.co\\.jp/disneyonice(?:/|[?#]|$)', 'https://www.ctv.co.jp/disneyonice'],
    ['^https://([^)]+)\\.example\\.com/', '.example.com/'],
    ['^https://[a-z(]+\\.example\\.org/', '.example.org/'],
  ])('%s must contain %s', (pattern, literal) => {
    expect(urlLiteral(pattern)).toBe(literal);
  });

  it('has none where the pattern branches at the top or names nothing plain', () => {
    expect(urlLiteral('^https://a\\.com/|^https://b\\.com/')).toBe('');
    expect(urlLiteral('^https?://(www\\.)?(x|y)\\.de')).toBe('');
    expect(urlLiteral('^https?://')).toBe('');
  });

  it('leaves out a character a quantifier makes optional', () => {
    expect(urlLiteral('^https://examples?\\.com/')).toBe('https://example');
    expect(urlLiteral('^https://shopx*\\.net/')).toBe('https://shop');
    expect(urlLiteral('^https://shop{0,1}ify\\.com/')).toBe('https://sho');
    expect(urlLiteral('^https://x{2}\\.shop-12345/')).toBe('.shop-12345/');
  });
});

describe('every site rule of the built-in table', () => {
  // The check is only a shortcut: a URL the pattern matches always contains the text.
  it('is matched on its own site and skipped elsewhere exactly as its pattern says', async () => {
    const { loadPlatformTable } = await import('../../../build/known-platforms');
    const { platformRulesForPage } = await import('@/lib/platforms/rules-for-page');
    const table = await loadPlatformTable();
    const site = table.rules.filter((r) => r.urlPattern);
    expect(site.filter((r) => r.urlLiteral).length).toBeGreaterThan(site.length * 0.8);
    for (const r of site) {
      const re = new RegExp(r.urlPattern as string);
      if (r.urlLiteral) expect(r.urlPattern?.replace(/\\(.)/g, '$1'), r.rule).toContain(r.urlLiteral);
      // A URL made from the literal: where the pattern matches it, the rule applies.
      const url = `https://www.${(r.urlLiteral || 'example.com/').replace(/^\./, '')}`;
      const applies = platformRulesForPage({ dataVersion: 't', rules: [r] }, url).length === 1;
      expect(applies, `${r.rule} on ${url}`).toBe(re.test(url));
    }
  });
});
