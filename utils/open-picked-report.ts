/**
 * The popup's page, for one tab, opened on the report of the element picked there: shown whole,
 * then saved by the user. A tab beside the page, because an extension cannot open its own popup
 * reliably in both browsers.
 */
export const PICKED_REPORT_PARAM = 'report';
export const PICKED_REPORT_VALUE = 'picked';

export async function openPickedReport(tabId: number, index: number | undefined): Promise<void> {
  const url = `${browser.runtime.getURL('/popup.html')}?tabId=${tabId}&${PICKED_REPORT_PARAM}=${PICKED_REPORT_VALUE}`;
  await browser.tabs
    .create({ url, openerTabId: tabId, ...(index === undefined ? {} : { index: index + 1 }) })
    .catch((e) => console.error('Unbanner: report tab not opened', e));
}
