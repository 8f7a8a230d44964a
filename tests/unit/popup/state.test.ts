import { describe, expect, it } from 'vitest';
import { activeHere, currentSite, type PopupState, siteKey } from '@/entrypoints/popup/state';

const state = (over: Partial<PopupState> = {}): PopupState => ({
  tab: { id: 1, url: 'https://news.example.co.uk/story' },
  registrable: 'example.co.uk',
  host: 'news.example.co.uk',
  settings: { enabled: true, sites: {} },
  log: [],
  dropped: 0,
  stale: false,
  ...over,
});

describe('popup state', () => {
  it('keeps a page’s settings under its registrable domain, unless an entry already governs its host', () => {
    expect(siteKey(state())).toBe('example.co.uk');
    const governed = state({
      settings: { enabled: true, sites: { 'news.example.co.uk': { enabled: false, hide: [], allow: [] } } },
    });
    expect(siteKey(governed)).toBe('news.example.co.uk');
    expect(currentSite(governed).enabled).toBe(false);
  });

  it('has no site for a page Unbanner does not run on', () => {
    const none = state({ tab: { id: 1, url: 'about:blank' }, registrable: null, host: '' });
    expect(siteKey(none)).toBeNull();
    expect(currentSite(none)).toEqual({ enabled: true, hide: [], allow: [] });
  });

  it('is active here only when on everywhere and on for this site', () => {
    expect(activeHere(state())).toBe(true);
    expect(activeHere(state({ settings: { enabled: false, sites: {} } }))).toBe(false);
    const off = { 'example.co.uk': { enabled: false, hide: [], allow: [] } };
    expect(activeHere(state({ settings: { enabled: true, sites: off } }))).toBe(false);
  });
});
