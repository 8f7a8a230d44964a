/** The icon set rendered from assets/icons/icon.svg (scripts/render-icons.mjs), by size. */
function iconSet(folder: string, root = ''): Record<string, string> {
  return Object.fromEntries(
    [16, 32, 48, 96, 128].map((size) => [String(size), `${root}${folder}/${size}.png`]),
  );
}

/** For the manifest: paths relative to the package root. */
export const ICONS = iconSet('icon');
/** For action.setIcon, which resolves relative paths against the calling script: absolute ones. */
const ON_ICONS = iconSet('icon', '/');
/** Grey with a slash: Unbanner is switched off on this tab's site (or everywhere). */
export const OFF_ICONS = iconSet('icon-off', '/');

/** The toolbar icon of one tab says at a glance whether Unbanner is off there. */
export async function showActionIcon(tabId: number, off: boolean): Promise<void> {
  try {
    await browser.action.setIcon({ tabId, path: off ? OFF_ICONS : ON_ICONS });
  } catch {
    // The tab closed meanwhile: nothing to draw on.
  }
}
