import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

/** The options page's lines for issue #13: damaged settings, sites the browser would not exclude, failed saves. */
describe('options page storage notices', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
    // The wording is the locales' business (tests/unit/popup/locales.test.ts): here, which lines show.
    const browser = { ...fakeBrowser, i18n: { ...fakeBrowser.i18n, getMessage: (key: string) => key } };
    vi.stubGlobal('chrome', browser);
    vi.stubGlobal('browser', browser);
    document.body.innerHTML = '<div id="storage-notices" role="status"></div>';
  });
  afterEach(() => vi.unstubAllGlobals());

  const codes = () =>
    [...document.querySelectorAll<HTMLElement>('#storage-notices [data-code]')].map((e) => e.dataset.code);

  it('names the sites the browser would not leave out, and a fallback to no exclusions', async () => {
    await fakeBrowser.storage.local.set({
      registrationStatus: { refused: ['[::1]', 'a..b'], withoutExcludes: true },
    });
    const { renderStorageNotices } = await import('@/entrypoints/options/storage-notices');
    await renderStorageNotices();
    expect(codes()).toEqual(['registration-refused', 'registration-without-excludes']);
  });

  it('shows the settings notice until dismissed, and a failed save with its reason', async () => {
    await fakeBrowser.storage.local.set({ settingsNotice: { code: 'settings-reset', lost: 1, time: 1 } });
    const notices = await import('@/entrypoints/options/storage-notices');
    const { SettingsWriteError } = await import('@/utils/settings-store');
    await notices.renderStorageNotices();
    expect(codes()).toEqual(['settings-reset']);
    notices.showSaveFailure(new SettingsWriteError('storage-full'));
    expect(codes()).toEqual(['settings-reset', 'save-storage-full']);
    document.querySelector<HTMLButtonElement>('[data-code="settings-reset"] button')?.click();
    await vi.waitFor(() => expect(codes()).toEqual(['save-storage-full']));
    expect((await fakeBrowser.storage.local.get('settingsNotice')).settingsNotice).toBeUndefined();
  });
});
