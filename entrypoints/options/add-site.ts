import { siteKeyForInput } from '@/utils/site-key';
import { byId } from '@/utils/ui/dom';
import { t } from '@/utils/ui/i18n';
import type { OptionsPage } from './page';

/** The form that turns Unbanner off on a typed-in site. */
export function setUpAddSite(page: OptionsPage): void {
  const input = byId<HTMLInputElement>('add-site-input');
  const message = byId('add-site-message');
  byId<HTMLFormElement>('add-site').addEventListener('submit', (event) => {
    event.preventDefault();
    const key = siteKeyForInput(input.value);
    message.textContent = key ? t('siteTurnedOff', { site: key }) : t('addSiteInvalid');
    message.classList.toggle('error', !key);
    input.setAttribute('aria-invalid', String(!key));
    if (!key) return;
    input.value = '';
    // The new site must be in view: clear the search.
    page.state.query = '';
    byId<HTMLInputElement>('site-search').value = '';
    void page.actions.changeSite(key, (site) => {
      site.enabled = false;
    });
  });
}
