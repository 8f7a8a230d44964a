// Where the extension's main-thread time goes: a V8 CPU profile of one visit with the extension,
// summarised by self time per function and by entry point (the outermost extension frame on the
// stack: script start, MutationObserver callback, animation-frame callback, event listener …).
// The bundle is minified, so each function is shown with its position and a snippet of its source.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const isExtension = (url) => url.startsWith('chrome-extension://');

/** extensionDir: the unpacked extension that was loaded, to show each function's source. */
export function summariseProfile(profile, extensionDir) {
  const sources = new Map();
  const fileOf = (url) => new URL(url).pathname.slice(1);
  const snippet = (url, line, col) => {
    const file = fileOf(url);
    if (!sources.has(file)) {
      const path = join(extensionDir, file);
      sources.set(file, existsSync(path) ? readFileSync(path, 'utf8').split('\n') : []);
    }
    return (sources.get(file)[line] ?? '')
      .slice(col, col + 90)
      .replace(/\s+/g, ' ')
      .trim();
  };
  const where = (f) => `${fileOf(f.url).split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }

  const buckets = new Map();
  const functions = new Map();
  const entries = new Map();
  const add = (map, key, us, extra) => {
    const row = map.get(key) ?? { ms: 0, ...extra };
    row.ms += us / 1000;
    map.set(key, row);
  };
  for (const [id, us] of self) {
    const f = byId.get(id).callFrame;
    let bucket;
    if (isExtension(f.url)) bucket = 'extension JS';
    else if (f.url) bucket = 'page JS';
    else if (['(idle)', '(program)', '(garbage collector)'].includes(f.functionName)) bucket = f.functionName;
    else bucket = 'native (DOM) calls';
    // Native calls (querySelectorAll, getComputedStyle …) made by extension code count as the extension's.
    let outer = null;
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const g = byId.get(x).callFrame;
      if (isExtension(g.url)) outer = g;
    }
    if (outer && bucket === 'native (DOM) calls') bucket = 'extension: native calls';
    add(buckets, bucket, us);
    if (isExtension(f.url)) {
      add(functions, where(f), us, {
        name: f.functionName || '(anonymous)',
        snippet: snippet(f.url, f.lineNumber, f.columnNumber),
      });
    }
    if (outer) {
      add(entries, where(outer), us, {
        name: outer.functionName || '(anonymous)',
        snippet: snippet(outer.url, outer.lineNumber, outer.columnNumber),
      });
    }
  }
  const sorted = (map, n) =>
    [...map]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, n)
      .map(([at, row]) => ({ at, ...row, ms: +row.ms.toFixed(1) }));
  return {
    buckets: Object.fromEntries(sorted(buckets, 20).map((r) => [r.at, r.ms])),
    topSelf: sorted(functions, 12),
    entryPoints: sorted(entries, 8),
  };
}
