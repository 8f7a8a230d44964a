import packed from 'virtual:known-platforms';
import { findReportedFrame } from '@/lib/dom/reported-frame';
import { ENGINE_GLOBAL, Engine } from '@/lib/engine/engine';
import { drawMarks } from '@/lib/hide/attributes';
import { holdState } from '@/lib/hide/hold-paint';
import { unpackTable } from '@/lib/platforms/pack';
import { checkUserSelector } from '@/lib/rules/check-user-selector';
import { type OverlaySentinel, SENTINEL_GLOBAL } from '@/lib/sentinel/overlay-sentinel';
import { engineSettingsFor } from '@/lib/settings/effective';
import { extensionShadowRootOf } from '@/utils/browser-differences';
import {
  type ContentToBackground,
  parseConsentFrameRelay,
  parsePopupToContent,
  type SelectorCheck,
} from '@/utils/messages';
import { loadSettings } from '@/utils/settings-store';

export default defineContentScript({
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main() {
    const table = unpackTable(packed);
    const inFrame = window !== window.top;
    const send = (message: ContentToBackground) => {
      browser.runtime.sendMessage(message).catch(() => {
        // The background may be restarting; the next report carries the full record again.
      });
    };
    // Drawn for this page load: the page cannot know them in advance (see lib/hide/attributes).
    const marks = drawMarks();
    send({ type: 'page-start', marks: { hidden: marks.hidden, shown: marks.shown } });
    const engine = new Engine({
      marks,
      doc: document,
      win: window,
      frameHost: location.hostname,
      inFrame,
      shadowRootOf: extensionShadowRootOf(),
      idPrefix: Math.random().toString(36).slice(2, 8),
      report: (removal) => send({ type: 'removal', removal: { ...removal } }),
    });
    // The detector's own script (document end) finds the engine here, in this extension's isolated world.
    (globalThis as { [ENGINE_GLOBAL]?: Engine })[ENGINE_GLOBAL] = engine;
    // Known banners must be hidden before the page paints: start now with the built-in rules,
    // then apply this site's settings when storage answers.
    const initial = engineSettingsFor(table, null, location.href);
    if (initial) engine.start(initial);
    // On a site with the user's own rules the hold script keeps the page blank until they are in.
    const hold = holdState(globalThis);
    const settle = () => {
      hold.settled = true;
      hold.release?.();
    };
    loadSettings()
      .then((settings) => {
        const effective = engineSettingsFor(table, settings, location.href);
        if (effective) engine.update(effective);
        else engine.stop();
      })
      .catch(() => {
        // Unreadable settings: keep the defaults already running.
      })
      .finally(settle);

    browser.runtime.onMessage.addListener((raw: unknown) => {
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
        return Promise.resolve(sentinel ? sentinel.whileShown(hide) : hide());
      }
      const message = parsePopupToContent(raw);
      if (!message) return undefined;
      if (message.type === 'restore') return Promise.resolve(!!engine.restore(message.id));
      if (message.type === 'hide-again') return Promise.resolve(!!engine.hideAgain(message.id));
      if (inFrame) return undefined;
      const check: SelectorCheck = checkUserSelector(document, message.selector);
      return Promise.resolve(check);
    });
  },
});
