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

/**
 * A URL a site rule's pattern matches, written from the pattern: optional parts left out, each
 * group's first alternative, a letter a class allows.
 */
function exampleUrl(pattern: string): string {
  let s = pattern.replace(/^\^/, '').replace(/\$$/, '');
  s = s.replace(/\((?:\?:)?[^()]*\)[?*]/g, '');
  s = s.replace(/\((?:\?:)?([^()|]*)(?:\|[^()]*)?\)\+?/g, '$1');
  s = s
    .replace(/\[\^[^\]]*\][+*]?/g, 'x')
    .replace(/\[(?:\\.|[^\]\\])*?([a-z0-9])(?:\\.|[^\]\\])*\][+*]?/g, '$1');
  s = s.replace(/\\w\+?/g, 'w').replace(/\\d\+?/g, '1');
  return s.replace(/(\\.|[^\\])\?/g, '').replace(/\\(.)/g, '$1');
}

describe('every site rule of the built-in table', () => {
  // The text check is a shortcut only: it must never skip a rule on a URL its pattern matches.
  it('applies on a URL of its own site and on no other site', async () => {
    const { loadPlatformTable } = await import('../../../build/known-platforms');
    const { platformRulesForPage } = await import('@/lib/platforms/rules-for-page');
    const table = await loadPlatformTable();
    const site = table.rules.filter((r) => r.urlPattern);
    expect(site.length).toBeGreaterThan(50);
    expect(site.filter((r) => r.urlLiteral).length).toBeGreaterThan(site.length * 0.8);
    const applies = (rule: (typeof site)[number], url: string) =>
      platformRulesForPage({ dataVersion: 't', rules: [rule] }, url).length === 1;
    for (const r of site) {
      const own = exampleUrl(r.urlPattern as string);
      expect(new RegExp(r.urlPattern as string).test(own), `${r.rule}: ${own} is its site`).toBe(true);
      expect(applies(r, own), `${r.rule} on ${own}`).toBe(true);
      expect(applies(r, 'https://www.example.org/news/'), `${r.rule} elsewhere`).toBe(false);
    }
  });
});
