import { describe, expect, it, vi } from 'vitest';
import { renderRemoval } from '@/entrypoints/popup/render-removal';
import type { TabRemoval } from '@/utils/tab-log';
import type { Subs } from '@/utils/ui/i18n';

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
  cleanups: ['scroll-unlocked'],
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
    { code: 'accept-button', points: 2, evidence: ['Accept all'] },
    { code: 'consent-wording', points: 5, evidence: ['cookies', 'consent'] },
    { code: 'media', points: -3 },
    { code: 'layout', points: 2, evidence: ['bottom-bar', 'fixed', '18'] },
    { code: 'policy-link', points: 1 },
  ],
};
const actions = () => ({
  onShowAgain: vi.fn(),
  onHideAgain: vi.fn(),
  onAlwaysShow: vi.fn(),
  onUndoAlwaysShow: vi.fn(),
  onReportWrong: vi.fn(),
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
    expect(li.querySelector('.item-also')?.textContent).toBe('alsoDone what=cleanup_scroll_unlocked');
    expect(li.querySelector('code')?.textContent).toBe('div#onetrust-banner-sdk');
    expect(li.querySelector('.item-where')).toBeNull();
    expect(li.dataset.key).toBe('0:a-1');
  });

  it('explains a detected banner with its score, top signals and frame host', () => {
    const li = renderRemoval(document, detected, { allowed: false, index: 1, t }, actions());
    expect(li.querySelector('h3')?.textContent).toBe('labelDetected');
    expect(li.querySelector('.item-why')?.textContent).toBe('whyDetector score=14');
    expect([...li.querySelectorAll('.signal')].map((s) => s.textContent)).toEqual([
      'signal_consent_wording quotes=“cookies”, “consent” (+5)',
      'signal_accept_button quotes=“Accept all” (+2)',
      'signal_layout layout=layout_bottom_bar cover=18 (+2)',
    ]);
    expect(li.querySelector('.item-where')?.textContent).toBe('inFrameFrom host=embed.video.test');
  });

  it('offers Show again and "This was not a banner" on a hidden item, wired to that removal', () => {
    const a = actions();
    const li = renderRemoval(document, detected, { allowed: false, index: 1, t }, a);
    const buttons = [...li.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['showAgain', 'reportWrong']);
    for (const b of buttons) expect(b.getAttribute('aria-describedby')).toBe(li.querySelector('h3')?.id);
    buttons[0]?.click();
    expect(a.onShowAgain).toHaveBeenCalledWith(detected);
    buttons[1]?.click();
    expect(a.onReportWrong).toHaveBeenCalledWith(detected);
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
      'report-wrong',
    ]);
    shown.querySelector<HTMLButtonElement>('[data-action="always-show"]')?.click();
    expect(a.onAlwaysShow).toHaveBeenCalledOnce();
    const kept = renderRemoval(document, { ...platform, restored: true }, { allowed: true, index: 0, t }, a);
    expect([...kept.querySelectorAll('button')].map((b) => b.dataset.action)).toEqual([
      'hide-again',
      'undo-always-show',
      'report-wrong',
    ]);
    expect(kept.querySelector('.allowed-note')?.textContent).toBe('alwaysShown');
    kept.querySelector<HTMLButtonElement>('[data-action="undo-always-show"]')?.click();
    expect(a.onUndoAlwaysShow).toHaveBeenCalledOnce();
  });
});
