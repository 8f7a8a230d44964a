/**
 * Build-time only: WXT wraps every content script's main() in a ContentScriptContext, which adds a
 * `message` listener to every frame (each page postMessage is then copied into our isolated world
 * and inspected), and in the top frame posts a message the page can read, naming the script: a
 * cost per message on busy pages and a fingerprint. Unbanner's scripts use no context (they take
 * no argument), so the import is answered with an inert class.
 */
const CONTEXT_MODULE = 'wxt/utils/content-script-context';
const STUB_ID = '\0unbanner-no-content-script-context';

export function noContentScriptContextPlugin() {
  return {
    name: 'unbanner-no-content-script-context',
    enforce: 'pre' as const,
    resolveId(id: string) {
      return id === CONTEXT_MODULE ? STUB_ID : undefined;
    },
    load(id: string) {
      if (id !== STUB_ID) return undefined;
      return 'export class ContentScriptContext { constructor(name) { this.contentScriptName = name; } }';
    },
  };
}
