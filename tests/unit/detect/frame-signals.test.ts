import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactFrameSignals, type FrameSignals, parseFrameSignals } from '@/lib/detect/frame-document';
import { parseConsentFrameRelay, parseContentMessage, parsePopupToContent } from '@/utils/messages';

const signals: FrameSignals = {
  consent: ['cookies', 'consentement'],
  privacy: [],
  notConsent: [],
  buttons: { accept: ['Tout accepter'], reject: ['Tout refuser'], settings: ['Personnaliser'], dismiss: [] },
  otherButtons: [],
  proseConsent: ['cookies'],
  proseLength: 320,
  policyLinks: 1,
  switches: 0,
  questionOptions: 0,
  namedChoices: 0,
  textFields: 0,
  passwordFields: 0,
  media: 0,
  contentLandmarks: 0,
  textLength: 380,
  text: 'Vos choix en matière de cookies',
};

describe('frame signals across the message boundary', () => {
  it('round-trips what a frame sends', () => {
    expect(parseFrameSignals(JSON.parse(JSON.stringify(signals)))).toEqual(signals);
  });

  it('sends lists cut to what a verdict quotes', () => {
    const long = compactFrameSignals({
      ...signals,
      consent: Array(50).fill('x'.repeat(500)),
      text: 'y'.repeat(500),
    });
    expect(long.consent).toHaveLength(8);
    expect(long.consent[0]).toHaveLength(60);
    expect(long.text).toHaveLength(120);
    expect(parseFrameSignals(long)).not.toBeNull();
  });

  it('refuses anything malformed', () => {
    const bad: unknown[] = [
      null,
      [],
      'signals',
      { ...signals, buttons: undefined },
      { ...signals, buttons: { ...signals.buttons, accept: 'yes' } },
      { ...signals, consent: Array(9).fill('cookies') },
      { ...signals, consent: ['x'.repeat(61)] },
      { ...signals, consent: [1] },
      { ...signals, media: -1 },
      { ...signals, textLength: 1.5 },
      { ...signals, textLength: Number.POSITIVE_INFINITY },
      { ...signals, switches: '2' },
      { ...signals, text: 'x'.repeat(121) },
      { ...signals, text: undefined },
    ];
    for (const v of bad) expect(parseFrameSignals(v), JSON.stringify(v)?.slice(0, 80)).toBeNull();
  });
});

describe('consent-frame messages', () => {
  const frameMessage = { type: 'consent-frame', width: 1280, height: 720, signals };

  it('a frame’s report is read with its viewport size and signals, nothing else', () => {
    const parsed = parseContentMessage({ ...frameMessage, url: 'https://forged.example/', extra: 1 });
    expect(parsed).toEqual(frameMessage);
    for (const size of [0, -1, Number.NaN, 1e9, '720'])
      expect(parseContentMessage({ ...frameMessage, height: size })).toBeNull();
    expect(parseContentMessage({ ...frameMessage, signals: {} })).toBeNull();
  });

  it('the background’s relay to the top frame carries a web page URL', () => {
    const relay = {
      type: 'relay-consent-frame',
      url: 'https://cmp.example/notice',
      width: 1280,
      height: 720,
      signals,
    };
    expect(parseConsentFrameRelay(relay)).toEqual(relay);
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'chrome-extension://x/',
      `https://a/${'x'.repeat(5000)}`,
      7,
    ])
      expect(parseConsentFrameRelay({ ...relay, url })).toBeNull();
    expect(parseConsentFrameRelay({ ...relay, type: 'consent-frame' })).toBeNull();
    expect(parseConsentFrameRelay({ ...relay, signals: null })).toBeNull();
    // A relay is not something the popup sends, nor the other way round.
    expect(parsePopupToContent(relay)).toBeNull();
    expect(parseConsentFrameRelay({ type: 'restore', id: 'r-1' })).toBeNull();
  });
});

describe('fixtures', () => {
  it('every frames fixture page embeds its frame from another host than its own', () => {
    const dir = resolve(import.meta.dirname, '../../fixtures/frames');
    const pages = [
      'fr-news-cmp-wall',
      'it-news-cmp-box',
      'de-shop-cmp-bar',
      'en-news-video-lightbox',
      'en-news-newsletter-modal',
      'en-shop-login-widget',
    ];
    for (const p of pages) {
      const html = readFileSync(resolve(dir, p, 'index.html'), 'utf8');
      const host = /'\/\/([a-z-]+)\.test:'/.exec(html)?.[1];
      expect(host, p).toBeTruthy();
      expect(host).not.toBe(p);
      expect(readFileSync(resolve(dir, host as string, 'index.html'), 'utf8')).toContain('<body>');
    }
  });
});
