/**
 * Reads the wording that consent libraries ship in their npm packages (pinned dev dependencies), so
 * the phrase tables are tested on text nobody wrote for them. Each library's keys are mapped to what
 * the element does on its banner: the mapping is the only hand-written part.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';

export type LabelKind = 'accept' | 'reject' | 'settings' | 'dismiss' | 'none';

export interface Label {
  kind: LabelKind;
  /** The library's key, e.g. 'acceptAll', so a failure says which string it was. */
  key: string;
  text: string;
  /**
   * A second reading the wording allows: Klaro's notice button "OK" accepts every service, but a bare
   * "OK" names no choice (dismiss); its "Let me choose" is translated "Learn more" in some languages.
   */
  also?: LabelKind;
}

export interface LibraryLanguage {
  library: string;
  /** The library's own language code. */
  lang: string;
  /** What the banner says, as a user sees it (placeholders filled with the library's own words). */
  banner: string;
  labels: Label[];
}

/** The installed package's folder (found on disk: some packages' exports hide their files). */
function packageDir(name: string): string {
  for (let dir = import.meta.dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
  }
  throw new Error(`${name} is not installed`);
}

type Json = { [key: string]: Json } | string | undefined;

function pick(obj: Json, path: string): string | undefined {
  let node: Json = obj;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** The text a user sees: the libraries render their strings as HTML. */
function visible(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|[a-z]+);/g, (m, e: string) =>
      e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? m),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The labels found at `kinds`' keys, each with the kind it has on the banner. */
function labelsOf(obj: Json, kinds: Record<string, LabelKind | [LabelKind, LabelKind]>): Label[] {
  const labels: Label[] = [];
  for (const [key, k] of Object.entries(kinds)) {
    const text = visible(pick(obj, key) ?? '');
    const [kind, also] = Array.isArray(k) ? k : [k, undefined];
    if (text) labels.push(also ? { kind, key, text, also } : { kind, key, text });
  }
  return labels;
}

// ---------------------------------------------------------------------------------------------------------
// tarteaucitron.js: lang/tarteaucitron.<lang>.js assigns `tarteaucitron.lang = {...}`.

const TARTEAUCITRON_LABELS: Record<string, LabelKind | [LabelKind, LabelKind]> = {
  acceptAll: 'accept', // banner: "OK, accept all"
  allowAll: 'accept', // panel: "Allow all cookies"
  allow: 'accept', // per service
  denyAll: 'reject',
  deny: 'reject',
  personalize: 'settings',
  save: 'settings',
  close: 'dismiss',
  more: 'none', // "Read more"
  cookieDetail: 'none',
  ourpartners: 'none',
  'ads.title': 'none',
  'analytic.title': 'none',
  'social.title': 'none',
  'video.title': 'none',
  'comment.title': 'none',
  'support.title': 'none',
  'api.title': 'none',
  'other.title': 'none',
  mandatoryTitle: 'none',
  source: 'none',
};

export function tarteaucitron(): LibraryLanguage[] {
  const dir = join(packageDir('tarteaucitronjs'), 'lang');
  return readdirSync(dir)
    .filter((f) => /^tarteaucitron\.[a-z]+\.js$/.test(f))
    .map((f) => {
      const holder: { lang?: Json } = {};
      // The file is the package's own data: a single assignment to `tarteaucitron.lang`.
      new Function('tarteaucitron', readFileSync(join(dir, f), 'utf8'))(holder);
      const lang = holder.lang;
      return {
        library: 'tarteaucitron',
        lang: f.split('.')[1] ?? '',
        banner: visible(pick(lang, 'alertBigPrivacy') ?? ''),
        labels: labelsOf(lang, TARTEAUCITRON_LABELS),
      };
    });
}

// ---------------------------------------------------------------------------------------------------------
// Klaro: src/translations/<lang>.yml

const KLARO_LABELS: Record<string, LabelKind | [LabelKind, LabelKind]> = {
  ok: ['accept', 'dismiss'], // the notice's "That's ok" accepts every service
  acceptAll: 'accept',
  decline: 'reject',
  'consentNotice.learnMore': ['settings', 'none'], // "Let me choose", "Learn more"
  acceptSelected: 'settings',
  save: 'settings',
  close: 'dismiss',
  'purposes.advertising.title': 'none',
  'purposes.functional.title': 'none',
  'purposes.marketing.title': 'none',
  'purposes.performance.title': 'none',
  'purposes.analytics.title': 'none',
  'purposes.security.title': 'none',
  'purposes.livechat.title': 'none',
  'purposes.styling.title': 'none',
  'contextualConsent.acceptOnce': 'none', // "Yes": loads one embed, not a consent banner's choice
  poweredBy: 'none',
};

