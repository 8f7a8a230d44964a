#!/usr/bin/env node
// Builds deliberately broken variants of the extension and checks that the end-to-end suite
// catches each one: a suite that still passes against a broken build measures nothing there.
//
//   npm run test:mutants            every mutant
//   npm run test:mutants -- NAME…   only these (names below)
//
// Each mutant is a copy of the sources (node_modules linked, not copied) with one change, built
// for Chrome into its own folder, then a relevant part of the Chromium suite runs against that
// build (UNBANNER_EXT_DIR). The run fails when a mutant cannot be applied (its source moved: update
// the anchor here) or when the suite PASSES against it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

/**
 * What each mutant breaks, where, and which tests must catch it. `find` is a regular expression
 * that must match exactly once in `file`; `replace` is its replacement (or several, in `edits`).
 */
const MUTANTS = [
  {
    name: 'prehide-emptied',
    why: 'the pre-hide stylesheet is empty: known platforms paint before anything hides them',
    file: 'lib/hide/styles.ts',
    // Both ways selectors reach the stylesheet: all in one rule, or one rule each.
    edits: [
      {
        find: /export function prehideRule\([^)]*\): string \{/,
        replace: "$&\n  if (selector) return '@media not all {}';",
      },
      {
        find: /export function prehideListRule\([^)]*\): string \{/,
        replace: "$&\n  if (selectors) return '@media not all {}';",
      },
    ],
    tests: ['tests/e2e/fixtures.e2e.ts', '-t', 'onetrust-banner|cookiebot$|quantcast'],
  },
  {
    name: 'detector-disabled',
    why: 'the detector judges nothing a banner: banners no rule names stay',
    file: 'lib/detect/detector.ts',
    find: /\n {2}private evaluate\(el: Element\): Detection \| null \{/,
    replace: '\n  private evaluate(el: Element): Detection | null {\n    if (el) return null;',
    tests: ['tests/e2e/fixtures.e2e.ts', '-t', 'de-blog-top-bar|fi-news-late|tr-spa-root'],
  },
  {
    // Holding a suspect back in the next animation frame would still be before that frame paints
    // (and is rightly not counted); this mutant holds it two frames late, so one frame paints it.
    name: 'sentinel-a-frame-late',
    why: 'the sentinel holds a suspect overlay back a frame late: the banner paints once',
    file: 'lib/sentinel/overlay-sentinel.ts',
    // Both ways a hold is written: at the end of a batch of mutations, or at once (the look before a frame).
    edits: [
      {
        find: /\n(\s+)if \(this\.pending\.has\(el\)\) (el\.setAttribute\(this\.opts\.marks\.pending, value\));/,
        replace:
          '\n$1if (this.pending.has(el)) this.win.requestAnimationFrame(() => this.win.requestAnimationFrame(() => $2));',
      },
      {
        find: /\n(\s+)else (el\.setAttribute\(this\.opts\.marks\.pending, value\));/,
        replace: '\n$1else this.win.requestAnimationFrame(() => this.win.requestAnimationFrame(() => $2));',
      },
    ],
    tests: ['tests/e2e/fixtures.e2e.ts', '-t', 'fi-news-late|tr-spa-root|nb-next-hydration'],
  },
  {
    name: 'parse-watch-off',
    why: 'nothing is held back while the page parses: a banner in a page that arrives in pieces paints',
    file: 'lib/sentinel/parse-watch.ts',
    find: /\n {2}start\(\): void \{/,
    replace: '\n  start(): void {\n    if (this.doc) return;',
    tests: [
      'tests/e2e/fixtures.e2e.ts',
      '-t',
      'en-stream-top-inflow|de-stream-fixed-top|de-blog-top-bar|ko-shop-modal-backdrop',
    ],
  },
  {
    name: 'in-flow-hold-keeps-space',
    why: 'a block in the page flow held back before document end keeps its space: hiding it shifts the page',
    file: 'lib/sentinel/parse-watch.ts',
    find: /\{display:none!important\}`/,
    replace: '{}`',
    tests: ['tests/e2e/detector-classes.e2e.ts', '-t', 'en-stream-top-inflow|de-stream-app-root-top'],
  },
  {
    name: 'sentinel-holds-panel-only',
    why: "the sentinel holds the panel but neither the positioned layer around it nor its backdrop: the page's dimming layer paints until the detector comes",
    file: 'lib/sentinel/overlay-sentinel.ts',
    edits: [
      {
        find: /if \(positioned\) return overlayWrapper\(positioned, this\.win\);/,
        replace: 'if (positioned) return positioned;',
      },
      {
        find: /for \(const backdrop of findBackdrops\(el, this\.win\)\) this\.hold\(backdrop\);/,
        replace: '',
      },
    ],
    tests: ['tests/e2e/fixtures.e2e.ts', '-t', 'react-cookie-consent-overlay'],
  },
  {
    name: 'shadow-rule-removed',
    why: 'the own rule for a banner drawn in a shadow root (Usercentrics) is gone',
    file: 'lib/platforms/own-rules.ts',
    find: /selectors: \['#usercentrics-root', '#usercentrics-cmp-ui'\]/,
    replace: "selectors: ['#usercentrics-root-gone']",
    tests: ['tests/e2e/fixtures.e2e.ts', '-t', 'usercentrics-v2|usercentrics-v3|own rule usercentrics-root'],
  },
  {
    name: 'user-origin-rule-removed',
    why: 'no user-origin stylesheet: a banner re-styled with inline !important comes back',
    file: 'utils/user-styles.ts',
    find: /export async function insertUserStyles\([^)]*\): Promise<void> \{/,
    replace: '$&\n  if (tabId > -2) return;',
    tests: ['tests/e2e/engine.e2e.ts', '-t', 're-styles itself'],
  },
  {
    name: 'no-scroll-unlock',
    why: 'page clean-up does nothing: scroll locks and blur stay after the banner is hidden',
    file: 'lib/hide/page-cleanup.ts',
    find: /\n {2}run\(\): CleanupCode\[\] \{/,
    replace: '\n  run(): CleanupCode[] {\n    if (this.doc) return [];',
    tests: [
      'tests/e2e/fixtures.e2e.ts',
      '-t',
      'nl-news-modal-backdrop|pl-news-wall-fixed-body|ro-blog-blur-main',
    ],
  },
];

function run(cmd, args, options) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...options });
  return { code: r.status ?? 1, out: `${r.stdout ?? ''}${r.stderr ?? ''}`, ms: Date.now() - started };
}

