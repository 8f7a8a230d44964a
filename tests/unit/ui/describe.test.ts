import { describe, expect, it } from 'vitest';
import type { TabRemoval } from '@/utils/tab-log';
import {
  describeCleanups,
  describeSelectorProblem,
  describeSignal,
  labelOf,
  reasonOf,
} from '@/utils/ui/describe';
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
describe('labelOf', () => {
  it('names a platform by its name, and what the detector, the user or a backdrop hid by its source', () => {
    expect(labelOf(platform, t)).toBe('OneTrust');
    expect(labelOf({ ...platform, source: 'detector' }, t)).toBe('labelDetected');
    expect(labelOf({ ...platform, source: 'user-rule' }, t)).toBe('labelUserRule');
    expect(labelOf({ ...platform, source: 'backdrop' }, t)).toBe('labelBackdrop');
  });

  it('says that a rule named after another site was written for that site', () => {
    // autoconsent's "justwatch.com" hides any `.consent-banner`: a news site's too.
    const elsewhere = { ...platform, label: 'justwatch.com', rule: 'justwatch.com' };
    expect(labelOf(elsewhere, t)).toBe('labelSiteRuleElsewhere site=justwatch.com');
    expect(labelOf({ ...elsewhere, frameHost: 'www.justwatch.com' }, t)).toBe('justwatch.com');
    expect(labelOf({ ...elsewhere, frameHost: 'justwatch.com' }, t)).toBe('justwatch.com');
    expect(labelOf({ ...elsewhere, frameHost: 'notjustwatch.com' }, t)).toBe(
      'labelSiteRuleElsewhere site=justwatch.com',
    );
  });
});

describe('describeCleanups and describeSelectorProblem', () => {
  it('words every clean-up code', () => {
    expect(describeCleanups(['scroll-unlocked', 'page-clickable'], t)).toBe(
      'cleanup_scroll_unlocked, cleanup_page_clickable',
    );
  });

  it('words selector problems with their values, and refuses what it does not know', () => {
    expect(describeSelectorProblem({ code: 'invalid' }, 'div[', t)).toBe('rule_invalid selector=div[');
    expect(describeSelectorProblem({ code: 'too-long', limit: 500 }, 'x', t)).toBe('rule_too_long limit=500');
    expect(describeSelectorProblem({ code: 'whole-page' }, 'body', t)).toBe('rule_whole_page');
    expect(describeSelectorProblem(undefined, 'x', t)).toBe('ruleRefused');
    expect(describeSelectorProblem({ code: 'nonsense' } as never, 'x', t)).toBe('ruleRefused');
  });
});

describe('describeSignal', () => {
  it('words each signal from its code and evidence, with its points', () => {
    expect(describeSignal({ code: 'scroll-locked', points: 1 }, t)).toBe('signal_scroll_locked (+1)');
    expect(describeSignal({ code: 'category-switches', points: 1, evidence: ['3'] }, t)).toBe(
      'signal_category_switches n=3 (+1)',
    );
    expect(describeSignal({ code: 'password-field', points: -6 }, t)).toBe('signal_password_field (-6)');
    expect(describeSignal({ code: 'other-purpose', points: -2, evidence: ['Subscribe'] }, t)).toBe(
      'signal_other_purpose quotes=“Subscribe” (-2)',
    );
  });

  it('keeps a layout it does not know as written', () => {
    expect(describeSignal({ code: 'layout', points: 1, evidence: ['floating-orb', 'fixed', '5'] }, t)).toBe(
      'signal_layout layout=floating-orb cover=5 (+1)',
    );
  });

  it('says first that a detected frame was judged by its own document, from which host (no points)', () => {
    const frame: TabRemoval = {
      ...platform,
      source: 'detector',
      label: 'Detected cookie banner',
      rule: 'score 12 (viewport-cover)',
      selector: 'iframe.cmp-layer',
      score: 12,
      signals: [
        { code: 'consent-frame', points: 0, evidence: ['cmp.example'] },
        { code: 'consent-wording', points: 4, evidence: ['cookies', 'consent'] },
        { code: 'accept-button', points: 2, evidence: ['Accept all'] },
        { code: 'reject-button', points: 2, evidence: ['Reject all'] },
        { code: 'layout', points: 2, evidence: ['viewport-cover', 'fixed', '100'] },
      ],
    };
    const why = reasonOf(frame, t);
    expect(why.summary).toBe('whyDetector score=12');
    expect(why.details[0]).toBe('signal_consent_frame host=cmp.example');
    expect(why.details).toHaveLength(4);
  });

  it('names user rules and backdrops', () => {
    expect(reasonOf({ ...platform, source: 'user-rule', rule: '#promo' }, t).summary).toBe(
      'whyUserRule rule=#promo',
    );
    expect(reasonOf({ ...platform, source: 'backdrop' }, t).summary).toBe('whyBackdrop');
  });
});
