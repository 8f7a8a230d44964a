declare module 'virtual:consent-prefilter' {
  /** A superset of the 'consent' phrases in folded text, in two stages (lib/sentinel/consent-prefilter.ts). */
  const packed: import('../lib/sentinel/consent-prefilter').PackedPrefilter;
  export default packed;
}

declare module 'virtual:consent-words' {
  /** Regular expression source (flags 'u') matching the one-word 'consent' phrases in folded text. */
  const source: string;
  export default source;
}
