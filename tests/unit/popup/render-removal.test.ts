import { describe, expect, it, vi } from 'vitest';
import { describeSignal, reasonOf } from '@/entrypoints/popup/describe';
import type { Subs } from '@/entrypoints/popup/i18n';
import { renderRemoval } from '@/entrypoints/popup/render-removal';
import type { TabRemoval } from '@/utils/tab-log';

/** English-like fake messages: the key and its substitutions, so tests see what went where. */
const t = (key: string, subs?: Subs, count?: number) =>
  [key, count ?? '', ...Object.entries(subs ?? {}).map(([k, v]) => `${k}=${v}`)].filter(Boolean).join(' ');

const platform: TabRemoval = {
  id: 'a-1',
  frameId: 0,
  source: 'platform',
  label: 'OneTrust',
  rule: 'Onetrust',
  selector: 'div#onetrust-banner-sdk',
  text: 'We use cookies <img src=x onerror=alert(1)>',
  frameHost: 'news.test',
  inFrame: false,
  time: 1,
  cleanups: ['scroll unlocked'],
};
const detected: TabRemoval = {
  ...platform,
  id: 'b-2',
  frameId: 7,
  source: 'detector',
  label: 'Detected cookie banner',
  rule: 'score 14 (bottom-bar)',
  selector: 'div.bar',
  inFrame: true,
  frameHost: 'embed.video.test',
  score: 14,
  signals: [
    '+2 accept button “Accept all”',
    '+5 consent wording “cookies”, “consent”',
    '-3 video, large image or embedded frame',
    '+2 bottom-bar (fixed, 18% of the viewport)',
    '+1 link to a privacy or cookie policy',
  ],
};
const actions = () => ({
  onShowAgain: vi.fn(),
  onHideAgain: vi.fn(),
  onAlwaysShow: vi.fn(),
  onUndoAlwaysShow: vi.fn(),
});

describe('renderRemoval', () => {
  it('puts page text in as text, never as markup', () => {
    const li = renderRemoval(document, platform, { allowed: false, index: 0, t }, actions());
    expect(li.querySelector('img')).toBeNull();
    expect(li.querySelector('.item-text')?.textContent).toBe('We use cookies <img src=x onerror=alert(1)>');
  });

  it('shows the platform, the rule, clean-ups and the element; no frame line for the top frame', () => {
    const li = renderRemoval(document, platform, { allowed: false, index: 0, t }, actions());
    expect(li.querySelector('h3')?.textContent).toBe('OneTrust');
    expect(li.querySelector('.item-why')?.textContent).toBe('whyPlatform rule=Onetrust');
    expect(li.querySelector('.item-also')?.textContent).toBe('alsoDone what=cleanupScroll');
    expect(li.querySelector('code')?.textContent).toBe('div#onetrust-banner-sdk');
    expect(li.querySelector('.item-where')).toBeNull();
    expect(li.dataset.key).toBe('0:a-1');
  });

  it('explains a detected banner with its score, top signals and frame host', () => {
    const li = renderRemoval(document, detected, { allowed: false, index: 1, t }, actions());
    expect(li.querySelector('h3')?.textContent).toBe('labelDetected');
    expect(li.querySelector('.item-why')?.textContent).toBe('whyDetector score=14');
    expect([...li.querySelectorAll('.signal')].map((s) => s.textContent)).toEqual([
      'signalConsentWording quotes=“cookies”, “consent” (+5)',
      'signalAcceptButton quotes=“Accept all” (+2)',
      'signalLayout layout=layout_bottom_bar cover=18 (+2)',
    ]);
    expect(li.querySelector('.item-where')?.textContent).toBe('inFrameFrom host=embed.video.test');
  });

  it('offers Show again on a hidden item, wired to that removal', () => {
    const a = actions();
    const li = renderRemoval(document, detected, { allowed: false, index: 1, t }, a);
    const buttons = [...li.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['showAgain']);
    expect(buttons[0]?.getAttribute('aria-describedby')).toBe(li.querySelector('h3')?.id);
    buttons[0]?.click();
    expect(a.onShowAgain).toHaveBeenCalledWith(detected);
  });

  it('offers Hide again and Always show once shown, and Undo once always shown', () => {
    const a = actions();
    const shown = renderRemoval(
      document,
      { ...platform, restored: true },
      { allowed: false, index: 0, t },
      a,
    );
    expect([...shown.querySelectorAll('button')].map((b) => b.dataset.action)).toEqual([
      'hide-again',
      'always-show',
    ]);
    shown.querySelector<HTMLButtonElement>('[data-action="always-show"]')?.click();
    expect(a.onAlwaysShow).toHaveBeenCalledOnce();
    const kept = renderRemoval(document, { ...platform, restored: true }, { allowed: true, index: 0, t }, a);
    expect([...kept.querySelectorAll('button')].map((b) => b.dataset.action)).toEqual([
      'hide-again',
      'undo-always-show',
    ]);
    expect(kept.querySelector('.allowed-note')?.textContent).toBe('alwaysShown');
    kept.querySelector<HTMLButtonElement>('[data-action="undo-always-show"]')?.click();
    expect(a.onUndoAlwaysShow).toHaveBeenCalledOnce();
  });
});

describe('describeSignal', () => {
  it('keeps signals it does not know as written', () => {
    expect(describeSignal('+3 something new', t)).toBe('something new (+3)');
    expect(describeSignal('no points here', t)).toBe('no points here');
    expect(describeSignal('+1 page scroll locked', t)).toBe('signalScrollLocked (+1)');
    expect(describeSignal('+1 3 category switches', t)).toBe('signalSwitches n=3 (+1)');
  });

  it('names user rules and backdrops', () => {
    expect(reasonOf({ ...platform, source: 'user-rule', rule: '#promo' }, t).summary).toBe(
      'whyUserRule rule=#promo',
    );
    expect(reasonOf({ ...platform, source: 'backdrop' }, t).summary).toBe('whyBackdrop');
  });
});
