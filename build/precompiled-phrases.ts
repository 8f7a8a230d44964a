/**
 * Build-time only: compiles every phrase category of every language in the registry
 * (lib/detect/phrases/index.ts, however many it lists) into the detector script, as
 * lib/detect/precompiled-phrases.ts, so that no page ever builds a trie. It also derives the
 * sentinel's prefilter, `virtual:consent-prefilter`.
 *
 * The compiled sources repeat the same word-boundary assertions hundreds of times (about four
 * fifths of their length): they ship with each assertion as one private-use character and are
 * expanded when a category is first used, once per frame.
 */
import {
  type Category,
  type CompiledCategory,
  type CompiledEntry,
  compileCategory,
  PHRASE_PART_LIMIT,
  phraseForm,
} from '../lib/detect/phrase-compiler';
import { ALL_PHRASE_SETS } from '../lib/detect/phrases';
import type { PackedPrefilter } from '../lib/sentinel/consent-prefilter';
import { packPrefilter, WORD_BOUNDARY } from './consent-prefilter';

const PRECOMPILED_MODULE = /[\\/]lib[\\/]detect[\\/]precompiled-phrases\.ts$/;
const PHRASE_REGISTRY = /[\\/]lib[\\/]detect[\\/]phrases[\\/]index\.ts$/;
export const CONSENT_PREFILTER_ID = 'virtual:consent-prefilter';
export const CONSENT_WORDS_ID = 'virtual:consent-words';

/** The word-boundary assertions of a source, most frequent first. */
function repeatedGroups(source: string): string[] {
  const counts = new Map<string, number>();
  for (const m of source.matchAll(WORD_BOUNDARY)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n > 1)
    .sort((a, b) => b[1] - a[1])
    .map(([g]) => g);
}

/** Placeholders: private-use characters that no phrase contains (checked below). */
const PLACEHOLDERS = ['\ue101', '\ue102', '\ue103', '\ue104'];

export interface PackedPhrases {
  /** Lookaround groups, replaced in the sources by PLACEHOLDERS[i]. */
  groups: string[];
  /** Per category: packed sources (parts joined by PART), and entries as one string (see unpack in the generated module). */
  categories: Record<string, { source: string; entries: string }>;
  langs: string[];
}

const FIELD = '\u0001';
const RECORD = '\u0002';
/** Between a category's parts in its packed source. */
const PART = '\u0003';

/** Every category any language has: the registry's sets are the list. */
function allCategories(): Category[] {
  const names = new Set<string>();
  for (const set of ALL_PHRASE_SETS) for (const k of Object.keys(set)) if (k !== 'lang') names.add(k);
  return [...names] as Category[];
}

export function packPhrases(): PackedPhrases {
  const compiled = Object.fromEntries(
    allCategories().map((c) => [c, compileCategory(ALL_PHRASE_SETS, c, PHRASE_PART_LIMIT)]),
  ) as Record<string, CompiledCategory>;
  const all = Object.values(compiled)
    .flatMap((c) => c.sources)
    .join('');
  const groups = repeatedGroups(all).slice(0, PLACEHOLDERS.length);
  const langs = ALL_PHRASE_SETS.map((s) => s.lang);
  const categories: PackedPhrases['categories'] = {};
  for (const [name, c] of Object.entries(compiled)) {
    let source = c.sources.join(PART);
    for (const [i, g] of groups.entries()) {
      const p = PLACEHOLDERS[i] as string;
      const text = c.entries.flat(2).join('');
      if (all.includes(p) || all.includes(PART) || text.includes(FIELD) || text.includes(RECORD))
        throw new Error(
          `precompiled phrases: a phrase uses the reserved character U+${p.codePointAt(0)?.toString(16)}`,
        );
      source = source.split(g).join(p);
    }
    // The compiler leaves out a display form equal to the key, and the languages (only tests ask).
    const entries = c.entries.map(([key, phrase]) => [key, phrase ?? ''].join(FIELD)).join(RECORD);
    categories[name] = { source, entries };
  }
  return { groups, categories, langs };
}

/** The 'consent' phrases as folded forms, without those that hold another (see holdsNoOther). */
function prefilterForms(): string[] {
  const forms = new Set(ALL_PHRASE_SETS.flatMap((set) => set.consent.map(phraseForm)));
  return [...forms].filter((form) => holdsNoOther(form, forms));
}

/**
 * A superset of the 'consent' category for the sentinel: the same phrases without the
 * word-boundary assertions (dropping a lookaround can only add matches), so a text the
 * detector would find consent wording in always passes. As one expression: what the two-stage
 * prefilter that ships (consentPrefilter) must match exactly.
 */
