#!/usr/bin/env node
// node tests/bench/readme-table.mjs [results.json]: the README's Benchmark table from a bench run.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const file = process.argv[2] ?? join(import.meta.dirname, 'results', 'latest.json');
const r = JSON.parse(readFileSync(file, 'utf8'));
const f = (v, d = 2) => (v === null || v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(d));
const ratio = (s) => `×${f(s.ratio)} [${f(s.ratioCi95[0])}–${f(s.ratioCi95[1])}]`;
const diff = (s, d = 1) =>
  `${s.diff >= 0 ? '+' : ''}${f(s.diff, d)} [${f(s.diffCi95[0], d)}, ${f(s.diffCi95[1], d)}]`;

function rows(pages, tag) {
  const out = [];
  for (const [key, p] of Object.entries(pages)) {
    const s = p.summary;
    out.push(
      `| \`${key}\`${tag} | ${p.pairs} | ${ratio(s.TaskDuration)} | ${diff(s.ScriptDuration)} | ${diff(s.heapAfterGc, 2)} | ${ratio(s.loadMs)} | ${f(s.longTasks.with.median, 0)} / ${f(s.longTasks.without.median, 0)} |`,
    );
  }
  return out;
}

console.log(
  `Run of ${r.date.slice(0, 10)} (${r.chromium}; extension: ${r.build.startsWith('given') ? r.build : `commit ${r.git.commit.slice(0, 7)}${r.git.dirty ? ' + changes' : ''}`}): medians of the run pairs, [95 % interval].\n`,
);
console.log(
  '| page | pairs | main-thread CPU with/without | extension script (ms) | heap after GC (MB) | load with/without | long tasks with / without |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const line of rows(r.pages, '')) console.log(line);
if (r.throttled) for (const line of rows(r.throttled.pages, ` (CPU /${r.throttled.rate})`)) console.log(line);
console.log('');
console.log('| target (issue 11) | measured | |');
console.log('| --- | --- | --- |');
for (const t of r.targets ?? [])
  console.log(
    `| ${t.target} | ${t.value.replace(/\|/g, '/')} | ${t.met ? 'met' : '**not met**'}${t.note ? ` (${t.note})` : ''} |`,
  );
