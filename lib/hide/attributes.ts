/**
 * The names Unbanner marks a page with, drawn afresh for every page load. A page cannot know
 * them in advance, so it cannot look for them to detect Unbanner, nor set them itself to turn
 * anything off: the marks only serve the stylesheet, and what Unbanner decides (hidden, shown
 * again) is kept in the content script's own memory, which the page cannot reach.
 */
export interface Marks {
  /** On an element Unbanner hid: the stylesheet takes it out of layout. */
  hidden: string;
  /** On an element the user brought back (and its contents): no pre-hide rule applies to it. */
  shown: string;
  /** On an overlay the sentinel holds back until the detector has judged it. */
  pending: string;
  /** Keyframes whose `animationstart` tells that a pre-hidden element was rendered. */
  seen: string;
}

/** 26^12 names: a page cannot guess one within a page load. */
const NAME_LENGTH = 12;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export type RandomBytes = (bytes: Uint8Array) => Uint8Array;

const cryptoBytes: RandomBytes = (bytes) => crypto.getRandomValues(bytes);

function randomName(random: RandomBytes): string {
  let name = '';
  // 256 is not a multiple of 26: drawing again above 233 keeps the letters uniform.
  while (name.length < NAME_LENGTH) {
    for (const b of random(new Uint8Array(NAME_LENGTH))) {
      if (b < 234 && name.length < NAME_LENGTH) name += LETTERS[b % 26];
    }
  }
  return name;
}

/** Distinct names that look like any site's own (`data-` attributes, a keyframes name). */
export function drawMarks(random: RandomBytes = cryptoBytes): Marks {
  const names = new Set<string>();
  while (names.size < 4) names.add(randomName(random));
  const [hidden, shown, pending, seen] = [...names] as [string, string, string, string];
  return { hidden: `data-${hidden}`, shown: `data-${shown}`, pending: `data-${pending}`, seen };
}

/** What a drawn attribute name looks like: checked wherever one arrives in a message. */
export const MARK_ATTRIBUTE = new RegExp(`^data-[a-z]{${NAME_LENGTH}}$`);
