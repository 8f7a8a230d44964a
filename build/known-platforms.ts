/**
 * Build-time only (runs in Node from wxt.config.ts): turns the autoconsent rule data into the
 * compact table that ships in the content script, as the virtual module `virtual:known-platforms`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import {
  type AutoconsentClassRule,
  type AutoconsentJsonRule,
  compilePlatformTable,
} from '../lib/platforms/compile';
import { OWN_RULES } from '../lib/platforms/own-rules';
import { packTable } from '../lib/platforms/pack';
import type { PlatformTable } from '../lib/platforms/types';

const require = createRequire(import.meta.url);

function autoconsentDir(): string {
  return dirname(
    require.resolve('@duckduckgo/autoconsent/rules/rules.json').replace(/rules[\\/]rules\.json$/, 'x'),
  );
}

/** The code-based CMPs keep their selectors in classes; bundle them and read the fields. */
async function readClassRules(dir: string): Promise<AutoconsentClassRule[]> {
  const out = await build({
    entryPoints: [join(dir, 'lib/cmps/all.ts')],
    bundle: true,
    platform: 'neutral',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]?.text ?? '';
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
    dynamicCMPs: (new (instance: unknown) => AutoconsentClassRule)[];
  };
  return mod.dynamicCMPs.map((Cmp) => {
    const c = new Cmp({ config: {} });
    return { name: c.name, prehideSelectors: c.prehideSelectors, runContext: c.runContext };
  });
}

export async function loadPlatformTable(): Promise<PlatformTable> {
  const dir = autoconsentDir();
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  const json = JSON.parse(readFileSync(join(dir, 'rules/rules.json'), 'utf8')) as {
    autoconsent: AutoconsentJsonRule[];
  };
  return compilePlatformTable({
    dataVersion: `autoconsent ${pkg.version}`,
    jsonRules: json.autoconsent,
    classRules: await readClassRules(dir),
    ownRules: OWN_RULES,
  });
}

const VIRTUAL_ID = 'virtual:known-platforms';

/** A Vite plugin, typed by its shape: WXT and Vitest bring different Vite versions. */
export function knownPlatformsPlugin() {
  return {
    name: 'unbanner-known-platforms',
    resolveId(id: string) {
      return id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined;
    },
    async load(id: string) {
      if (id !== `\0${VIRTUAL_ID}`) return undefined;
      return `export default ${JSON.stringify(packTable(await loadPlatformTable()))};`;
    },
  };
}
