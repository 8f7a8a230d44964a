// The bench's local web server: pages are generated once per configuration and served from
// memory on 127.0.0.1 (hosts *.test map there through Chromium's --host-resolver-rules).

import { createServer } from 'node:http';
import { BENCH_PAGES, framePage, png } from './pages.mjs';

/**
 * @param {{ liveDurationMs: number, lateDelayMs: number, lateObserveMs: number }} config
 */
export async function startBenchServer(config) {
  const cache = new Map();
  let port = 0;
  const page = (key, make) => {
    let html = cache.get(key);
    if (!html) {
      html = Buffer.from(make(), 'utf8');
      cache.set(key, html);
    }
    return html;
  };
  const routes = {};
  for (const [key, def] of Object.entries(BENCH_PAGES)) {
    routes[`/${key}`] = () => def.make({ ...config, port });
    // Short versions for warm-up visits (same code paths, less time).
    if (def.warm) routes[`/warm/${key}`] = () => def.warm({ ...config, port });
  }
  const server = createServer((req, res) => {
    try {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const headers = { 'cache-control': 'no-store' };
      const img = /^\/img\/(\d+)\.png$/.exec(path);
      if (img) {
        res.writeHead(200, { ...headers, 'content-type': 'image/png' });
        res.end(png(Number(img[1])));
        return;
      }
      const frame = /^\/frame\/([a-z]+)$/.exec(path);
      if (frame) {
        res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
        res.end(page(`frame:${frame[1]}`, () => framePage(frame[1])));
        return;
      }
      const make = routes[path];
      if (make) {
        res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
        res.end(page(path, make));
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  port = server.address().port;
  return {
    port,
    url: (path, host = 'news.test') => `http://${host}:${port}${path}`,
    /** The generated HTML of a page, for its size and element count. */
    html: (path) => page(path, routes[path]),
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