export function klaro(): LibraryLanguage[] {
  const dir = join(packageDir('klaro'), 'src', 'translations');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yml') && f !== 'en.ref.yml')
    .map((f) => {
      const t = parseYaml(readFileSync(join(dir, f), 'utf8')) as Json;
      // A site names its own purposes; the file's titles where it has them, the config's keys otherwise.
      const purposes = ['analytics', 'marketing'].map((p) => pick(t, `purposes.${p}.title`) ?? p).join(', ');
      const description = (pick(t, 'consentNotice.description') ?? '').replace('{purposes}', purposes);
      return {
        library: 'klaro',
        lang: f.replace(/\.yml$/, ''),
        banner: visible([pick(t, 'consentNotice.title'), description].filter(Boolean).join('\n')),
        labels: labelsOf(t, KLARO_LABELS),
      };
    });
}

// ---------------------------------------------------------------------------------------------------------
// Orejime: each dist/orejime-standard-<lang>.js bundles its translation object, `{banner:{...},...}`.

const OREJIME_LABELS: Record<string, LabelKind | [LabelKind, LabelKind]> = {
  'banner.accept': 'accept',
  'modal.acceptAll': 'accept',
  'banner.decline': 'reject',
  'modal.declineAll': 'reject',
  'banner.configure': 'settings',
  'modal.save': 'settings',
  'modal.close': 'dismiss',
  'purpose.showMore': 'none',
  'purpose.mandatory': 'none',
};

/** The object literal starting at `start`, its braces balanced outside string literals. */
function objectLiteralAt(source: string, start: number): string {
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return source.slice(start, i + 1);
  }
  throw new Error('unbalanced object literal');
}

export function orejime(): LibraryLanguage[] {
  const dir = join(packageDir('orejime'), 'dist');
  return readdirSync(dir)
    .filter((f) => /^orejime-standard-[a-z]+\.js$/.test(f))
    .map((f) => {
      const source = readFileSync(join(dir, f), 'utf8');
      const start = source.indexOf('{banner:{');
      if (start < 0) throw new Error(`${f}: no translation object`);
      // A literal of strings only, taken from the package: evaluating it is reading data.
      const t = new Function(`return ${objectLiteralAt(source, start)}`)() as Json;
      const purposes = 'Analytics';
      const banner = [pick(t, 'banner.title'), pick(t, 'banner.description')]
        .filter(Boolean)
        .join('\n')
        .replace('{purposes}', purposes)
        .replace('{privacyPolicy}', pick(t, 'banner.privacyPolicyLabel') ?? '');
      return {
        library: 'orejime',
        lang: /-([a-z]+)\.js$/.exec(f)?.[1] ?? '',
        banner: visible(banner),
        labels: labelsOf(t, OREJIME_LABELS),
      };
    });
}

// ---------------------------------------------------------------------------------------------------------
// c15t: dist/all.js exports `baseTranslations`, one object per language.

const C15T_LABELS: Record<string, LabelKind | [LabelKind, LabelKind]> = {
  'common.acceptAll': 'accept',
  'common.rejectAll': 'reject',
  'common.customize': 'settings',
  'common.save': 'settings',
  'common.close': 'dismiss',
  'consentTypes.necessary.title': 'none',
  'consentTypes.functionality.title': 'none',
  'consentTypes.marketing.title': 'none',
  'consentTypes.measurement.title': 'none',
  'consentTypes.experience.title': 'none',
  'iab.preferenceCenter.tabs.purposes': 'none',
  'iab.preferenceCenter.tabs.vendors': 'none',
  'iab.preferenceCenter.purposeItem.examples': 'none',
  'iab.preferenceCenter.purposeItem.legitimateInterest': 'none',
  'iab.preferenceCenter.vendorList.customVendorsHeading': 'none',
  'iab.common.customize': 'settings',
  'iab.common.acceptAll': 'accept',
  'iab.common.rejectAll': 'reject',
  'iab.common.saveSettings': 'settings',
};

export async function c15t(): Promise<LibraryLanguage[]> {
  const { baseTranslations } = (await import('@c15t/translations/all')) as unknown as {
    baseTranslations: Record<string, Json>;
  };
  return Object.entries(baseTranslations).map(([lang, t]) => ({
    library: 'c15t',
    lang,
    banner: visible(
      [pick(t, 'cookieBanner.title'), pick(t, 'cookieBanner.description')].filter(Boolean).join('\n'),
    ),
    labels: labelsOf(t, C15T_LABELS),
  }));
}

