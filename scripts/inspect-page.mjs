#!/usr/bin/env node
// Development aid: opens one local page folder with the built extension and prints what
// Unbanner removed and why.  Usage: node scripts/inspect-page.mjs <folder or http URL> [settle ms] [--shot]
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const dir = resolve(process.argv[2] ?? '.');
const settle = Number(process.argv[3] ?? 1500);
const ext = resolve(import.meta.dirname, '../.output/chrome-mv3');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile())
    return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const profile = mkdtempSync(join(tmpdir(), 'unbanner-inspect-'));
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
    '--host-resolver-rules=MAP *.test 127.0.0.1',
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
for (
  let i = 0;
  i < 50 &&
  !(await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length));
  i++
) {
  await new Promise((r) => setTimeout(r, 100));
}
const url = process.argv[2]?.startsWith('http')
  ? process.argv[2]
  : `http://inspect.test:${server.address().port}/`;
const page = await context.newPage();
page.on('console', (m) => console.log('[page]', m.text()));
await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(settle);
if (process.argv.includes('--scroll')) {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(500);
}
const tabId = await worker.evaluate(
  async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
  url,
);
const log = await worker.evaluate(
  async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? [],
  tabId,
);
console.log(JSON.stringify(log, null, 1));
if (process.argv.includes('--shot')) await page.screenshot({ path: '/tmp/inspect.png' });
if (process.argv.includes('--styled'))
  console.log(
    await page.evaluate(() =>
      [...document.querySelectorAll('[style]')]
        .map((e) => e.localName + '.' + e.className + ' ' + e.getAttribute('style'))
        .join('\n'),
    ),
  );
await context.close();
rmSync(profile, { recursive: true, force: true });
server.close();
