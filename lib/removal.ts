import { type CleanupCode, isCleanupCode, isSignalCode, type Signal } from './codes';

/** What Unbanner hid, as the content script reports it and the popup lists it. */
export interface Removal {
  /** Unique within the frame's page load. */
  id: string;
  /** Which mechanism hid it. */
  source: 'platform' | 'detector' | 'user-rule' | 'backdrop';
  /** Platform name ("OneTrust"), or "Detected cookie banner", or "Your rule". */
  label: string;
  /** The rule's name, the detector's verdict, or the user's selector. */
  rule: string;
  /** A short CSS path of the hidden element. */
  selector: string;
  /** The first characters of its visible text, as plain text. */
  text: string;
  /** Host of the frame it was found in. */
  frameHost: string;
  /** True when found in a sub-frame rather than the top document. */
  inFrame: boolean;
  /** Epoch milliseconds. */
  time: number;
  /** Detector only: total score and the signals that produced it. */
  score?: number;
  signals?: Signal[];
  /** Page clean-ups done with it, as codes the UI words. */
  cleanups?: CleanupCode[];
  /** True once the user brought it back. */
  restored?: boolean;
}

export const TEXT_LIMIT = 120;
const MAX_FIELD = 400;
const MAX_SIGNALS = 24;
const MAX_EVIDENCE = 4;
const MAX_EVIDENCE_LENGTH = 200;

function isString(v: unknown, max = MAX_FIELD): v is string {
  return typeof v === 'string' && v.length <= max;
}

/** Validates a record that crossed a message boundary; returns null for anything malformed. */
export function parseRemoval(value: unknown): Removal | null {
  if (!value || typeof value !== 'object') return null;
  const r = value as Record<string, unknown>;
  const sources = ['platform', 'detector', 'user-rule', 'backdrop'];
  if (!isString(r.id, 80) || !sources.includes(r.source as string)) return null;
  if (!isString(r.label) || !isString(r.rule) || !isString(r.selector) || !isString(r.text)) return null;
  if (!isString(r.frameHost, 260) || typeof r.inFrame !== 'boolean') return null;
  if (typeof r.time !== 'number' || !Number.isFinite(r.time)) return null;
  const out: Removal = {
    id: r.id,
    source: r.source as Removal['source'],
    label: r.label,
    rule: r.rule,
    selector: r.selector,
    text: r.text.slice(0, TEXT_LIMIT),
    frameHost: r.frameHost,
    inFrame: r.inFrame,
    time: r.time,
  };
  if (typeof r.score === 'number' && Number.isFinite(r.score)) out.score = r.score;
  const signals = parseSignals(r.signals);
  if (signals) out.signals = signals;
  if (Array.isArray(r.cleanups) && r.cleanups.length <= MAX_SIGNALS && r.cleanups.every(isCleanupCode)) {
    out.cleanups = r.cleanups;
  }
  if (r.restored === true) out.restored = true;
  return out;
}

/** A list of detector signals, or undefined if any of them is not one this version knows. */
function parseSignals(v: unknown): Signal[] | undefined {
  if (!Array.isArray(v) || v.length > MAX_SIGNALS) return undefined;
  const out: Signal[] = [];
  for (const item of v) {
    if (!item || typeof item !== 'object') return undefined;
    const { code, points, evidence } = item as Record<string, unknown>;
    if (!isSignalCode(code) || typeof points !== 'number' || !Number.isFinite(points)) return undefined;
    if (evidence === undefined) {
      out.push({ code, points });
      continue;
    }
    if (
      !Array.isArray(evidence) ||
      evidence.length > MAX_EVIDENCE ||
      !evidence.every((e) => isString(e, MAX_EVIDENCE_LENGTH))
    )
      return undefined;
    out.push({ code, points, evidence: [...evidence] });
  }
  return out;
}
