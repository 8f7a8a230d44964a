import type { Settings } from '@/lib/settings/types';
import type { PopupToBackground } from '@/utils/messages';
import { saveSettings, updateSettings } from '@/utils/settings-store';

/** A message to the background; a background that cannot answer changes nothing here. */
export function toBackground(message: PopupToBackground): Promise<unknown> {
  return browser.runtime.sendMessage(message).catch(() => undefined);
}

/**
 * Saves a change to the settings, then has the background re-register the content script so
 * that the change applies from the next page load. Returns the settings as saved.
 */
export async function saveAndRegister(change: (s: Settings) => Settings | undefined): Promise<Settings> {
  const next = await updateSettings(change);
  await toBackground({ type: 'apply-registration' });
  return next;
}

/** The same for a whole set of settings replacing the current ones (an import, or its undo). */
export async function replaceAndRegister(settings: Settings): Promise<void> {
  await saveSettings(settings);
  await toBackground({ type: 'apply-registration' });
}
