import { storage } from '@wxt-dev/storage';
import { BoundedTabLog, type StoredTabLog, type TabRemoval } from '@/utils/bounded-tab-log';

export type { StoredTabLog, TabRemoval } from '@/utils/bounded-tab-log';

/**
 * Per-tab logs live in storage.session: they outlive a stopped service worker, not the browser
 * session. Stored as `StoredTabLog` (`{ removals, dropped, droppedByFrame }`); older versions
 * stored the bare array, which readers still accept.
 */
function tabItem(tabId: number) {
  return storage.defineItem<StoredTabLog | TabRemoval[] | null>(`session:tab:${tabId}`, { fallback: null });
}

/** What the popup shows: the listed removals and how many more were left out for the limits. */
export interface TabLogView {
  removals: TabRemoval[];
  dropped: number;
}

function view(stored: unknown): TabLogView {
  const log = BoundedTabLog.from(stored);
  return { removals: log.removals(), dropped: log.dropped };
}

export async function readTabLogView(tabId: number): Promise<TabLogView> {
  return view(await tabItem(tabId).getValue());
}

export async function readTabLog(tabId: number): Promise<TabRemoval[]> {
  return (await readTabLogView(tabId)).removals;
}

export function clearTabLog(tabId: number): Promise<void> {
  return tabItem(tabId).removeValue();
}

/** Calls back with the removals and, second, the number left out ("and N more"). */
export function watchTabLog(
  tabId: number,
  onChange: (removals: TabRemoval[], dropped: number) => void,
): () => void {
  return tabItem(tabId).watch((v) => {
    const next = view(v);
    onChange(next.removals, next.dropped);
  });
}

/**
 * The background's side: every tab's log in memory (read from storage once per worker life),
 * changed in the order reports arrive, and written back with at most one write in flight and
 * one pending per tab, so a flood of reports costs a bounded write now and then, not one each.
 */
export class TabLogKeeper {
  private readonly logs = new Map<number, Promise<BoundedTabLog>>();
  private readonly flushing = new Map<number, { dirty: boolean; done: Promise<void> }>();

  constructor(private readonly written: (tabId: number, log: TabLogView) => Promise<void> = async () => {}) {}

  /** Every change awaits the same load, so changes apply in arrival order and none is lost. */
  private load(tabId: number): Promise<BoundedTabLog> {
    let log = this.logs.get(tabId);
    if (!log) {
      log = tabItem(tabId)
        .getValue()
        .then(BoundedTabLog.from, () => new BoundedTabLog());
      this.logs.set(tabId, log);
    }
    return log;
  }

  async report(tabId: number, removal: TabRemoval): Promise<void> {
    const log = await this.load(tabId);
    log.add(removal);
    return this.flush(tabId, log);
  }

  /** A frame started a new document: the top frame empties the tab's log, a sub-frame its own entries. */
  async frameStarted(tabId: number, frameId: number): Promise<void> {
    const loading = this.load(tabId);
    if (frameId === 0) {
      const fresh = new BoundedTabLog();
      // Reports queued behind the load belong to the page before; later ones to the fresh log.
      this.logs.set(tabId, Promise.resolve(fresh));
      await loading;
      return this.flush(tabId, fresh);
    }
    const log = await loading;
    log.dropFrame(frameId);
    return this.flush(tabId, log);
  }

  async closed(tabId: number): Promise<void> {
    this.logs.delete(tabId);
    await this.flushing.get(tabId)?.done;
    await clearTabLog(tabId);
  }

  /** Resolves once the log as it is now has been written. */
  private flush(tabId: number, log: BoundedTabLog): Promise<void> {
    const pending = this.flushing.get(tabId);
    if (pending) {
      pending.dirty = true;
      return pending.done;
    }
    const state = { dirty: true, done: Promise.resolve() };
    this.flushing.set(tabId, state);
    state.done = (async () => {
      try {
        while (state.dirty) {
          state.dirty = false;
          const current = await this.logs.get(tabId);
          if (current !== log) {
            // Closed, or the top frame started over: that change flushes its own log.
            if (!current) return;
            log = current;
          }
          const stored = log.toStored();
          await tabItem(tabId).setValue(stored);
          await this.written(tabId, { removals: stored.removals, dropped: stored.dropped }).catch(
            () => undefined,
          );
        }
      } finally {
        this.flushing.delete(tabId);
      }
    })();
    return state.done;
  }
}
