// Renders assets/icons/icon.svg into the PNG icon set under public/ with Debian's Chromium
// (playwright-core is already a dev dependency; nothing is downloaded). Run after editing the
// SVG: `node scripts/render-icons.mjs`; the PNGs are committed so a build needs no browser.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const SIZES = [16, 32, 48, 96, 128];
/** "on" is the extension's icon; "off" is the toolbar icon on a site where Unbanner is switched off. */
const VARIANTS = { on: 'icon', off: 'icon-off' };

const source = readFileSync(resolve(root, 'assets/icons/icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--force-color-profile=srgb'],
});
try {
  for (const [variant, folder] of Object.entries(VARIANTS)) {
    mkdirSync(resolve(root, 'public', folder), { recursive: true });
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const svg = source
        .replace('class="VARIANT"', `class="${variant}"`)
        .replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
      await page.screenshot({
        path: resolve(root, 'public', folder, `${size}.png`),
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      await page.close();
    }
  }
} finally {
  await browser.close();
}
