import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actions } from '@/entrypoints/popup/actions';
import { renderRemovalList } from '@/entrypoints/popup/removal-list';
import type { PopupState } from '@/entrypoints/popup/state';
import type { TabRemoval } from '@/utils/tab-log';

// Messages as their keys and values, so the test sees which message went where.
vi.mock('@/utils/ui/i18n', () => ({
  t: (key: string, subs?: Record<string, unknown>, count?: number) =>
    [key, count ?? '', ...Object.entries(subs ?? {}).map(([k, v]) => `${k}=${v}`)].filter(Boolean).join(' '),
}));

const html = readFileSync(resolve(import.meta.dirname, '../../../entrypoints/popup/index.html'), 'utf8');

const removal = (id: string): TabRemoval => ({
  id,
  frameId: 0,
  source: 'platform',
  label: 'OneTrust',
  rule: 'Onetrust',
  selector: `#b${id}`,
  text: 'We use cookies',
  frameHost: 'news.test',
  inFrame: false,
  time: 1,
});

const state = (over: Partial<PopupState>): PopupState => ({
  tab: { id: 1, url: 'https://news.test/' },
  registrable: 'news.test',
  host: 'news.test',
  settings: { enabled: true, sites: {} },
  log: [removal('1'), removal('2')],
  dropped: 0,
  stale: false,
  ...over,
});

const actions = {
  removal: { onShowAgain: vi.fn(), onHideAgain: vi.fn(), onAlwaysShow: vi.fn(), onUndoAlwaysShow: vi.fn() },
} as unknown as Actions;

const byId = (id: string) => document.getElementById(id) as HTMLElement;

describe('the popup’s list of removals', () => {
  beforeEach(() => {
    document.body.innerHTML = (/<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '').replace(
      /<script[^>]*><\/script>/,
      '',
    );
  });

  it('lists each removal in the list named "Removed on this page", with the count of hidden ones', () => {
    renderRemovalList(state({}), actions);
    const list = byId('removed');
    expect(byId(list.getAttribute('aria-labelledby') ?? '').textContent).toContain('Removed');
    expect(list.querySelectorAll(':scope > li')).toHaveLength(2);
    expect(byId('removed-count').textContent).toBe('hiddenCount 2');
    expect(byId('empty').hidden).toBe(true);
  });

  it('says how many more were left out when the tab log dropped entries', () => {
    renderRemovalList(state({ dropped: 3 }), actions);
    expect(byId('removed-more').hidden).toBe(false);
    expect(byId('removed-more').textContent).toBe('removedMore 3');
    renderRemovalList(state({ dropped: 0 }), actions);
    expect(byId('removed-more').hidden).toBe(true);
  });

  it('shows nothing from a stale log, and says Unbanner is off', () => {
    renderRemovalList(state({ stale: true, dropped: 3, settings: { enabled: false, sites: {} } }), actions);
    expect(byId('removed').children).toHaveLength(0);
    expect(byId('removed-more').hidden).toBe(true);
    expect(byId('empty').hidden).toBe(false);
    expect(byId('empty').textContent).toBe('removedEmptyOff');
  });
});
