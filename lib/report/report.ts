import type { Snapshot } from './snapshot';

export const REPORT_FORMAT = 1;

/** A banner Unbanner left on the page, or something it hid that was not a banner. */
export type ReportKind = 'missed' | 'wrong-hide';

export interface ReportCandidate {
  selector: string;
  score: number;
  signals: { code: string; points: number; evidence?: string[] }[];
}

export interface Report {
  unbannerReport: typeof REPORT_FORMAT;
  kind: ReportKind;
  version: string;
  /** The page's host; the full URL only when the user ticked it. */
  host: string;
  url?: string;
  viewport: { width: number; height: number };
  /** Language of the page (`<html lang>`), for the fixture's `lang`. */
  lang: string;
  snapshot: Snapshot;
  /** The rules that matched on this page (platform names, user selectors). */
  matchedRules: string[];
  /** What the detector scored, best first. */
  candidates: ReportCandidate[];
}

export interface ReportInput {
  kind: ReportKind;
  version: string;
  pageUrl: string;
  includeUrl: boolean;
  viewport: { width: number; height: number };
  lang: string;
  snapshot: Snapshot;
  matchedRules?: string[];
  candidates?: ReportCandidate[];
}

export function buildReport(input: ReportInput): Report {
  const url = new URL(input.pageUrl);
  const report: Report = {
    unbannerReport: REPORT_FORMAT,
    kind: input.kind,
    version: input.version,
    host: url.hostname,
    viewport: input.viewport,
    lang: input.lang,
    snapshot: input.snapshot,
    matchedRules: input.matchedRules ?? [],
    candidates: input.candidates ?? [],
  };
  if (input.includeUrl) report.url = url.href;
  return report;
}

/** A report read from a file: checked before anything is built from it. */
export function parseReport(raw: unknown): Report | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Partial<Report>;
  if (r.unbannerReport !== REPORT_FORMAT || (r.kind !== 'missed' && r.kind !== 'wrong-hide')) return null;
  if (typeof r.host !== 'string' || !/^[a-z0-9.-]+$/i.test(r.host)) return null;
  if (!r.snapshot || typeof r.snapshot.markup !== 'string' || !Array.isArray(r.snapshot.elements))
    return null;
  return r as Report;
}
