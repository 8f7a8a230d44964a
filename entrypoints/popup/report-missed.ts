import { buildReport, type Report } from '@/lib/report/report';
import type { Snapshot } from '@/lib/report/snapshot';
import type { Translate } from '@/utils/ui/i18n';

/** The reporter's script in the built package (entrypoints/reporter/index.ts). */
export const REPORTER_FILE = '/reporter.js';

interface PageSnapshot {
  snapshot: Snapshot;
  pageUrl: string;
  viewport: { width: number; height: number };
  lang: string;
}

function isPageSnapshot(v: unknown): v is PageSnapshot {
  const s = v as Partial<PageSnapshot> | null;
  return !!s && typeof s.pageUrl === 'string' && typeof s.snapshot?.markup === 'string';
}

/**
 * "Report a banner Unbanner missed": snapshots the page's topmost overlay, shows the whole
 * report before anything is saved, and offers it as a file (a blob link: no permission, no
 * network). The full address goes in only if the user ticks it.
 */
export function setupReportMissed(
  doc: Document,
  tabId: number | null,
  available: boolean,
  t: Translate,
  announce: (text: string, error?: boolean) => void,
): void {
  const slot = doc.getElementById('pick-slot');
  if (!slot || tabId === null || !available) return;
  const button = doc.createElement('button');
  button.type = 'button';
  button.id = 'report-missed';
  button.className = 'wide';
  button.textContent = t('reportMissed');
  const panel = doc.createElement('div');
  panel.id = 'report-panel';
  panel.hidden = true;
  slot.append(button, panel);

  let url: string | null = null;
  const show = (page: PageSnapshot) => {
    const label = doc.createElement('label');
    const tick = doc.createElement('input');
    tick.type = 'checkbox';
    tick.id = 'report-url';
    label.append(tick, ` ${t('reportIncludeUrl')}`);
    const intro = doc.createElement('p');
    intro.className = 'muted small';
    intro.textContent = t('reportContains');
    const preview = doc.createElement('pre');
    preview.id = 'report-preview';
    preview.tabIndex = 0;
    // A long report scrolls in its own box instead of widening the popup.
    preview.style.cssText =
      'max-height: 12rem; overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 11px;';
    preview.setAttribute('aria-label', t('reportContains'));
    const save = doc.createElement('a');
    save.id = 'report-save';
    save.className = 'button primary';
    save.textContent = t('reportSave');
    const render = () => {
      const report: Report = buildReport({
        kind: 'missed',
        version: browser.runtime.getManifest().version,
        pageUrl: page.pageUrl,
        includeUrl: tick.checked,
        viewport: page.viewport,
        lang: page.lang,
        snapshot: page.snapshot,
      });
      const json = `${JSON.stringify(report, null, 2)}\n`;
      preview.textContent = json;
      if (url) URL.revokeObjectURL(url);
      url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      save.href = url;
      save.download = `unbanner-report-${report.host}.json`;
    };
    tick.addEventListener('change', render);
    render();
    panel.replaceChildren(label, intro, preview, save);
    panel.hidden = false;
  };

  button.addEventListener('click', () => {
    button.disabled = true;
    browser.scripting
      .executeScript({ target: { tabId, frameIds: [0] }, files: [REPORTER_FILE] })
      .then(() =>
        browser.scripting.executeScript({
          target: { tabId, frameIds: [0] },
          func: () => (globalThis as Record<string, unknown>).__unbannerReportSnapshot ?? null,
        }),
      )
      .then(([result]) => {
        button.disabled = false;
        if (isPageSnapshot(result?.result)) show(result.result);
        else announce(t('reportNothing'), true);
      })
      .catch(() => {
        button.disabled = false;
        announce(t('reportNothing'), true);
      });
  });
}
