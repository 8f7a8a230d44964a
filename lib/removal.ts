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
  /** True when `rule` or `selector` was too long to carry whole and ends in TRUNCATION_MARK. */
  truncated?: boolean;
}

export const TEXT_LIMIT = 120;
/**
 * Longest rule name or element path carried whole. User selectors may be 500 characters and
 * element paths in deep pages longer; a longer one is cut (and marked), never a reason to drop
 * the record: the element is hidden either way, and restoring it goes by id.
 */
export const FIELD_LIMIT = 2000;
/** Longest label carried whole (platform names are a few words). */
export const LABEL_LIMIT = 400;
/** Host names are at most 253 characters. */
const HOST_LIMIT = 260;
/** Ends a field that was cut. */
export const TRUNCATION_MARK = '…';
const MAX_SIGNALS = 24;
const MAX_EVIDENCE = 4;
const MAX_EVIDENCE_LENGTH = 200;
const MAX_FIELD = 400;

function isString(v: unknown, max = MAX_FIELD): v is string {
  return typeof v === 'string' && v.length <= max;
}

/** The text, cut to `max` characters with the mark at the end when it was longer. */
function cut(v: string, max: number): { text: string; cut: boolean } {
  return v.length <= max
    ? { text: v, cut: false }
    : { text: `${v.slice(0, max - 1)}${TRUNCATION_MARK}`, cut: true };
}

/** Validates a record that crossed a message boundary; returns null for anything malformed. */
export function parseRemoval(value: unknown): Removal | null {
  if (!value || typeof value !== 'object') return null;
  const r = value as Record<string, unknown>;
  const sources = ['platform', 'detector', 'user-rule', 'backdrop'];
  if (!isString(r.id, 80) || !sources.includes(r.source as string)) return null;
  const texts = [r.label, r.rule, r.selector, r.text, r.frameHost];
  if (!texts.every((t) => typeof t === 'string') || typeof r.inFrame !== 'boolean') return null;
  if (typeof r.time !== 'number' || !Number.isFinite(r.time)) return null;
  const rule = cut(r.rule as string, FIELD_LIMIT);
  const selector = cut(r.selector as string, FIELD_LIMIT);
  const out: Removal = {
    id: r.id,
    source: r.source as Removal['source'],
    label: cut(r.label as string, LABEL_LIMIT).text,
    rule: rule.text,
    selector: selector.text,
    text: (r.text as string).slice(0, TEXT_LIMIT),
    frameHost: (r.frameHost as string).slice(0, HOST_LIMIT),
    inFrame: r.inFrame,
    time: r.time,
  };
  if (rule.cut || selector.cut || r.truncated === true) out.truncated = true;
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
