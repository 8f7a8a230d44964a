import type { Removal } from '@/lib/removal';
import { ALLOW_RULE_PREFIX } from '@/lib/settings/types';
import type { Translate } from './i18n';

/** What was hidden: the platform's name, or what found it. */
export function labelOf(r: Pick<Removal, 'source' | 'label'>, t: Translate): string {
  if (r.source === 'detector') return t('labelDetected');
  if (r.source === 'user-rule') return t('labelUserRule');
  if (r.source === 'backdrop') return t('labelBackdrop');
  return r.label;
}

const LAYOUTS = [
  'bottom-bar',
  'top-bar',
  'corner-box',
  'centred-dialog',
  'viewport-cover',
  'side-box',
  'top-of-page-bar',
  'end-of-page-bar',
];

/**
 * One detector signal ("+4 consent wording “cookies”, “consent”") in the UI's language; the
 * quoted page text stays as it is. A signal this version does not know is shown as written.
 */
export function describeSignal(signal: string, t: Translate): string {
  const m = /^([+-]?\d+) (.*)$/.exec(signal);
  if (!m) return signal;
  const points = m[1] as string;
  const rest = m[2] as string;
  const quoted = (prefix: string) => rest.slice(prefix.length).trim();
  let text: string | null = null;
  if (rest.startsWith('consent wording'))
    text = t('signalConsentWording', { quotes: quoted('consent wording') });
  else if (rest.startsWith('privacy wording'))
    text = t('signalPrivacyWording', { quotes: quoted('privacy wording') });
  else if (rest.startsWith('accept button'))
    text = t('signalAcceptButton', { quotes: quoted('accept button') });
  else if (rest.startsWith('reject button'))
    text = t('signalRejectButton', { quotes: quoted('reject button') });
  else if (rest.startsWith('settings button'))
    text = t('signalSettingsButton', { quotes: quoted('settings button') });
  else if (rest === 'link to a privacy or cookie policy') text = t('signalPolicyLink');
  else if (rest === 'page scroll locked') text = t('signalScrollLocked');
  else {
    const switches = /^(\d+) category switches$/.exec(rest);
    const layout = /^([a-z-]+) \(([^,]*), (\d+)% of the viewport\)$/.exec(rest);
    if (switches) text = t('signalSwitches', { n: switches[1] as string });
    else if (layout && LAYOUTS.includes(layout[1] as string)) {
      text = t('signalLayout', {
        layout: t(`layout_${(layout[1] as string).replaceAll('-', '_')}`),
        cover: layout[3] as string,
      });
    }
  }
  return `${text ?? rest} (${points})`;
}

/** Why it was hidden: the rule's name, or the detector's score and its strongest signals. */
export function reasonOf(r: Removal, t: Translate): { summary: string; details: string[] } {
  if (r.source === 'detector') {
    const top = (r.signals ?? [])
      .filter((s) => s.startsWith('+'))
      .sort((a, b) => Number.parseInt(b, 10) - Number.parseInt(a, 10))
      .slice(0, 3);
    return {
      summary: t('whyDetector', { score: r.score ?? '?' }),
      details: top.map((s) => describeSignal(s, t)),
    };
  }
  if (r.source === 'user-rule') return { summary: t('whyUserRule', { rule: r.rule }), details: [] };
  if (r.source === 'backdrop') return { summary: t('whyBackdrop'), details: [] };
  return { summary: t('whyPlatform', { rule: r.rule }), details: [] };
}

const CLEANUPS: Record<string, string> = {
  'scroll unlocked': 'cleanupScroll',
  'backdrop hidden': 'cleanupBackdrop',
  'blur removed': 'cleanupBlur',
  'page made interactive': 'cleanupInert',
};

export function describeCleanups(cleanups: string[], t: Translate): string {
  return cleanups.map((c) => (CLEANUPS[c] ? t(CLEANUPS[c]) : c)).join(', ');
}

/** An entry of a site's allow list, for people: a rule by name, or an element by its path. */
export function describeAllow(key: string, t: Translate): string {
  return key.startsWith(ALLOW_RULE_PREFIX)
    ? t('allowRule', { rule: key.slice(ALLOW_RULE_PREFIX.length) })
    : t('allowElement', { selector: key });
}

/** The selector checker's reasons (lib/rules/check-user-selector.ts) in the UI's language. */
export function describeSelectorProblem(problem: string | undefined, selector: string, t: Translate): string {
  const p = problem ?? '';
  if (/^Enter a CSS selector/.test(p)) return t('ruleEmpty');
  if (/too long/.test(p)) return t('ruleTooLong');
  if (/not a valid CSS selector/.test(p)) return t('ruleInvalid', { selector });
  if (/whole page/.test(p)) return t('ruleWholePage');
  if (/main content/.test(p)) return t('ruleMainContent');
  if (/most of the page/.test(p)) return t('ruleMostText');
  return p || t('ruleRefused');
}
