import { loadRegistrationStatus, watchRegistrationStatus } from '@/utils/registration-status';
import {
  dismissSettingsNotice,
  loadSettingsNotice,
  repairStoredSettings,
  SettingsWriteError,
  watchSettingsNotice,
} from '@/utils/settings-store';
import { button, byId, el } from '@/utils/ui/dom';
import { t } from '@/utils/ui/i18n';

/**
 * What the options page must say about storage and registration problems (issue #13): stored
 * settings that could not all be read (the old value is backed up), sites switched off that the
 * browser would not leave out, and a change that could not be saved.
 */
export async function renderStorageNotices(): Promise<void> {
  const [notice, status] = await Promise.all([loadSettingsNotice(), loadRegistrationStatus()]);
  const box = byId('storage-notices');
  const lines: HTMLElement[] = [];
  if (notice) {
    const line = el('p', {
      className: 'notice',
      text: t(`settingsNotice_${notice.code.replaceAll('-', '_')}`, { lost: notice.lost }),
    });
    line.dataset.code = notice.code;
    line.append(
      ' ',
      button(t('dismissNotice'), () => void dismissSettingsNotice().then(renderStorageNotices)),
    );
    lines.push(line);
  }
  if (status.refused.length) {
    const line = el('p', {
      className: 'notice',
      text: t('registrationRefused', { sites: status.refused.join(', ') }),
    });
    line.dataset.code = 'registration-refused';
    lines.push(line);
  }
  if (status.withoutExcludes) {
    const line = el('p', { className: 'notice', text: t('registrationWithoutExcludes') });
    line.dataset.code = 'registration-without-excludes';
    lines.push(line);
  }
  const failure = box.querySelector('[data-code^="save-"]');
  box.replaceChildren(...lines, ...(failure ? [failure] : []));
}

/** Says that a change was not saved, and why (storage full, or refused). */
export function showSaveFailure(error: unknown): void {
  const code = error instanceof SettingsWriteError ? error.code : 'storage-failed';
  const line = el('p', { className: 'notice error', text: t(`saveFailed_${code.replaceAll('-', '_')}`) });
  line.dataset.code = `save-${code}`;
  line.setAttribute('role', 'alert');
  const box = byId('storage-notices');
  box.querySelector('[data-code^="save-"]')?.remove();
  box.append(line);
}

export function setUpStorageNotices(): void {
  // The background repairs at start-up; a value damaged since (sync from another browser) is
  // repaired here, so the page says so at once. Nothing to do costs one read.
  void repairStoredSettings()
    .catch(() => undefined)
    .then(renderStorageNotices);
  watchSettingsNotice(() => void renderStorageNotices());
  watchRegistrationStatus(() => void renderStorageNotices());
}
