import { checkSelectorSyntax } from '@/lib/rules/check-user-selector';
import {
  IMPORT_MAX_BYTES,
  parseSettingsFile,
  serialiseSettingsFile,
  settingsFileName,
} from '@/lib/settings/transfer';
import type { Settings } from '@/lib/settings/types';
import { loadSettings } from '@/utils/settings-store';
import { button, byId, el } from '@/utils/ui/dom';
import { t } from '@/utils/ui/i18n';
import { replaceAndRegister } from '@/utils/ui/save';
import { importProblemText } from './import-problem';
import type { OptionsPage } from './page';
import { focusName } from './state';

/** How long a download's object URL lives: long enough for the browser to start saving it. */
const DOWNLOAD_URL_LIFETIME_MS = 10_000;

function showTransfer(text: string, error: boolean, undo?: () => void): void {
  const message = byId('transfer-message');
  message.replaceChildren(el('p', { text }));
  message.classList.toggle('error', error);
  if (undo)
    message.append(button(t('undoImport'), undo, { className: 'small', focus: focusName.undoImport }));
}

function exportSettings(settings: Settings): void {
  const now = new Date();
  const blob = new Blob([serialiseSettingsFile(settings, now)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = el('a');
  a.href = url;
  a.download = settingsFileName(now);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
  showTransfer(t('exportDone', { file: a.download }), false);
}

/** Replaces the settings, reloads them as stored, and redraws. */
async function replaceSettings(page: OptionsPage, settings: Settings): Promise<void> {
  await replaceAndRegister(settings);
  page.state.settings = await loadSettings();
  page.render();
}

/** Reads a chosen file; a good one replaces the settings (with "Undo"), a bad one changes nothing. */
function importFile(page: OptionsPage, file: File): void {
  const refuse = (text: string) => {
    showTransfer(`${t('importRefused', { file: file.name })} ${text} ${t('importUnchanged')}`, true);
    byId('import').focus();
  };
  // An oversized file is refused before it is read.
  if (file.size > IMPORT_MAX_BYTES) {
    refuse(importProblemText({ code: 'too-large', bytes: file.size }));
    return;
  }
  void file
    .text()
    .then(async (text) => {
      const result = parseSettingsFile(text, { checkSelector: (s) => checkSelectorSyntax(document, s).ok });
      if (!result.ok) {
        refuse(importProblemText(result.problem));
        return;
      }
      const previous = structuredClone(page.state.settings);
      page.state.undoForget = null;
      await replaceSettings(page, result.settings);
      showTransfer(t('importDone', { file: file.name }, result.sites), false, () => {
        void replaceSettings(page, previous).then(() => {
          showTransfer(t('importUndone'), false);
          byId('import').focus();
        });
      });
    })
    .catch(() => refuse(t('importUnreadable')));
}

/** Export and import buttons. */
export function setUpTransfer(page: OptionsPage): void {
  byId('export').addEventListener('click', () => exportSettings(page.state.settings));
  const fileInput = byId<HTMLInputElement>('import-file');
  byId('import').addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) importFile(page, file);
  });
}
