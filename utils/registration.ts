import { excludePlan, flattenPatterns, holdPlan } from '@/lib/settings/exclude-patterns';
import type { Settings } from '@/lib/settings/types';
import { HOST_ORIGINS, registeredScriptVariants } from '@/utils/browser-differences';
import { saveRegistrationStatus } from '@/utils/registration-status';

export const CONTENT_SCRIPT_ID = 'unbanner';
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
/**
 * At document end comes the detector's sentinel, a few kilobytes; the detector itself is injected
 * only into a frame whose sentinel sees a candidate overlay (utils/inject-detector.ts).
 */
export const DETECTOR_SCRIPT_ID = 'unbanner-detector';
export const DETECTOR_SCRIPT_FILE = 'content-scripts/sentinel.js';
const FILE_OF: Record<string, string> = {
  [CONTENT_SCRIPT_ID]: CONTENT_SCRIPT_FILE,
  [DETECTOR_SCRIPT_ID]: DETECTOR_SCRIPT_FILE,
};
/**
 * On sites with the user's own hide rules only: holds the page blank from document start until
 * the content script has read the settings and put those rules in place (a picked banner would
 * otherwise paint once on every load). Registered apart, with `matches` for those sites.
 */
export const HOLD_SCRIPT_ID = 'unbanner-hold';
export const HOLD_SCRIPT_FILE = 'content-scripts/hold.js';
/** A registration that only asks the browser whether it takes some exclude patterns; removed at once. */
const PROBE_SCRIPT_ID = 'unbanner-pattern-probe';
/** `.invalid` never resolves (RFC 6761): the probe can never run anywhere. */
const PROBE_MATCH = 'https://unbanner-probe.invalid/*';

const IDS = [CONTENT_SCRIPT_ID, DETECTOR_SCRIPT_ID];

type RegisteredScript = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

/** Match patterns that leave out the sites switched off (those the grammar check accepts). */
export function excludePatternsFor(settings: Settings): string[] {
  return flattenPatterns(excludePlan(settings).accepted);
}

/**
 * The content script is registered at run time, not in the manifest, so a site the user
 * switched off gets none of it from the next load on, not even the hiding stylesheet.
 * Whatever the settings hold, a registration never ends with no content script: a site key the
 * browser refuses is skipped (and recorded for the options page), and if even that fails the
 * scripts are registered without exclude patterns (they read the settings and stay idle there).
 */
export function applyRegistration(settings: Settings): Promise<void> {
  // Calls come from install/start-up, the settings watcher and the popup, often together:
  // one at a time, in call order, so the last settings win and no id is registered twice.
  const run = queue.then(async () => {
    try {
      await register(settings);
    } finally {
      await registerHold(settings);
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<unknown> = Promise.resolve();

/** Same patterns, in any order. */
function samePatterns(a: string[] | undefined, b: string[]): boolean {
  const have = new Set(a ?? []);
  return have.size === b.length && b.every((p) => have.has(p));
}

async function register(settings: Settings): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: IDS });
  if (!settings.enabled) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
    await saveRegistrationStatus({ refused: [], withoutExcludes: false });
    return;
  }
  const plan = excludePlan(settings);
  const refused = [...plan.refused];
  let wanted = flattenPatterns(plan.accepted);
  const complete = existing.length === IDS.length;
  // Most setting changes (a rule, an "always show") leave the registration as it is; one kept
  // from an older version may name another file, and is then updated.
  if (
    complete &&
    existing.every((s) => samePatterns(s.excludeMatches, wanted) && s.js?.[0] === FILE_OF[s.id])
  ) {
    await saveRegistrationStatus({ refused, withoutExcludes: false });
    return;
  }
  if (await apply(complete, wanted)) {
    await saveRegistrationStatus({ refused, withoutExcludes: false });
    return;
  }
  // The browser refused a pattern the grammar check let through: find which keys, leave them out.
  const bad = await keysRefusedAmong([...plan.accepted]);
  if (bad.length) {
    for (const key of bad) plan.accepted.delete(key);
    refused.push(...bad);
    refused.sort();
    wanted = flattenPatterns(plan.accepted);
    if (await apply(complete, wanted)) {
      await saveRegistrationStatus({ refused, withoutExcludes: false });
      return;
    }
  }
  // Last resort: every site gets the scripts; better than none.
  if (await apply(false, [])) {
    await saveRegistrationStatus({
      refused: [...refused, ...plan.accepted.keys()].sort(),
      withoutExcludes: true,
    });
    return;
  }
  throw new Error('Unbanner: the browser refused to register the content scripts');
}

