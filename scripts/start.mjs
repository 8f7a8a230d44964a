#!/usr/bin/env node
// Builds Unbanner, serves the demo news page (a Chinese article under a CookieYes preference
// centre) and opens it in Chromium with the extension loaded. With --headless (or no display)
// it prints what the popup lists and saves before/after screenshots instead.
import { execSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const demoDir = join(root, 'tests/fixtures/pages/demo-news-zh');
const extDir = join(root, '.output/chrome-mv3');
const outDir = join(root, 'demo-output');
const headless =
  process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const chromePath =
  process.env.CHROME_PATH ??
  [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ].find(existsSync);

if (!chromePath) {
  console.error(
    'No Chromium or Chrome found. Install one (Debian: apt-get install chromium) or set CHROME_PATH.',
  );
  process.exit(1);
}

console.log('Building the extension…');
execSync('npx wxt build', { cwd: root, stdio: 'inherit' });

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const file = join(demoDir, path === '/' ? 'index.html' : path);
  if (!file.startsWith(demoDir) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/plain' });
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://jiangcheng-daily.test:${server.address().port}/`;

const launch = async (withExtension) => {
  const profile = mkdtempSync(join(tmpdir(), 'unbanner-demo-'));
  const args = [
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP *.test 127.0.0.1',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (headless) args.push('--disable-gpu');
  if (withExtension) args.push(`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath,
    headless,
    args,
    viewport: headless ? { width: 1280, height: 800 } : null,
  });
  return { context, cleanup: () => rmSync(profile, { recursive: true, force: true }) };
};

if (!headless) {
  const { context } = await launch(true);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log(`\nOpened ${url} with Unbanner loaded. The consent overlay is gone; click the Unbanner`);
  console.log('toolbar icon to see what was removed. Close the browser window to stop.');
  context.on('close', () => {
    server.close();
    process.exit(0);
  });
} else {
  mkdirSync(outDir, { recursive: true });
  const before = await launch(false);
  const plain = await before.context.newPage();
  await plain.goto(url, { waitUntil: 'load' });
  await plain.waitForTimeout(1200);
  await plain.screenshot({ path: join(outDir, 'before.png') });
  await before.context.close();
  before.cleanup();

  const after = await launch(true);
  const worker = after.context.serviceWorkers()[0] ?? (await after.context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  for (let i = 0; i < 50; i++) {
    const n = await worker.evaluate(
      async () => (await chrome.scripting.getRegisteredContentScripts()).length,
    );
    if (n) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const page = await after.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1200);
  await page.screenshot({ path: join(outDir, 'after.png') });
  const tabId = await worker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
    url,
  );
  const popup = await after.context.newPage();
  await popup.setViewportSize({ width: 420, height: 700 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup
    .getByRole('list', { name: /removed/i })
    .getByRole('listitem')
    .first()
    .waitFor({ timeout: 5000 });
  await popup.screenshot({ path: join(outDir, 'popup.png'), fullPage: true });
  const items = await popup
    .getByRole('list', { name: /removed/i })
    .getByRole('listitem')
    .allInnerTexts();
  console.log(`\nUnbanner removed ${items.length} item(s) on ${url}:`);
  for (const item of items) console.log(`  • ${item.replace(/\n+/g, ' | ')}`);
  console.log(
    `\nScreenshots: ${join(outDir, 'before.png')} (no extension), ${join(outDir, 'after.png')}, ${join(outDir, 'popup.png')}`,
  );
  await after.context.close();
  after.cleanup();
  server.close();
}
