import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { bundleEntry } from '../../support/lib-bundle';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * A fixture of a library that is on npm loads the package itself, as published, from
 * `/_npm/<package>/<file>`: only pinned dev dependencies are served, from node_modules.
 */
const NPM_PREFIX = '/_npm/';
const PINNED: Record<string, string> =
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies ?? {};

function npmFile(path: string): string | null {
  const rest = path.slice(NPM_PREFIX.length);
  const parts = rest.split('/');
  const name = parts[0]?.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
  if (!/^\d+\.\d+\.\d+/.test(PINNED[name] ?? '')) return null;
  const base = join(ROOT, 'node_modules', name);
  const file = normalize(join(ROOT, 'node_modules', rest));
  return file.startsWith(`${base}/`) ? file : null;
}

/**
 * `/_bundle/<file>`: a fixture's own script `<file>` with its imports bundled from node_modules,
 * for a library published only as modules with bare imports (a React component): the page runs
 * the package as published, bundled once per run as a site's build would.
 */
const BUNDLE_PREFIX = '/_bundle/';
const bundles = new Map<string, Promise<string>>();

function bundled(file: string): Promise<string> {
  let code = bundles.get(file);
  if (!code) {
    code = bundleEntry(file, 'fixture');
    bundles.set(file, code);
  }
  return code;
}

/**
 * A page that arrives in pieces, as a long page does over a slow network: the server sends what
 * comes before each `<!--stream-pause-->` of an HTML file, then waits this long (the browser
 * parses and may paint what it has), then sends the rest.
 */
export const STREAM_PAUSE = '<!--stream-pause-->';
export const STREAM_PAUSE_MS = 700;

async function sendInPieces(res: import('node:http').ServerResponse, parts: string[]): Promise<void> {
  for (const [i, part] of parts.entries()) {
    if (i > 0) await new Promise((ok) => setTimeout(ok, STREAM_PAUSE_MS));
    if (res.destroyed) return;
    res.write(part);
  }
  res.end();
}

/**
 * Serves fixture folders by host: `http://<id>.test:<port>/` serves the folder whose name is
 * <id> (looked up in the fixture groups), so each page is its own site with its own settings.
 */
export async function startFixtureServer(groups: string[] = ['platforms', 'detector', 'pages']): Promise<{
  port: number;
  url: (id: string, path?: string) => string;
  close: () => Promise<void>;
}> {
  const folderFor = (host: string): string | null => {
    const id = host.replace(/\.test$/, '');
    if (!/^[a-z0-9-]+$/.test(id)) return null;
    for (const g of groups) {
      const dir = join(FIXTURES, g, id);
      if (existsSync(dir)) return dir;
    }
    return null;
  };
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0] ?? '';
    const base = folderFor(host);
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (base && path.startsWith(BUNDLE_PREFIX)) {
      const entry = normalize(join(base, path.slice(BUNDLE_PREFIX.length)));
      if (!entry.startsWith(`${base}/`) || !existsSync(entry)) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      bundled(entry).then(
        (code) => {
          res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' });
          res.end(code);
        },
        (e: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(e));
        },
      );
      return;
    }
    const file = !base
      ? null
      : path.startsWith(NPM_PREFIX)
        ? npmFile(path)
        : normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    const inside = !!file && (file.startsWith(base ?? '\0') || path.startsWith(NPM_PREFIX));
    if (!base || !file || !inside || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    if (extname(file) === '.html') {
      const parts = readFileSync(file, 'utf8').split(STREAM_PAUSE);
      if (parts.length > 1) {
        void sendInPieces(res, parts);
        return;
      }
    }
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (id, path = '/') => `http://${id}.test:${port}${path}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
