/** storage.sync allows 8192 bytes an item (key plus JSON value) in Chrome and Firefox. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;

/** The size storage.sync counts for an item: its key and its value as JSON, in UTF-8 bytes. */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}
