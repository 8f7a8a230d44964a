import { describe, expect, it } from 'vitest';
import { addOnce, deleteSite, editSite, removeFrom, siteOrDefault } from '@/lib/settings/edit';
import { filterSites } from '@/lib/settings/site-list';
import { SYNC_QUOTA_BYTES_PER_ITEM, syncItemBytes } from '@/lib/settings/size';
import type { Settings } from '@/lib/settings/types';

const base: Settings = {
  enabled: true,
  sites: {
    'example.com': { enabled: false, hide: [], allow: [], changed: 10 },
    'news.co.uk': { enabled: true, hide: ['#promo'], allow: ['rule:didomi'], changed: 30 },
    'blog.net': { enabled: true, hide: [], allow: ['div#keep-me'], changed: 20 },
  },
};

describe('editSite', () => {
  it('changes one site, stamps the time, and leaves the input alone', () => {
    const next = editSite(base, 'news.co.uk', (s) => void addOnce(s.hide, '.popup'), 99);
    expect(next.sites['news.co.uk']).toEqual({
      enabled: true,
      hide: ['#promo', '.popup'],
      allow: ['rule:didomi'],
      changed: 99,
    });
    expect(base.sites['news.co.uk']?.hide).toEqual(['#promo']);
  });

  it('creates a site from the defaults', () => {
    const next = editSite(
      base,
      'new.org',
      (s) => {
        s.enabled = false;
      },
      5,
    );
    expect(next.sites['new.org']).toEqual({ enabled: false, hide: [], allow: [], changed: 5 });
  });

  it('drops a site left with only defaults (switch back on, last rule removed)', () => {
    const on = editSite(base, 'example.com', (s) => {
      s.enabled = true;
    });
    expect(on.sites['example.com']).toBeUndefined();
    const cleared = editSite(base, 'blog.net', (s) => {
      s.allow = removeFrom(s.allow, 'div#keep-me');
    });
    expect(cleared.sites['blog.net']).toBeUndefined();
  });

  it('adds once, trims, refuses empty', () => {
    const list = ['#a'];
    expect(addOnce(list, ' #a ')).toBe(false);
    expect(addOnce(list, '   ')).toBe(false);
    expect(addOnce(list, ' #b ')).toBe(true);
    expect(list).toEqual(['#a', '#b']);
  });

  it('deletes a site and reads defaults for unknown sites', () => {
    expect(Object.keys(deleteSite(base, 'blog.net').sites)).toEqual(['example.com', 'news.co.uk']);
    expect(siteOrDefault(base, 'unknown.org')).toEqual({ enabled: true, hide: [], allow: [] });
  });
});

describe('filterSites', () => {
  it('sorts by name or by the latest change', () => {
    expect(filterSites(base, '').map((r) => r.key)).toEqual(['blog.net', 'example.com', 'news.co.uk']);
    expect(filterSites(base, '', 'changed').map((r) => r.key)).toEqual([
      'news.co.uk',
      'blog.net',
      'example.com',
    ]);
  });

  it('finds sites by name, rule or allow, in any case', () => {
    expect(filterSites(base, 'EXAMPLE').map((r) => r.key)).toEqual(['example.com']);
    expect(filterSites(base, '#promo').map((r) => r.key)).toEqual(['news.co.uk']);
    expect(filterSites(base, 'keep-me').map((r) => r.key)).toEqual(['blog.net']);
    expect(filterSites(base, 'nothing-like-this')).toEqual([]);
  });
});

describe('syncItemBytes', () => {
  it('counts UTF-8 bytes of key and JSON value, as storage.sync does', () => {
    expect(syncItemBytes('k', 'ab')).toBe(5);
    expect(syncItemBytes('k', '中')).toBe(6);
    expect(SYNC_QUOTA_BYTES_PER_ITEM).toBe(8192);
  });
});
