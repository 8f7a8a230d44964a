import { isClosedSelector } from '../rules/closed-selector';
import { splitSelectorList } from './split-selector-list';
import type { PlatformRule, PlatformTable } from './types';
import { urlLiteral } from './url-literal';

/** The parts of an autoconsent JSON rule that hiding needs (the rest is click automation we never use). */
export interface AutoconsentJsonRule {
  name: string;
  prehideSelectors?: unknown[];
  detectPopup?: unknown[];
  optOut?: unknown[];
  runContext?: { main?: boolean; frame?: boolean; urlPattern?: string };
}

/** A code-based autoconsent CMP, read off its class at build time. */
export interface AutoconsentClassRule {
  name: string;
  prehideSelectors?: string[];
  runContext?: { main?: boolean; frame?: boolean; urlPattern?: string };
}

export interface OwnRule {
  rule: string;
  platform: string;
  selectors: string[];
  urlPattern?: string;
}

/**
 * Selectors whose subject is the root or the body would hide the whole page; rules sometimes
 * use them to detect a CMP ("body.cmp-open"), never to hide it.
 */
export function isPageWideSelector(selector: string): boolean {
  const parts = selector.trim().split(/\s*[>+~\s]\s*/);
  const subject = parts[parts.length - 1] ?? '';
  return /^(html|body|:root)(?![\w-])/i.test(subject) || subject === '*';
}

/**
 * Selectors that make every style recalculation on every page slower: `:has()` (the browser must
 * re-check ancestors on each DOM change) and those whose subject has no id, class or tag name
 * (checked against every element). They stay out of the stylesheet; the banners they name
 * are left to the detector.
 */
export function isCostlySelector(selector: string): boolean {
  if (selector.includes(':has(')) return true;
  const parts = selector.trim().split(/\s*[>+~]\s*|\s+/);
  const subject = (parts[parts.length - 1] ?? '').replace(/\[[^\]]*\]|\([^)]*\)/g, '');
  return !/[#.]|^[a-z]/i.test(subject);
}

function stringSelectors(values: unknown[] | undefined): string[] {
  const out: string[] = [];
  for (const v of values ?? []) if (typeof v === 'string') out.push(...splitSelectorList(v));
  return out;
}

/** Selectors of `hide` steps, found anywhere in a step tree. */
function stepSelectors(steps: unknown[] | undefined, key: 'hide'): string[] {
  const out: string[] = [];
  const walk = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const step of list) {
      if (!step || typeof step !== 'object') continue;
      const s = step as Record<string, unknown>;
      const value = s[key];
      if (typeof value === 'string') out.push(...splitSelectorList(value));
      walk(s.then);
      walk(s.else);
      walk(s.any);
    }
  };
  walk(steps);
  return out;
}

const DISPLAY_NAMES: Record<string, string> = {
  Onetrust: 'OneTrust',
  Cybotcookiebot: 'Cookiebot',
  'Sourcepoint-frame': 'Sourcepoint',
  'TrustArc-top': 'TrustArc',
  'TrustArc-newcm': 'TrustArc',
  'consentmanager.net': 'consentmanager',
  cookieyes: 'CookieYes',
  didomi: 'Didomi',
  quantcast: 'InMobi Choice (Quantcast)',
  cc_banner: 'Cookie Consent (Silktide)',
  'tarteaucitron deny': 'tarteaucitron',
  'funding-choices': 'Google Funding Choices',
  'usercentrics-api': 'Usercentrics',
  'usercentrics-button': 'Usercentrics',
  cookieconsent2: 'CookieConsent v2',
  cookieconsent3: 'CookieConsent v3',
  'cookie-law-info': 'CookieLawInfo',
  'cookie-script': 'Cookie-Script',
  'cookiefirst.com': 'CookieFirst',
  cookiehub: 'CookieHub',
  'civic-cookie-control': 'Civic Cookie Control',
  osano: 'Osano',
  EZoic: 'Ezoic',
  ketch: 'Ketch',
  borlabs: 'Borlabs Cookie',
  'real-cookie-banner': 'Real Cookie Banner',
  datagrail: 'DataGrail',
  fides: 'Fides',
  transcend: 'Transcend',
  shopify: 'Shopify',
  iubenda: 'iubenda',
  axeptio: 'Axeptio',
  'tarteaucitron.js': 'tarteaucitron',
  Moove: 'Moove GDPR',
  'dreamlab-cmp': 'DreamLab CMP',
};

export function displayName(rule: string): string {
  return DISPLAY_NAMES[rule] ?? rule;
}

/**
 * One selector per entry, each closing all it opens, no page-wide or costly one: checked here at
 * build time, so the content script does not split and scan the whole table in every frame.
 */
function dedupe(selectors: string[]): string[] {
  return [...new Set(selectors.flatMap(splitSelectorList))].filter(
    (s) => isClosedSelector(s) && !isPageWideSelector(s) && !isCostlySelector(s),
  );
}

/**
 * Builds the table the content script uses to hide known platforms.
 * Own rules come first so that their names win where both sources know a banner.
 */
export function compilePlatformTable(input: {
  dataVersion: string;
  jsonRules: AutoconsentJsonRule[];
  classRules: AutoconsentClassRule[];
  ownRules: OwnRule[];
}): PlatformTable {
  const rules: PlatformRule[] = [];
  for (const own of input.ownRules) {
    const selectors = dedupe(own.selectors);
    if (selectors.length) rules.push({ ...own, selectors });
  }
  const fromAutoconsent = (
    name: string,
    selectors: string[],
    runContext: AutoconsentJsonRule['runContext'],
  ): void => {
    // Frame-only rules act inside a CMP's own iframe; we hide its container in the parent instead.
    if (runContext?.main === false) return;
    if (/^test page/i.test(name)) return;
    const clean = dedupe(selectors);
    if (!clean.length) return;
    const rule: PlatformRule = { rule: name, selectors: clean };
    if (displayName(name) !== name) rule.platform = displayName(name);
    if (runContext?.urlPattern) {
      rule.urlPattern = runContext.urlPattern;
      const literal = urlLiteral(runContext.urlPattern);
      if (literal) rule.urlLiteral = literal;
    }
    rules.push(rule);
  };
  for (const c of input.classRules) {
    fromAutoconsent(c.name, c.prehideSelectors ?? [], c.runContext);
  }
  for (const r of input.jsonRules) {
    // Only selectors meant for hiding: a rule's visibility checks often name a button inside the banner.
    const selectors = [...stringSelectors(r.prehideSelectors), ...stepSelectors(r.optOut, 'hide')];
    fromAutoconsent(r.name, selectors, r.runContext);
  }
  return { dataVersion: input.dataVersion, rules };
}
