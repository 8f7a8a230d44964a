/**
 * The words one language uses around cookie-consent banners.
 *
 * Every phrase is written in lower case. Spaces and hyphens inside a phrase match a space, a hyphen or
 * nothing ('cookie settings' also matches 'cookie-settings' and 'cookiesettings'). Phrases in Latin,
 * Greek or Cyrillic script match whole words only; a trailing `*` lets the last word continue
 * ('cookie*' matches 'cookies', 'cookiebanner'; 'einwilligung*' matches 'einwilligungen'). Phrases in
 * Chinese, Japanese or Korean script match anywhere, as those scripts do not separate words.
 */
export interface PhraseSet {
  /** BCP-47-ish code: 'en', 'de', 'fr', 'pt-BR', 'zh-Hans', 'zh-Hant', ... */
  lang: string;
  /** Strong consent wording: cookies, consent, GDPR, "our partners", "legitimate interest", ... */
  consent: string[];
  /** Weaker privacy wording: privacy, personal data, data protection, ... */
  privacy: string[];
  /** Button labels that accept: "accept all", "allow all", "i agree", "that's ok", ... */
  accept: string[];
  /** Button labels that reject: "reject all", "decline", "only necessary", "continue without accepting", ... */
  reject: string[];
  /** Button labels that open or save choices: "manage options", "cookie settings", "customise", ... */
  settings: string[];
  /**
   * Button labels that close or acknowledge a notice without naming a choice: "close", "ok", "got it",
   * "continue", "dismiss". A label that also names a choice ("ok, accept all") is that choice.
   */
  dismiss: string[];
  /**
   * Words that make an accepting label a rejection: "necessary", "essential", "required" ("Accept
   * necessary", "Allow essential cookies", "Notwendig akzeptieren"). Never a button kind on its own:
   * "Strictly necessary" names a category.
   */
  necessary: string[];
  /** Link texts that lead to a privacy or cookie policy. */
  policy: string[];
  /** Wording of overlays that are not consent banners: sign in, newsletter, live ticker, app prompts, ... */
  notConsent: string[];
  /**
   * Sentences saying the site uses cookies that begin with the cookie word itself, as verb-final
   * languages put them ("कुकीज़ का उपयोग", "クッキーを使用"): each is found besides that word, as a second
   * consent phrase (a notice with one button says little else). Every one holds a consent phrase.
   * Where the verb comes first ("we use cookies") the statement is a consent phrase of its own.
   */
  statement?: string[];
}
