import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

/** Where a bundle puts the modules' exports in the page. */
export const LIB_GLOBAL = '__unbannerLib';

/**
 * Bundles `lib/` modules into one script that puts their exports on `window.__unbannerLib`, for
 * unit tests that need a real browser (layout, computed styles, animations): the modules run in
 * the page exactly as in the extension's content script. `modules` are paths under the root,
 * e.g. `lib/hide/backdrop`.
 */
export async function bundleLib(modules: string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'unbanner-lib-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, modules.map((m) => `export * from ${JSON.stringify(resolve(ROOT, m))};`).join('\n'));
    return await bundleEntry(entry, LIB_GLOBAL);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Bundles one entry file, its bare imports resolved from the project's node_modules, into a
 * classic script (its exports, if any, on `window[name]`). React's production build is chosen, as
 * a site's bundler would.
 */
export async function bundleEntry(entry: string, name: string): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['iife'], name, fileName: () => 'bundle.js' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error(`bundling ${entry} produced no code`);
  return chunk.code;
}
