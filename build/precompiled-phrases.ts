/**
 * Build-time only: compiles the phrase category every page needs ('consent') into the detector
 * script, as lib/detect/precompiled-phrases.ts. The other categories are compiled in the page,
 * and only where an overlay is scored.
 */
import { compileCategory } from '../lib/detect/phrase-compiler';
import { ALL_PHRASE_SETS } from '../lib/detect/phrases';

export function precompiledPhrasesPlugin() {
  return {
    name: 'unbanner-precompiled-phrases',
    enforce: 'pre' as const,
    load(id: string) {
      if (!/[\\/]lib[\\/]detect[\\/]precompiled-phrases\.ts$/.test(id)) return undefined;
      const consent = compileCategory(ALL_PHRASE_SETS, 'consent');
      return `export const PRECOMPILED = ${JSON.stringify({ consent })};`;
    },
  };
}