/**
 * Updates the registration in place when both scripts are there (unregistering first would leave
 * a moment in which a page loading in another tab gets no content script), else registers afresh.
 */
async function apply(inPlace: boolean, exclude: string[]): Promise<boolean> {
  if (inPlace) {
    try {
      await browser.scripting.updateContentScripts([
        { id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], excludeMatches: exclude },
        { id: DETECTOR_SCRIPT_ID, js: [DETECTOR_SCRIPT_FILE], excludeMatches: exclude },
      ]);
      return true;
    } catch {
      // Fall through to registering afresh.
    }
  }
  const present = await browser.scripting.getRegisteredContentScripts({ ids: IDS });
  if (present.length) await browser.scripting.unregisterContentScripts({ ids: present.map((s) => s.id) });
  const script: RegisteredScript = {
    id: CONTENT_SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches: [...HOST_ORIGINS],
    runAt: 'document_start',
    allFrames: true,
    persistAcrossSessions: true,
  };
  if (exclude.length) script.excludeMatches = exclude;
  // about:blank and srcdoc frames inherit their parent's origin: cover them too where the
  // browser can (utils/browser-differences.ts), else register without that option.
  const detector: RegisteredScript = {
    ...script,
    id: DETECTOR_SCRIPT_ID,
    js: [DETECTOR_SCRIPT_FILE],
    runAt: 'document_end',
  };
  const detectorVariants = registeredScriptVariants(detector);
  for (const [i, variant] of registeredScriptVariants(script).entries()) {
    try {
      await browser.scripting.registerContentScripts([variant, detectorVariants[i] ?? detector]);
      return true;
    } catch {
      // Next variant.
    }
  }
  return false;
}

/** The hold script for the sites with their own hide rules; a site whose patterns the browser refuses is left out. */
async function registerHold(settings: Settings): Promise<void> {
  const plan = holdPlan(settings);
  let wanted = flattenPatterns(plan);
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [HOLD_SCRIPT_ID] });
  if (existing && samePatterns(existing.matches, wanted)) return;
  if (existing) await browser.scripting.unregisterContentScripts({ ids: [HOLD_SCRIPT_ID] });
  if (!wanted.length) return;
  const hold = (matches: string[]): RegisteredScript => ({
    id: HOLD_SCRIPT_ID,
    js: [HOLD_SCRIPT_FILE],
    matches,
    runAt: 'document_start',
    allFrames: true,
    persistAcrossSessions: true,
  });
  try {
    await browser.scripting.registerContentScripts([hold(wanted)]);
    return;
  } catch {
    // Find the keys whose patterns the browser refuses and leave them out.
  }
  for (const key of await keysRefusedAmong([...plan])) plan.delete(key);
  wanted = flattenPatterns(plan);
  if (wanted.length) await browser.scripting.registerContentScripts([hold(wanted)]).catch(() => undefined);
}

/** True when the browser takes these exclude patterns (asked with a probe that can never run). */
async function browserTakes(exclude: string[]): Promise<boolean> {
  try {
    await browser.scripting.registerContentScripts([
      {
        id: PROBE_SCRIPT_ID,
        js: [CONTENT_SCRIPT_FILE],
        matches: [PROBE_MATCH],
        excludeMatches: exclude,
        persistAcrossSessions: false,
      },
    ]);
  } catch {
    return false;
  }
  await browser.scripting.unregisterContentScripts({ ids: [PROBE_SCRIPT_ID] }).catch(() => undefined);
  return true;
}

/** The keys whose patterns the browser refuses, found by halving (a few calls for one bad key among thousands). */
async function keysRefusedAmong(entries: [string, string[]][]): Promise<string[]> {
  if (!entries.length) return [];
  if (await browserTakes(entries.flatMap(([, p]) => p))) return [];
  const [first] = entries;
  if (entries.length === 1 && first) return [first[0]];
  const mid = entries.length >> 1;
  return [
    ...(await keysRefusedAmong(entries.slice(0, mid))),
    ...(await keysRefusedAmong(entries.slice(mid))),
  ];
}