// ---------------------------------------------------------------------------------------------------------
// Nuxt Cookie Control: dist/runtime/locale/<lang>.js, one default-exported object per language.

const NUXT_COOKIE_CONTROL_LABELS: Record<string, LabelKind | [LabelKind, LabelKind]> = {
  accept: 'accept',
  acceptAll: 'accept',
  decline: 'reject',
  declineAll: 'reject',
  manageCookies: ['settings', 'none'], // "Learn more and customize"; some languages say only "Learn more"
  save: 'settings',
  close: 'dismiss',
  cookiesFunctional: 'none',
  cookiesNecessary: 'none',
  cookiesOptional: 'none',
  here: 'none',
};

export async function nuxtCookieControl(): Promise<LibraryLanguage[]> {
  const dir = join(packageDir('@dargmuesli/nuxt-cookie-control'), 'dist', 'runtime', 'locale');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'index.js');
  return Promise.all(
    files.map(async (f) => {
      const t = ((await import(pathToFileURL(join(dir, f)).href)) as { default: Json }).default;
      return {
        library: 'nuxt-cookie-control',
        lang: f.replace(/\.js$/, ''),
        banner: visible([pick(t, 'bannerTitle'), pick(t, 'bannerDescription')].filter(Boolean).join('\n')),
        labels: labelsOf(t, NUXT_COOKIE_CONTROL_LABELS),
      };
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------
// 68publishers cookie-consent (a wrapper of vanilla-cookieconsent 2): dist/translations/<lang>.json.

const PUBLISHERS68_LABELS: Record<string, LabelKind | [LabelKind, LabelKind]> = {
  consent_modal_primary_btn: 'accept',
  settings_modal_accept_all_btn: 'accept',
  consent_modal_secondary_btn_accept_necessary: 'reject',
  settings_modal_reject_all_btn: 'reject',
  consent_modal_secondary_btn_settings: 'settings',
  settings_modal_save_settings_btn: 'settings',
  settings_modal_close_btn_label: 'dismiss',
  functionality_storage_title: 'none',
  personalization_storage_title: 'none',
  security_storage_title: 'none',
  ad_storage_title: 'none',
  analytics_storage_title: 'none',
};

export function publishers68(): LibraryLanguage[] {
  const dir = join(packageDir('@68publishers/cookie-consent'), 'dist', 'translations');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const t = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Json;
      return {
        library: '68publishers-cookie-consent',
        lang: f.replace(/\.json$/, ''),
        banner: visible(
          [pick(t, 'consent_modal_title'), pick(t, 'consent_modal_description')].filter(Boolean).join('\n'),
        ),
        labels: labelsOf(t, PUBLISHERS68_LABELS),
      };
    });
}

// ---------------------------------------------------------------------------------------------------------
// cookie-consent-js: cookie-consent-content/<lang>.json, fetched by the dialog at run time.

const COOKIE_CONSENT_JS_LABELS: Record<string, LabelKind | [LabelKind, LabelKind]> = {
  buttonAcceptAll: 'accept', // "Accept all cookies"
  buttonAcceptTechnical: 'reject', // "Accept only technically necessary cookies": the optional ones refused
};

export function cookieConsentJs(): LibraryLanguage[] {
  const dir = join(packageDir('cookie-consent-js'), 'cookie-consent-content');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const t = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Json;
      const policy = pick(t, 'privacyPolicy') ?? '';
      return {
        library: 'cookie-consent-js',
        lang: f.replace(/\.json$/, ''),
        banner: visible(
          [pick(t, 'title'), pick(t, 'body')?.replace('--privacy-policy--', policy)]
            .filter(Boolean)
            .join('\n'),
        ),
        labels: labelsOf(t, COOKIE_CONSENT_JS_LABELS),
      };
    });
}

/**
 * vanilla-cookieconsent ships no translations: its package holds the code and an English type
 * description only; each site writes its own text. Returns the package's files that could hold them.
 */
export function vanillaCookieconsentLanguageFiles(): string[] {
  const root = packageDir('vanilla-cookieconsent');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(json|ya?ml)$/.test(entry.name) && entry.name !== 'package.json') found.push(path);
      else if (/(^|[/.-])(lang|langs|translations?|i18n)([/.-]|$)/.test(path.slice(root.length)))
        found.push(path);
    }
  };
  walk(root);
  return found;
}

/** Every library's every language. */
export async function allLibraryWording(): Promise<LibraryLanguage[]> {
  return [
    ...tarteaucitron(),
    ...klaro(),
    ...orejime(),
    ...(await c15t()),
    ...(await nuxtCookieControl()),
    ...publishers68(),
    ...cookieConsentJs(),
  ];
}
