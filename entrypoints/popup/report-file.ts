import type { ReportCandidate, ReportKind } from '@/lib/report/report';
import { buildReport, type Report } from '@/lib/report/report';
import type { Snapshot } from '@/lib/report/snapshot';
import type { TabRemoval } from '@/utils/tab-log';
import { t } from '@/utils/ui/i18n';
import { callInFrame } from './call-in-frame';
import { announce } from './status';

/** The reporter's script in the built package (entrypoints/reporter/index.ts). */
export const REPORTER_FILE = '/reporter.js';
/** The name entrypoints/reporter gives its functions. */
const REPORTER_GLOBAL = '__unbannerReporter';

interface PageSnapshot {
  snapshot: Snapshot;
  pageUrl: string;
  viewport: { width: number; height: number };
  lang: string;
  /** The detector's verdict on the reported element, where it ran in that frame. */
  candidates?: ReportCandidate[];
}

/** What a report is about: the page's topmost overlay, the element picked in pick mode, or one removal of a frame. */
type ReportSource = 'overlay' | 'picked' | 'removal';

interface ReportRequest {
  kind: ReportKind;
  source: ReportSource;
  frameId: number;
  /** The removal, for a wrong hide. */
  id?: string;
  matchedRules: string[];
  candidates: ReportCandidate[];
}

function isPageSnapshot(v: unknown): v is PageSnapshot {
  const s = v as Partial<PageSnapshot> | null;
  return !!s && typeof s.pageUrl === 'string' && typeof s.snapshot?.markup === 'string';
}

/** Candidates as a frame sent them: kept only when shaped as a report needs them. */
function validCandidates(raw: unknown): ReportCandidate[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (c): c is ReportCandidate =>
      !!c &&
      typeof c.selector === 'string' &&
      typeof c.score === 'number' &&
      Array.isArray(c.signals) &&
      c.signals.every((s: unknown) => !!s && typeof (s as { code?: unknown }).code === 'string'),
  );
}

/** The rules that matched on this page, as the tab's log names them. */
function matchedRulesOf(log: readonly TabRemoval[]): string[] {
  return [...new Set(log.map((r) => r.rule))];
}

/** What the popup says above the file, per source. */
const INTRO = {
  overlay: 'reportContains',
  picked: 'reportPickedContains',
  removal: 'reportWrongContains',
} as const satisfies Record<ReportSource, string>;

/** The panel under the popup's report button: the report shown whole, then offered as a file. */
function panelOf(doc: Document): HTMLElement | null {
  return doc.getElementById('report-panel');
}

/**
 * Shows the whole report before anything is saved, and offers it as a file (a blob link: no
 * permission, no network). The full address goes in only if the user ticks it.
 */
function show(doc: Document, page: PageSnapshot, request: ReportRequest): void {
  const panel = panelOf(doc);
  if (!panel) return;
  const label = doc.createElement('label');
  const tick = doc.createElement('input');
  tick.type = 'checkbox';
  tick.id = 'report-url';
  label.append(tick, ` ${t('reportIncludeUrl')}`);
  const intro = doc.createElement('p');
  intro.className = 'muted small';
  intro.textContent = t(INTRO[request.source]);
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
  let url: string | null = null;
  const render = () => {
    const report: Report = buildReport({
      kind: request.kind,
      version: browser.runtime.getManifest().version,
      pageUrl: page.pageUrl,
      includeUrl: tick.checked,
      viewport: page.viewport,
      lang: page.lang,
      snapshot: page.snapshot,
      matchedRules: request.matchedRules,
      candidates: request.candidates.length ? request.candidates : validCandidates(page.candidates),
    });
    const json = `${JSON.stringify(report, null, 2)}\n`;
    preview.textContent = json;
    if (url) URL.revokeObjectURL(url);
    url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    save.href = url;
    save.download = `unbanner-report-${report.kind}-${report.host}.json`;
  };
  tick.addEventListener('change', render);
  render();
  panel.replaceChildren(label, intro, preview, save);
  panel.hidden = false;
  panel.scrollIntoView({ block: 'nearest' });
}

/** Asks the reporter, in the request's frame, for the snapshot; shows the report or says why not. */
async function openReport(doc: Document, tabId: number, request: ReportRequest): Promise<void> {
  // The reporter's functions, by the names entrypoints/reporter gives them.
  const method = { overlay: 'missed', picked: 'picked', removal: 'wrongHide' }[request.source];
  try {
    const result = await callInFrame(
      tabId,
      request.frameId,
      REPORTER_FILE,
      [REPORTER_GLOBAL, method],
      request.source === 'removal' ? [request.id ?? ''] : [],
    );
    if (isPageSnapshot(result)) show(doc, result, request);
    else announce(t(request.source === 'overlay' ? 'reportNothing' : 'notOnPageAnymore'), true);
  } catch {
    announce(t('pageUnreachable'), true);
  }
}

/** "This was not a banner" on one removal: a report of what it hid, with the rule or the detector's score. */
export function reportWrongHide(doc: Document, tabId: number | null, r: TabRemoval): void {
  if (tabId === null) return;
  const candidates: ReportCandidate[] =
    r.score === undefined ? [] : [{ selector: r.selector, score: r.score, signals: r.signals ?? [] }];
  void openReport(doc, tabId, {
    kind: 'wrong-hide',
    source: 'removal',
    frameId: r.frameId,
    id: r.id,
    matchedRules: [r.rule],
    candidates,
  });
}

/**
 * "Report a banner Unbanner missed": a report of the page's topmost overlay, with the rules that
 * matched here. Opened on a picked element's report (pick mode's "Report it"), it shows that one.
 */
export function setupReportMissed(
  doc: Document,
  tabId: number | null,
  available: boolean,
  log: () => readonly TabRemoval[],
  picked: boolean,
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
  const report = (source: ReportSource) => {
    button.disabled = true;
    void openReport(doc, tabId, {
      kind: 'missed',
      source,
      frameId: 0,
      matchedRules: matchedRulesOf(log()),
      candidates: [],
    }).finally(() => {
      button.disabled = false;
    });
  };
  button.addEventListener('click', () => report('overlay'));
  if (picked) report('picked');
}
