import { storage } from '@wxt-dev/storage';

/**
 * What the last content-script registration could not do, for the options page: site keys the
 * browser would not take as an exclude pattern (the content script still runs there and does
 * nothing, since it reads the site's settings itself), and whether Unbanner had to register
 * without any exclude patterns at all.
 */
export interface RegistrationStatus {
  /** Sites switched off that the browser still injects the content script into (sorted). */
  refused: string[];
  /** True when no exclude pattern could be registered: every site gets the content script. */
  withoutExcludes: boolean;
}

export const NO_REGISTRATION_PROBLEM: RegistrationStatus = { refused: [], withoutExcludes: false };

const statusItem = storage.defineItem<RegistrationStatus>('local:registrationStatus', {
  fallback: NO_REGISTRATION_PROBLEM,
});

export function loadRegistrationStatus(): Promise<RegistrationStatus> {
  return statusItem.getValue();
}

export async function saveRegistrationStatus(status: RegistrationStatus): Promise<void> {
  const now = await statusItem.getValue();
  // Most registrations change nothing: leave storage (and its watchers) alone then.
  if (JSON.stringify(now) === JSON.stringify(status)) return;
  await statusItem.setValue(status);
}

export function watchRegistrationStatus(onChange: (status: RegistrationStatus) => void): () => void {
  return statusItem.watch((v) => onChange(v ?? NO_REGISTRATION_PROBLEM));
}
