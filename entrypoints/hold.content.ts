import { holdPaint, holdState } from '@/lib/hide/hold-paint';

/**
 * Registered only for sites with the user's own hide rules (utils/registration.ts), before the
 * content script reads them: the page stays blank until they are in place.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  main() {
    const state = holdState(globalThis);
    // The content script may have run first and put the rules in place already.
    if (state.settled) return;
    state.release = holdPaint(document, window);
  },
});
