import { expect, it } from 'vitest';
import { useExtensionSession } from './support/session';

/**
 * Issue #13, storage: damaged settings are repaired with the old value backed up, and the
 * options page says so until the notice is dismissed.
 */
const session = useExtensionSession({ groups: ['pages'], resetAfterEach: true });

it('damaged stored settings: the readable part is kept, the old value backed up, and the options page says so', async () => {
  const damaged = {
    enabled: true,
    sites: { 'kept.example': { enabled: false, hide: [7], allow: [] }, 'lost.example': 'off' },
  };
  const worker = await session.ext.worker();
  await worker.evaluate(async (value) => {
    await chrome.storage.local.remove(['settingsNotice', 'settingsBackups']);
    await chrome.storage.sync.set({ settings: value, settings$: { v: 2 } });
  }, damaged);
  const page = await session.ext.context.newPage();
  session.open.push(page);
  await page.goto(`chrome-extension://${session.ext.extensionId}/options.html`);
  const notice = page.locator('#storage-notices [data-code="settings-repaired"]');
  await notice.waitFor({ timeout: 5000 });
  expect(await notice.textContent()).toContain('2 parts left out');
  await expect.poll(() => page.getByText('kept.example').count()).toBeGreaterThan(0);
  const stored = await worker.evaluate(async () => {
    const { settingsBackups } = await chrome.storage.local.get('settingsBackups');
    const { settings } = await chrome.storage.sync.get('settings');
    return { backups: settingsBackups as { value: unknown }[], settings };
  });
  expect(stored.backups[0]?.value).toEqual(damaged);
  expect(stored.settings).toEqual({
    enabled: true,
    sites: { 'kept.example': { enabled: false, hide: [], allow: [] } },
  });
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(() => notice.count()).toBe(0);
  expect(
    await worker.evaluate(async () => (await chrome.storage.local.get('settingsNotice')).settingsNotice),
  ).toBeUndefined();
});
