declare module 'virtual:consent-prefilter' {
  /** Regular expression source (flags 'u') matching a superset of the 'consent' phrases in folded text. */
  const source: string;
  export default source;
}

declare module 'virtual:consent-words' {
  /** Regular expression source (flags 'u') matching the one-word 'consent' phrases in folded text. */
  const source: string;
  export default source;
}
