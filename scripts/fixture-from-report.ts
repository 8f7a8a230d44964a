// `npm run fixture:from-report -- <report.json>`: turns a report saved from the popup into a
// fixture page with its expected outcome under tests/fixtures/detector/<id>/, so a banner
// missed in the wild (or a wrong hide) becomes an end-to-end case of tests/e2e/fixtures.e2e.ts.
// `--out <dir>` writes the fixture's folder under another directory (the round-trip test's).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseReport } from '../lib/report/report';
import { fixtureFromReport } from '../lib/report/to-fixture';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 ? args[outAt + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1));
if (!file) {
  console.error('usage: npm run fixture:from-report -- <report.json> [--force] [--out <dir>]');
  process.exit(2);
}
const report = parseReport(JSON.parse(readFileSync(file, 'utf8')));
if (!report) {
  console.error(`${file} is not an Unbanner report`);
  process.exit(1);
}
const made = fixtureFromReport(report);
const dir = resolve(outDir ?? resolve(import.meta.dirname, '../tests/fixtures/detector'), made.id);
if (existsSync(dir) && !args.includes('--force')) {
  console.error(`${dir} exists; pass --force to replace it`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
writeFileSync(resolve(dir, 'index.html'), made.html);
writeFileSync(resolve(dir, 'fixture.json'), `${JSON.stringify(made.fixture, null, 2)}\n`);
console.log(
  `wrote ${dir} (${made.fixture.kind}: ${(made.fixture.banner ?? made.fixture.keep ?? []).join(', ')})`,
);
