import { describe, expect, it } from 'vitest';
import type { PlatformTable } from '@/lib/platforms/types';
import { engineSettingsFor } from '@/lib/settings/effective';
import { normaliseSettings } from '@/lib/settings/normalise';
import { siteSettingsForHost } from '@/lib/settings/site-match';

const table: PlatformTable = {
  dataVersion: 't',
  rules: [
    { rule: 'Onetrust', platform: 'OneTrust', selectors: ['#onetrust-banner-sdk'] },
    { rule: 'didomi', platform: 'Didomi', selectors: ['#didomi-popup'] },
  ],
};

describe('site settings', () => {
  const settings = normaliseSettings({
    enabled: true,
    sites: {
      'example.com': { enabled: false, hide: [], allow: [] },
      'news.co.uk': { enabled: true, hide: ['#promo'], allow: ['rule:didomi', 'div#keep-me'] },
    },
  });

  it('matches a site and its subdomains, not look-alikes', () => {
    expect(siteSettingsForHost(settings, 'www.example.com')?.key).toBe('example.com');
    expect(siteSettingsForHost(settings, 'example.com')?.key).toBe('example.com');
    expect(siteSettingsForHost(settings, 'notexample.com')).toBeNull();
  });

  it('turns everything off on a site switched off', () => {
    expect(engineSettingsFor(table, settings, 'https://shop.example.com/')).toBeNull();
  });

  it('turns everything off when switched off globally', () => {
    expect(engineSettingsFor(table, { ...settings, enabled: false }, 'https://other.org/')).toBeNull();
  });

  it('adds user rules and leaves out allowed platforms', () => {
    const eff = engineSettingsFor(table, settings, 'https://www.news.co.uk/a');
    expect(eff?.rules.map((r) => r.rule)).toEqual(['#promo', 'Onetrust']);
    expect(eff?.rules[0]?.source).toBe('user-rule');
    // An allowed platform's own elements stay too: the detector must not hide them instead.
    expect(eff?.allowSelectors).toEqual(['div#keep-me', '#didomi-popup']);
  });

  it('uses the defaults where nothing is stored', () => {
    expect(engineSettingsFor(table, settings, 'https://other.org/')?.rules).toHaveLength(2);
  });
});

describe('normaliseSettings', () => {
  it('repairs bad values instead of failing', () => {
    const s = normaliseSettings({
      enabled: 'yes',
      sites: { 'ok.com': { hide: ['#a', 5, ''], allow: 'x' }, 'bad key!': {} },
    });
    expect(s.enabled).toBe(true);
    expect(s.sites).toEqual({ 'ok.com': { enabled: true, hide: ['#a'], allow: [] } });
    expect(normaliseSettings(null)).toEqual({ enabled: true, sites: {} });
  });
});
