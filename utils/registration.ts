import type { Settings } from '@/lib/settings/types';
import { HOST_ORIGINS, registeredScriptVariants } from '@/utils/browser-differences';

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

/** Match patterns that leave out a site and all its subdomains. */
export function excludePatternsFor(settings: Settings): string[] {
  const out: string[] = [];
  for (const [key, site] of Object.entries(settings.sites)) {
    if (site.enabled) continue;
    out.push(`*://${key}/*`, `*://*.${key}/*`);
  }
  return out;
}

/**
 * The content script is registered at run time, not in the manifest, so a site the user
 * switched off gets none of it from the next load on, not even the hiding stylesheet.
 */
export function applyRegistration(settings: Settings): Promise<void> {
  // Calls come from install/start-up, the settings watcher and the popup, often together:
  // one at a time, in call order, so the last settings win and no id is registered twice.
  const run = queue.then(() => register(settings));
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
  const ids = [CONTENT_SCRIPT_ID, DETECTOR_SCRIPT_ID];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids });
  const wanted = excludePatternsFor(settings);
  if (settings.enabled && existing.length === ids.length) {
    // Most setting changes (a rule, an "always show") leave the registration as it is; a site
    // switched on or off changes it in place. Unregistering first would leave a moment in which
    // a page loading in another tab gets no content script at all.
    // A registration kept from an older version may name another file: then it is updated.
    if (existing.every((s) => samePatterns(s.excludeMatches, wanted) && s.js?.[0] === FILE_OF[s.id])) return;
    try {
      await browser.scripting.updateContentScripts([
        { id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], excludeMatches: wanted },
        { id: DETECTOR_SCRIPT_ID, js: [DETECTOR_SCRIPT_FILE], excludeMatches: wanted },
      ]);
      return;
    } catch {
      // Fall back to registering afresh.
    }
  }
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  if (!settings.enabled) return;
  const script: Parameters<typeof browser.scripting.registerContentScripts>[0][number] = {
    id: CONTENT_SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches: [...HOST_ORIGINS],
    runAt: 'document_start',
    allFrames: true,
    persistAcrossSessions: true,
  };
  const exclude = excludePatternsFor(settings);
  if (exclude.length) script.excludeMatches = exclude;
  // about:blank and srcdoc frames inherit their parent's origin: cover them too where the
  // browser can (utils/browser-differences.ts), else register without that option.
  const detector = {
    ...script,
    id: DETECTOR_SCRIPT_ID,
    js: [DETECTOR_SCRIPT_FILE],
    runAt: 'document_end' as const,
  };
  let failure: unknown;
  const detectorVariants = registeredScriptVariants(detector);
  for (const [i, variant] of registeredScriptVariants(script).entries()) {
    try {
      await browser.scripting.registerContentScripts([variant, detectorVariants[i] ?? detector]);
      return;
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}
