#!/usr/bin/env node
// How many candidates per second the generic detector scores on a 10,000-element page.
// The detector is bundled on its own (no extension) and run in Debian's Chromium on a generated
// page: 10,000 elements, of which 300 are fixed overlays with consent-like wording (candidates);
// a third of those are real banners, the rest decoys with no choice buttons.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const bundle = await build({
  entryPoints: [join(root, 'tests/bench/detector-entry.ts')],
  bundle: true,
  format: 'iife',
  write: false,
  minify: true,
  logLevel: 'silent',
});
const script = bundle.outputFiles[0].text;

function page(total = 10000, candidates = 300) {
  const parts = [];
  let count = 0;
  for (let i = 0; i < candidates; i++) {
    const banner = i % 3 === 0;
    const left = (i * 37) % 1100;
    const top = (i * 53) % 600;
    parts.push(
      `<div style="position:fixed;left:${left}px;top:${top}px;width:180px;height:90px;background:#fff;z-index:${1000 + i}">` +
        `<p>We use cookies and similar technologies to measure traffic and personalise ads. Item ${i}.</p>` +
        (banner
          ? '<button>Accept all</button><button>Reject all</button><a href="/privacy">Privacy policy</a>'
          : '<span>Cookie recipes of the week</span>') +
        '</div>',
    );
    count += banner ? 5 : 3;
  }
  const filler = [];
  while (count < total) {
    filler.push(
      '<section><h2>Section</h2><p>Council news, weather and sport <a href="#">more</a> <span>today</span></p></section>',
    );
    count += 5;
  }
  return `<!doctype html><html><head><meta charset="utf-8"></head><body><main>${filler.join('')}</main>${parts.join('')}</body></html>`;
}

const profile = mkdtempSync(join(tmpdir(), 'unbanner-detector-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 720 },
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const tab = await context.newPage();
  await tab.setContent(page());
  const elements = await tab.evaluate(() => document.querySelectorAll('*').length);
  await tab.addScriptTag({ content: script });
  const runs = [];
  for (let i = 0; i < 7; i++) runs.push(await tab.evaluate(() => window.runDetector()));
  const perSecond = runs.map((r) => (r.scored / r.ms) * 1000).sort((a, b) => a - b);
  const median = perSecond[Math.floor(perSecond.length / 2)];
  const last = runs[runs.length - 1];
  console.log(
    `page: ${elements} elements, ${last.scored} candidates scored per scan, ${last.hidden} judged banners`,
  );
  console.log(`scan times (ms): ${runs.map((r) => r.ms.toFixed(1)).join(', ')}`);
  console.log(
    `detector: ${Math.round(median)} candidates/s (median of ${runs.length} scans, range ${Math.round(perSecond[0])}-${Math.round(perSecond.at(-1))})`,
  );
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