/** A copy of the sources to build from: no node_modules (linked), no builds, no git. */
function copySources(into) {
  const skip = new Set(['node_modules', '.output', '.git', 'tests/.artifacts', 'tests/bench/results']);
  cpSync(ROOT, into, {
    recursive: true,
    filter: (src) => !skip.has(relative(ROOT, src).split('\\').join('/')),
  });
  symlinkSync(join(ROOT, 'node_modules'), join(into, 'node_modules'), 'dir');
}

function applyMutant(dir, mutant) {
  const file = join(dir, mutant.file);
  let source = readFileSync(file, 'utf8');
  for (const { find, replace } of mutant.edits ?? [mutant]) {
    const hits = source.match(new RegExp(find.source, 'g'))?.length ?? 0;
    if (hits !== 1) throw new Error(`${mutant.name}: ${mutant.file} matches ${find} ${hits} times, not once`);
    source = source.replace(find, replace);
  }
  writeFileSync(file, source);
}

const only = process.argv.slice(2);
const chosen = only.length ? MUTANTS.filter((m) => only.includes(m.name)) : MUTANTS;
if (!chosen.length) {
  console.error(`no such mutant: ${only.join(', ')} (known: ${MUTANTS.map((m) => m.name).join(', ')})`);
  process.exit(1);
}

const results = [];
const started = Date.now();
for (const mutant of chosen) {
  const dir = mkdtempSync(join(tmpdir(), `unbanner-mutant-${mutant.name}-`));
  let verdict;
  try {
    copySources(dir);
    applyMutant(dir, mutant);
    const build = run('npx', ['wxt', 'build'], { cwd: dir });
    const ext = join(dir, '.output/chrome-mv3');
    if (build.code !== 0 || !existsSync(join(ext, 'manifest.json'))) {
      verdict = { caught: false, note: `the mutant did not build:\n${build.out.slice(-2000)}` };
    } else {
      const suite = run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...mutant.tests], {
        cwd: ROOT,
        env: { ...process.env, UNBANNER_EXT_DIR: ext, NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      const failed = /(\d+) failed/.exec(suite.out)?.[1];
      // Caught means tests ran and failed: not a suite that could not start.
      const ran = /Tests\s+.*(passed|failed)/.test(suite.out);
      // The first failure, so a reader can tell the suite caught it for the right reason.
      const plain = suite.out;
      const reason = /(AssertionError|Error): [^\n]*/.exec(plain)?.[0] ?? '';
      verdict = {
        caught: suite.code !== 0 && ran && !!failed,
        note: `${failed ?? 0} test(s) failed; build ${build.ms} ms, tests ${suite.ms} ms; first: ${reason.slice(0, 300)}`,
        out: plain,
      };
    }
  } catch (e) {
    verdict = { caught: false, note: String(e) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  results.push({ mutant, ...verdict });
  console.log(`${verdict.caught ? 'caught ' : 'MISSED '} ${mutant.name}: ${mutant.why} (${verdict.note})`);
  if (!verdict.caught && verdict.out) console.log(verdict.out.slice(-3000));
}

const missed = results.filter((r) => !r.caught);
console.log(
  `\n${results.length - missed.length}/${results.length} mutants caught in ${Math.round((Date.now() - started) / 1000)} s`,
);
process.exit(missed.length ? 1 : 0);
