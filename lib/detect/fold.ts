/** Text normalisation shared by the phrase compiler (build time) and the matcher (in the page). */

// ---------------------------------------------------------------------------------------------------------
// Normalisation

/**
 * Soft hyphens, zero-width spaces and joiners, direction marks, word joiners and byte-order marks; and
 * the Arabic tatweel and short-vowel marks, which stretch or vocalise a word without changing it.
 */
const INVISIBLE = /[\u00ad\u061c\u0640\u064b-\u0652\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
/** Runs of whitespace, or a single whitespace character other than a space: cheaper than /\s+/ on prose. */
const WHITESPACE = /\s{2,}|[^\S ]/g;

/** Lower-cases, applies NFKC, drops soft hyphens and zero-width characters, and collapses whitespace. */
export function normaliseText(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFKC').toLowerCase().replace(WHITESPACE, ' ').trim();
}

/**
 * Spelling variants that banners use interchangeably, folded to one form for matching only: typographic
 * apostrophes, Turkish dotted and dotless i, Romanian cedilla letters, Russian ё, Greek accents and final
 * sigma, the Unicode hyphens that NFKC leaves alone, and the Arabic and Persian forms of kaf and yeh and
 * the hamza-carrying alefs that writers of Arabic, Persian and Urdu mix.
 */
const FOLDS: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  '`': "'",
  ı: 'i',
  'i\u0307': 'i',
  ş: 'ș',
  ţ: 'ț',
  ё: 'е',
  ς: 'σ',
  ά: 'α',
  έ: 'ε',
  ή: 'η',
  ί: 'ι',
  ό: 'ο',
  ύ: 'υ',
  ώ: 'ω',
  ϊ: 'ι',
  ϋ: 'υ',
  ΐ: 'ι',
  ΰ: 'υ',
  '\u2010': '-',
  '\u2011': '-',
  '\u064a': '\u06cc',
  '\u0649': '\u06cc',
  '\u0643': '\u06a9',
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0622': '\u0627',
};
const FOLD_RE =
  /i\u0307|[\u2019\u2018\u02bc\u00b4`ışţёςάέήίόύώϊϋΐΰ\u2010\u2011\u064a\u0649\u0643\u0623\u0625\u0622]/g;
const foldChar = (c: string): string => FOLDS[c] ?? c;

export function fold(text: string): string {
  return normaliseText(text).replace(FOLD_RE, foldChar);
}
