import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

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
    const file = base ? normalize(join(base, path.endsWith('/') ? `${path}index.html` : path)) : null;
    if (!base || !file?.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
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
