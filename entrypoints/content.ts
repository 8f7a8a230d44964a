import consentWords from 'virtual:consent-words';
import packed from 'virtual:known-platforms';
import { fold } from '@/lib/detect/fold';
import { findReportedFrame } from '@/lib/dom/reported-frame';
import { isSlotSizedFrame } from '@/lib/dom/slot-sized-frame';
import { ENGINE_GLOBAL, Engine } from '@/lib/engine/engine';
import { drawMarks } from '@/lib/hide/attributes';
import { holdState } from '@/lib/hide/hold-paint';
import { unpackTable } from '@/lib/platforms/pack';
import { platformRulesForPage } from '@/lib/platforms/rules-for-page';
import { FRAME_WATCH_GLOBAL } from '@/lib/sentinel/frame-watch';
import { isSmallFrame, type OverlaySentinel, SENTINEL_GLOBAL } from '@/lib/sentinel/overlay-sentinel';
import { PARSE_WATCH_GLOBAL, ParseWatch } from '@/lib/sentinel/parse-watch';
import { engineSettingsWith } from '@/lib/settings/effective';
import { extensionShadowRootOf } from '@/utils/browser-differences';
import { extensionApi, loadSettingsInPage } from '@/utils/content-settings';
import { type ContentToBackground, parseConsentFrameRelay, parsePopupToContent } from '@/utils/messages';

export default defineContentScript({
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main() {
    const inFrame = window !== window.top;
    // The browser's own API (no polyfill: this script runs in every frame; see content-settings).
    const runtime = extensionApi<{ runtime: typeof chrome.runtime }>().runtime;
    const send = (message: ContentToBackground) => {
      Promise.resolve(runtime.sendMessage(message)).catch(() => {
        // The background may be restarting; the next report carries the full record again.
      });
    };
    // Drawn for this page load: the page cannot know them in advance (see lib/hide/attributes).
    const marks = drawMarks();
    // A sub-frame says so only once it starts: most are ad slots that never do, and each message
    // costs the page a round trip and the background a stylesheet insertion into that frame.
    const announceStart = () =>
      send({ type: 'page-start', marks: { hidden: marks.hidden, shown: marks.shown } });
    if (!inFrame) announceStart();
    const shadowRootOf = extensionShadowRootOf();
    const engine = new Engine({
      marks,
      doc: document,
      win: window,
      frameHost: location.hostname,
      inFrame,
      shadowRootOf,
      idPrefix: Math.random().toString(36).slice(2, 8),
      report: (removal) => send({ type: 'removal', removal: { ...removal } }),
    });
    // The detector's own script (document end) finds the engine here, in this extension's isolated world.
    (globalThis as { [ENGINE_GLOBAL]?: Engine })[ENGINE_GLOBAL] = engine;
    // On a site with the user's own rules the hold script keeps the page blank until they are in.
    const hold = holdState(globalThis);
    const settle = () => {
      hold.settled = true;
      hold.release?.();
    };
    const begin = () => {
      if (inFrame) announceStart();
      const table = unpackTable(packed);
      const rules = platformRulesForPage(table, location.href);
      // Known banners must be hidden before the page paints: start now with the built-in rules,
      // then apply this site's settings when storage answers.
      engine.start({ rules, allowSelectors: [], detector: true });
      // A banner in the page's own HTML may be painted while the page parses, before the
      // document-end sentinel exists: watched from now, where the sentinel will watch.
      let parseWatch: ParseWatch | null = null;
      // In a sub-frame this runs at its first layout, which may come after document end: then the
      // sentinel (or the frame watch) is here already, and nothing would take over what it held.
      const scope = globalThis as { [SENTINEL_GLOBAL]?: unknown; [FRAME_WATCH_GLOBAL]?: unknown };
      const documentEndRan = !!scope[SENTINEL_GLOBAL] || !!scope[FRAME_WATCH_GLOBAL];
      if (!isSmallFrame(window) && !documentEndRan) {
        const words = new RegExp(consentWords, 'u');
        parseWatch = new ParseWatch(document, window, {
          mentions: (text) => words.test(fold(text)),
          marks,
          isHandled: (el) => engine.isHandled(el) || engine.coveredByRule(el),
          shadowRootOf,
        });
        (globalThis as { [PARSE_WATCH_GLOBAL]?: ParseWatch })[PARSE_WATCH_GLOBAL] = parseWatch;
        parseWatch.start();
      }
      loadSettingsInPage()
        .then((settings) => {
          const effective = engineSettingsWith(rules, settings, location.href);
          if (effective) engine.update(effective);
          else {
            parseWatch?.release();
            engine.stop();
          }
        })
        .catch(() => {
          // Unreadable settings: keep the defaults already running.
        })
        .finally(settle);
    };
    if (!inFrame) begin();
    else {
      // A sub-frame's size is known once the page around it has laid it out: asking for it now
      // would force that layout, of a page still parsing. The frame's first layout (and each
      // later one at a new size) reports to a ResizeObserver before it paints: the rules start
      // then, unless the frame is the size of an ad slot (or has no size yet), which gets nothing
      // unless it grows. A frame that only grows taller has the resize event.
      let started = false;
      const sizes = new ResizeObserver(() => look());
      const look = () => {
        if (started) return;
        if (isSlotSizedFrame(window)) {
          // The user's own rules need no waiting here: the background puts them in on page-start.
          settle();
          return;
        }
        started = true;
        sizes.disconnect();
        window.removeEventListener('resize', look);
        begin();
      };
      if (document.documentElement) sizes.observe(document.documentElement);
      window.addEventListener('resize', look);
    }

    // Answered at once with sendResponse, which both browsers take (a returned promise needs the polyfill).
    runtime.onMessage.addListener((raw: unknown, _sender, sendResponse: (answer: boolean) => void) => {
      // Only the extension messages content scripts (a page cannot): a child frame's content
      // script found its own document to be a consent dialog, and the background relays it here.
      const relay = inFrame ? null : parseConsentFrameRelay(raw);
      if (relay) {
        const host = new URL(relay.url).hostname;
        const hide = () => {
          const frame = findReportedFrame(document, window, relay);
          return !!frame && engine.hideConsentFrame(frame, host, relay.signals);
        };
        // The sentinel may hold the frame back (fixed, not judged yet by the detector here): it is
        // found and judged as the page draws it, in one task.
        const sentinel = (globalThis as { [SENTINEL_GLOBAL]?: OverlaySentinel })[SENTINEL_GLOBAL];
        sendResponse(sentinel ? sentinel.whileShown(hide) : hide());
        return undefined;
      }
      const message = parsePopupToContent(raw);
      if (!message) return undefined;
      sendResponse(
        message.type === 'restore' ? !!engine.restore(message.id) : !!engine.hideAgain(message.id),
      );
      return undefined;
    });
  },
});