export function consentPrefilterSource(): string {
  const kept = new Set(prefilterForms());
  const sets = ALL_PHRASE_SETS.map((set) => ({
    ...set,
    consent: set.consent.filter((phrase) => kept.has(phraseForm(phrase))),
  }));
  return (compileCategory(sets, 'consent').sources[0] ?? '').replace(WORD_BOUNDARY, '');
}

/** The sentinel's prefilter as it ships: anchors, then phrases (build/consent-prefilter.ts). */
export function consentPrefilter(): PackedPrefilter {
  return packPrefilter(prefilterForms());
}

/**
 * Without word boundaries, a phrase that holds another ("uses cookie*" holds "cookie*", "ให้ความยินยอม"
 * holds "ความยินยอม") finds no text the other does not: it is left out of a superset test.
 */
function holdsNoOther(form: string, forms: ReadonlySet<string>): boolean {
  for (const f of forms) if (f !== form && form.includes(f)) return false;
  return true;
}

/**
 * The one-word entries of the 'consent' category in every language ("cookies", "çerez", "クッキー",
 * "dsgvo", ...), without word boundaries: what the watch that runs while a page parses looks for
 * (lib/sentinel/parse-watch.ts). A tenth of the prefilter, so the document-start script stays small.
 */
export function consentWordsSource(): string {
  const oneWord = (phrase: string) => !/\s/.test(phrase.trim());
  const keys = new Set(ALL_PHRASE_SETS.flatMap((set) => set.consent.filter(oneWord).map(phraseForm)));
  const sets = ALL_PHRASE_SETS.map((set) => ({
    ...set,
    consent: set.consent.filter((phrase) => oneWord(phrase) && holdsNoOther(phraseForm(phrase), keys)),
  }));
  return (compileCategory(sets, 'consent').sources[0] ?? '').replace(WORD_BOUNDARY, '');
}

/**
 * Runs in the page (its source is copied into the generated module), and in the unit tests: a
 * packed category back to what the compiler gave. Self-contained on purpose.
 */
export function unpackCategory(packed: PackedPhrases, name: string): CompiledCategory {
  const FIELD_SEP = '\u0001';
  const RECORD_SEP = '\u0002';
  const PART_SEP = '\u0003';
  const HOLDERS = ['\ue101', '\ue102', '\ue103', '\ue104'];
  const c = packed.categories[name];
  if (!c) return { sources: ['(?!)'], entries: [] };
  let source = c.source;
  packed.groups.forEach((g, i) => {
    source = source.split(HOLDERS[i] as string).join(g);
  });
  // The compiler leaves out a display form equal to the key: so does the packed entry.
  const entries = c.entries
    ? c.entries.split(RECORD_SEP).map((e): CompiledEntry => {
        const [key = '', phrase] = e.split(FIELD_SEP);
        return phrase ? [key, phrase] : [key];
      })
    : [];
  return { sources: source.split(PART_SEP), entries };
}

function precompiledModule(): string {
  const packed = packPhrases();
  // Each category is unpacked on first use, once per frame.
  return `const P = ${JSON.stringify(packed)};
const unpack = ${unpackCategory.toString()};
export const PRECOMPILED = {};
for (const name of Object.keys(P.categories)) {
  let done;
  Object.defineProperty(PRECOMPILED, name, { enumerable: true, get: () => (done ??= unpack(P, name)) });
}`;
}

/**
 * In the extension every category is precompiled, so the phrase tables themselves (a third of the
 * detector script) stay out of it: the registry ships each language's code only, and reading a
 * table in the page fails loudly rather than finding nothing.
 */
function registryStub(): string {
  const sets = ALL_PHRASE_SETS.map((s) => ({
    lang: s.lang,
    fields: Object.keys(s).filter((k) => k !== 'lang'),
  }));
  return `const stub = ({ lang, fields }) => {
  const set = { lang };
  for (const f of fields) Object.defineProperty(set, f, { get() { throw new Error('phrase tables are precompiled (build/precompiled-phrases.ts): ' + f); } });
  return set;
};
export const ALL_PHRASE_SETS = ${JSON.stringify(sets)}.map(stub);`;
}

export function precompiledPhrasesPlugin() {
  return {
    name: 'unbanner-precompiled-phrases',
    enforce: 'pre' as const,
    resolveId(id: string) {
      return id === CONSENT_PREFILTER_ID || id === CONSENT_WORDS_ID ? `\0${id}` : undefined;
    },
    load(id: string) {
      if (id === `\0${CONSENT_PREFILTER_ID}`) return `export default ${JSON.stringify(consentPrefilter())};`;
      if (id === `\0${CONSENT_WORDS_ID}`) return `export default ${JSON.stringify(consentWordsSource())};`;
      if (PHRASE_REGISTRY.test(id)) return registryStub();
      if (!PRECOMPILED_MODULE.test(id)) return undefined;
      return precompiledModule();
    },
  };
}
