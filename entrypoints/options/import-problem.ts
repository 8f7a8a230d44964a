import { IMPORT_MAX_BYTES, type ImportProblem } from '@/lib/settings/transfer';
import { t } from '@/utils/ui/i18n';
import { kilobytes } from './format';

/** The message for a refused settings file, in the UI's language. */
export function importProblemText(problem: ImportProblem): string {
  switch (problem.code) {
    case 'too-large':
      return t('importTooLarge', { size: kilobytes(problem.bytes), limit: kilobytes(IMPORT_MAX_BYTES) });
    case 'empty':
      return t('importEmpty');
    case 'not-json':
      return t('importNotJson');
    case 'not-unbanner':
      return t('importNotUnbanner');
    case 'bad-schema':
      return t('importBadSchema');
    case 'newer-schema':
      return t('importNewerSchema', { schema: problem.schema });
    case 'malformed':
      return t('importMalformed', {
        path: problem.path,
        expected: t(`expected_${problem.expected.replace('-', '_')}`),
      });
  }
}
