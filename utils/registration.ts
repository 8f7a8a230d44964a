import type { Settings } from '@/lib/settings/types';

export const CONTENT_SCRIPT_ID = 'unbanner';
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

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
export async function applyRegistration(settings: Settings): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (!settings.enabled) return;
  const script: Parameters<typeof browser.scripting.registerContentScripts>[0][number] = {
    id: CONTENT_SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches: ['http://*/*', 'https://*/*'],
    runAt: 'document_start',
    allFrames: true,
    persistAcrossSessions: true,
  };
  const exclude = excludePatternsFor(settings);
  if (exclude.length) script.excludeMatches = exclude;
  try {
    // about:blank and srcdoc frames inherit their parent's origin: cover them too where the browser can.
    await browser.scripting.registerContentScripts([{ ...script, matchOriginAsFallback: true } as typeof script]);
  } catch {
    await browser.scripting.registerContentScripts([script]);
  }
}
