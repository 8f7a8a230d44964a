/**
 * The sentinel's test for consent wording, in two stages (build/consent-prefilter.ts): a scan for
 * anchors, then, around each anchor found, the phrases it stands for. Built once per frame; each
 * anchor's own expression is compiled the first time the anchor is seen.
 */
export interface PackedPrefilter {
  /** Regular expression source (flags 'gu') that finds the anchors in folded text. */
  source: string;
  /** The anchors, sorted, each on its own line (one string: a frame that never reads it only scans it). */
  anchors: string;
  /**
   * Per anchor, on its line: the source of its phrases (flags 'u') with each separator written as
   * one space, or nothing when the anchor is a phrase itself.
   */
  verify: string;
}

/**
 * A phrase is never longer than this many characters on either side of its anchor; past that,
 * the text around a sighting is not read.
 */
export const MAX_REACH = 80;
/**
 * Sightings of one anchor tested one by one in a text; past this the anchor's phrases are tested
 * on the whole text, once. A page that repeats a common anchor costs one more scan, not thousands.
 */
const SIGHTINGS_PER_ANCHOR = 8;
/**
 * Sightings tested in one text, all anchors together; past this the text is tested once with all
 * the phrases as one expression (compiled then, once per frame: ~10 ms). A text made of hundreds of
 * different anchors, which a hostile page can write, then costs one scan, not one per anchor.
 */
const SIGHTINGS_PER_TEXT = 256;
/** A text as a pattern that matches it literally. */
export const escapeForPattern = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
/** A separator in a phrase's source matches a space, a hyphen or nothing, as in the detector. */
const withSeparators = (source: string) => source.replaceAll(' ', '[ -]?');

/** True when the folded text holds one of the prefilter's phrases (the same texts as the one-stage expression). */
export function prefilterMatcher(packed: PackedPrefilter): (folded: string) => boolean {
  // Built on the first test: a frame that never reads a text (most frames) pays nothing.
  let scan: RegExp | null = null;
  let anchors: string[] = [];
  let index = new Map<string, number>();
  let verify: string[] = [];
  const compiled: (RegExp | undefined)[] = [];
  const phrasesOf = (i: number): RegExp => {
    let re = compiled[i];
    if (!re) {
      re = new RegExp(withSeparators(verify[i] || '(?!)'), 'u');
      compiled[i] = re;
    }
    return re;
  };
  let everyPhrase: RegExp | null = null;
  const allPhrases = (): RegExp => {
    // The anchors that are phrases themselves, and every other anchor's phrases.
    everyPhrase ??= new RegExp(
      withSeparators(
        anchors.map((anchor, i) => (verify[i] === '' ? escapeForPattern(anchor) : verify[i])).join('|'),
      ),
      'u',
    );
    return everyPhrase;
  };
  return (folded) => {
    if (!scan) {
      scan = new RegExp(packed.source, 'gu');
      anchors = packed.anchors.split('\n');
      index = new Map(anchors.map((a, i) => [a, i]));
      verify = packed.verify.split('\n');
    }
    const sightings = new Map<number, number>();
    let tested = 0;
    scan.lastIndex = 0;
    try {
      for (let m = scan.exec(folded); m; m = scan.exec(folded)) {
        const i = index.get(m[0]) ?? -1;
        if (verify[i] === '') return true;
        if (++tested > SIGHTINGS_PER_TEXT) return allPhrases().test(folded);
        const seen = (sightings.get(i) ?? 0) + 1;
        sightings.set(i, seen);
        if (seen <= SIGHTINGS_PER_ANCHOR) {
          const from = Math.max(0, m.index - MAX_REACH);
          if (phrasesOf(i).test(folded.slice(from, m.index + m[0].length + MAX_REACH))) return true;
        } else if (seen === SIGHTINGS_PER_ANCHOR + 1 && phrasesOf(i).test(folded)) return true;
        // Anchors may overlap (one's end is another's start): the scan goes on from the next character.
        scan.lastIndex = m.index + ((folded.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
      }
      return false;
    } finally {
      scan.lastIndex = 0;
    }
  };
}
