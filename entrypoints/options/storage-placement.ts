import { loadSettingsPlacement } from '@/utils/settings-store';
import { byId } from '@/utils/ui/dom';
import { t } from '@/utils/ui/i18n';
import { kilobytes } from './format';

/** Meters at or above this share of the limit show as nearly full. */
const NEARLY_FULL = 0.8;

/** Where the settings are stored (sync or this device), how big they are, and why there. */
export async function renderStoragePlacement(): Promise<void> {
  const p = await loadSettingsPlacement();
  const size = { used: kilobytes(p.bytes), limit: kilobytes(p.limit) };
  byId('storage-where').textContent = p.area === 'sync' ? t('storageInSync') : t('storageInLocal');
  byId('storage-size').textContent = t('storageSize', size);
  const meter = byId<HTMLMeterElement>('storage-meter');
  meter.max = p.limit;
  meter.value = Math.min(p.bytes, p.limit);
  meter.high = p.limit * NEARLY_FULL;
  byId('storage-why').textContent =
    p.reason === 'fits'
      ? t('storageWhySync', size)
      : p.reason === 'too-big'
        ? t('storageWhyTooBig', size)
        : t('storageWhyRefused');
}
