import {
  type CleanupCode,
  isLayoutCode,
  isSelectorProblemCode,
  messageKey,
  type SelectorProblem,
  type Signal,
  type SignalCode,
} from '@/lib/codes';
import type { Removal } from '@/lib/removal';
import { isHostWithin } from '@/lib/settings/site-match';
import { ALLOW_RULE_PREFIX } from '@/lib/settings/types';
import type { Subs, Translate } from './i18n';

/** A rule named after a site (autoconsent names the rules it learned on one site so: "justwatch.com"). */
const SITE_NAME = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;

/**
 * What was hidden: the platform's name, or what found it. A rule named after a site that hid
 * something on another site says so: "justwatch.com" alone, on a news site, reads as if that
 * site's banner were there.
 */
export function labelOf(r: Pick<Removal, 'source' | 'label' | 'frameHost'>, t: Translate): string {
  if (r.source === 'detector') return t('labelDetected');
  if (r.source === 'user-rule') return t('labelUserRule');
  if (r.source === 'backdrop') return t('labelBackdrop');
  const site = r.label.toLowerCase();
  const host = r.frameHost.toLowerCase();
  if (SITE_NAME.test(site) && !isHostWithin(host, site))
    return t('labelSiteRuleElsewhere', { site: r.label });
  return r.label;
}

const quoted = (evidence: string[]) => evidence.map((q) => `“${q}”`).join(', ');

/**
 * The substitutions each signal's message takes, from its evidence. Every code has an entry, so
 * a new code does not compile until it says how it is worded.
 */
const quotes = (e: string[]): Subs => ({ quotes: quoted(e) });
const count = (e: string[]): Subs => ({ n: e[0] ?? '' });
const nothing = (): Subs => ({});
const SIGNAL_SUBS: Record<SignalCode, (evidence: string[], t: Translate) => Subs> = {
  'consent-wording': quotes,
  'privacy-wording': quotes,
  'accept-button': quotes,
  'reject-button': quotes,
  'settings-button': quotes,
  'dismiss-button': quotes,
  'other-purpose': quotes,
  'category-switches': count,
  'text-fields': count,
  question: count,
  'long-text': count,
  'policy-link': nothing,
  'scroll-locked': nothing,
  'password-field': nothing,
  media: nothing,
  'page-content': nothing,
  'consent-frame': ([host]) => ({ host: host ?? '' }),
  layout: ([layout, , cover], t) => ({
    layout: isLayoutCode(layout) ? t(messageKey('layout', layout)) : (layout ?? ''),
    cover: cover ?? '',
  }),
};

/**
 * One detector signal ("consent wording “cookies”, “consent” (+4)") in the UI's language; the
 * quoted page text stays as it is.
 */
export function describeSignal(signal: Signal, t: Translate): string {
  const subs = SIGNAL_SUBS[signal.code]?.(signal.evidence ?? [], t) ?? {};
  const text = t(messageKey('signal', signal.code), subs);
  // A signal that is a fact about the element, not evidence (a consent frame), has no points to show.
  if (signal.points === 0) return text;
  const points = `${signal.points > 0 ? '+' : ''}${signal.points}`;
  return `${text} (${points})`;
}

/** Why it was hidden: the rule's name, or the detector's score and its strongest signals. */
export function reasonOf(r: Removal, t: Translate): { summary: string; details: string[] } {
  if (r.source === 'detector') {
    const top = (r.signals ?? [])
      .filter((s) => s.points > 0)
      .sort((a, b) => b.points - a.points)
      .slice(0, 3);
    // A frame hidden for its own document says so first: what was judged was that frame's content.
    const frame = r.signals?.find((s) => s.code === 'consent-frame');
    return {
      summary: t('whyDetector', { score: r.score ?? '?' }),
      details: [...(frame ? [frame] : []), ...top].map((s) => describeSignal(s, t)),
    };
  }
  if (r.source === 'user-rule') return { summary: t('whyUserRule', { rule: r.rule }), details: [] };
  if (r.source === 'backdrop') return { summary: t('whyBackdrop'), details: [] };
  return { summary: t('whyPlatform', { rule: r.rule }), details: [] };
}

/** The clean-ups done with a removal, as a list in the UI's language. */
export function describeCleanups(cleanups: CleanupCode[], t: Translate): string {
  return cleanups.map((c) => t(messageKey('cleanup', c))).join(', ');
}

/** An entry of a site's allow list, for people: a rule by name, or an element by its path. */
export function describeAllow(key: string, t: Translate): string {
  return key.startsWith(ALLOW_RULE_PREFIX)
    ? t('allowRule', { rule: key.slice(ALLOW_RULE_PREFIX.length) })
    : t('allowElement', { selector: key });
}

/** Why the selector checker (lib/rules/check-user-selector.ts) refused a rule, in the UI's language. */
export function describeSelectorProblem(
  problem: SelectorProblem | undefined,
  selector: string,
  t: Translate,
): string {
  if (!problem || !isSelectorProblemCode(problem.code)) return t('ruleRefused');
  const subs: Subs = problem.code === 'invalid' ? { selector } : {};
  if (problem.code === 'too-long') subs.limit = problem.limit ?? '';
  return t(messageKey('rule', problem.code), subs);
}
