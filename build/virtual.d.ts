declare module 'virtual:consent-prefilter' {
  /** Regular expression source (flags 'u') matching a superset of the 'consent' phrases in folded text. */
  const source: string;
  export default source;
}
