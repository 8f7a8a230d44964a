import type { Translate } from '@/utils/ui/i18n';

/** The picker's script in the built package (entrypoints/picker/index.ts, an unlisted script). */
export const PICKER_FILE = '/picker.js';

/**
 * "Hide something on this page": injects pick mode into the tab's top frame (it reaches into
 * same-origin frames itself) and closes the popup so the page is free to pick on.
 */
export function setupPickStart(
  doc: Document,
  tabId: number | null,
  available: boolean,
  t: Translate,
  announce: (text: string, error?: boolean) => void,
): void {
  const slot = doc.getElementById('pick-slot');
  if (!slot) return;
  const button = doc.createElement('button');
  button.type = 'button';
  button.id = 'pick-start';
  button.className = 'primary wide';
  button.textContent = t('pickStart');
  const help = doc.createElement('p');
  help.id = 'pick-help';
  help.className = 'muted small';
  help.textContent = t('pickStartHelp');
  button.setAttribute('aria-describedby', help.id);
  button.disabled = tabId === null || !available;
  button.addEventListener('click', () => {
    if (tabId === null) return;
    button.disabled = true;
    browser.scripting
      .executeScript({ target: { tabId, frameIds: [0] }, files: [PICKER_FILE] })
      .then(() => window.close())
      .catch(() => {
        button.disabled = false;
        announce(t('pickStartFailed'), true);
      });
  });
  slot.replaceChildren(button, help);
  slot.hidden = false;
}
