import { parseRemoval, type Removal } from '@/lib/removal';

/** A removal as the tab log keeps it: with the frame it came from, so the popup can reach it. */
export interface TabRemoval extends Removal {
  frameId: number;
}

/**
 * The limits of one tab's log. storage.session is shared by every tab (10 MB in Chrome) and a
 * page decides how many elements it shows, so a page that floods a rule with matches must not
 * fill it and stop the other tabs' popups and badges.
 */
/** A real page shows a handful of banners; past this many the list is no longer something a person reads. */
export const MAX_ENTRIES_PER_TAB = 100;
/** One frame (an ad or a widget in an iframe) must not crowd out the top document's entries. */
export const MAX_ENTRIES_PER_FRAME = 25;
/** 64 KiB a tab: 150 tabs full to the limit still fit in Chrome's 10 MB; a normal page logs under 4 KiB. */
export const MAX_TAB_LOG_BYTES = 64 * 1024;

/** What storage.session holds for a tab; `dropped` counts the reports left out for the limits. */
export interface StoredTabLog {
  removals: TabRemoval[];
  dropped: number;
  /** Dropped reports per frame id, so a frame that reloads takes its count with it. */
  droppedByFrame: Record<string, number>;
}

export type AddResult = 'added' | 'updated' | 'dropped';

const entryKey = (r: Pick<TabRemoval, 'frameId' | 'id'>) => `${r.frameId}:${r.id}`;
const bytesOf = (r: TabRemoval) => new TextEncoder().encode(JSON.stringify(r)).length;

/**
 * One tab's log in memory, bounded in entries per tab and per frame and in bytes. Each report
 * costs the same whatever the page did before: a lookup by frame and id, no scan, no copy.
 * The first entries are kept and later ones counted: a flood comes after the real banner.
 */
export class BoundedTabLog {
  private readonly entries = new Map<string, { removal: TabRemoval; bytes: number }>();
  private readonly perFrame = new Map<number, number>();
  private readonly droppedByFrame = new Map<number, number>();
  private totalBytes = 0;

  /** Reads what storage held (also the array of older versions); anything malformed is left out. */
  static from(stored: unknown): BoundedTabLog {
    const log = new BoundedTabLog();
    const raw = Array.isArray(stored)
      ? { removals: stored, droppedByFrame: {} }
      : stored && typeof stored === 'object'
        ? (stored as Partial<StoredTabLog>)
        : {};
    for (const item of Array.isArray(raw.removals) ? raw.removals : []) {
      const frameId = (item as { frameId?: unknown })?.frameId;
      const removal = parseRemoval(item);
      if (!removal || typeof frameId !== 'number' || !Number.isInteger(frameId) || frameId < 0) continue;
      log.add({ ...removal, frameId });
    }
    const dropped = raw.droppedByFrame && typeof raw.droppedByFrame === 'object' ? raw.droppedByFrame : {};
    for (const [frame, n] of Object.entries(dropped)) {
      const id = Number(frame);
      if (Number.isInteger(id) && id >= 0 && typeof n === 'number' && n > 0 && Number.isFinite(n)) {
        log.droppedByFrame.set(id, (log.droppedByFrame.get(id) ?? 0) + Math.floor(n));
      }
    }
    return log;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  get dropped(): number {
    let n = 0;
    for (const v of this.droppedByFrame.values()) n += v;
    return n;
  }

  /** Adds a removal or replaces the same frame's record with that id (a restore, a hide-again). */
  add(removal: TabRemoval): AddResult {
    const key = entryKey(removal);
    const old = this.entries.get(key);
    const bytes = bytesOf(removal);
    if (old) {
      if (this.totalBytes - old.bytes + bytes > MAX_TAB_LOG_BYTES) {
        // The record grew past the budget: keep the old one, but its state (shown or hidden) must be right.
        const kept = { ...old.removal };
        if (removal.restored) kept.restored = true;
        else delete kept.restored;
        const keptBytes = bytesOf(kept);
        this.totalBytes += keptBytes - old.bytes;
        this.entries.set(key, { removal: kept, bytes: keptBytes });
        return 'updated';
      }
      this.totalBytes += bytes - old.bytes;
      this.entries.set(key, { removal, bytes });
      return 'updated';
    }
    const inFrame = this.perFrame.get(removal.frameId) ?? 0;
    if (
      this.entries.size >= MAX_ENTRIES_PER_TAB ||
      inFrame >= MAX_ENTRIES_PER_FRAME ||
      this.totalBytes + bytes > MAX_TAB_LOG_BYTES
    ) {
      this.droppedByFrame.set(removal.frameId, (this.droppedByFrame.get(removal.frameId) ?? 0) + 1);
      return 'dropped';
    }
    this.entries.set(key, { removal, bytes });
    this.perFrame.set(removal.frameId, inFrame + 1);
    this.totalBytes += bytes;
    return 'added';
  }

  /** A frame loaded a new document: what it reported before is gone from the page. */
  dropFrame(frameId: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.removal.frameId !== frameId) continue;
      this.entries.delete(key);
      this.totalBytes -= entry.bytes;
    }
    this.perFrame.delete(frameId);
    this.droppedByFrame.delete(frameId);
  }

  removals(): TabRemoval[] {
    return [...this.entries.values()].map((e) => e.removal);
  }

  toStored(): StoredTabLog {
    return {
      removals: this.removals(),
      dropped: this.dropped,
      droppedByFrame: Object.fromEntries(this.droppedByFrame),
    };
  }
}
