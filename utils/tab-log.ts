import { storage } from '@wxt-dev/storage';
import type { Removal } from '@/lib/removal';

/** A removal as the tab log keeps it: with the frame it came from, so the popup can reach it. */
export interface TabRemoval extends Removal {
  frameId: number;
}

/** Per-tab logs live in storage.session: they outlive a stopped service worker, not the browser session. */
function tabItem(tabId: number) {
  return storage.defineItem<TabRemoval[]>(`session:tab:${tabId}`, { fallback: [] });
}

export function readTabLog(tabId: number): Promise<TabRemoval[]> {
  return tabItem(tabId).getValue();
}

export function writeTabLog(tabId: number, removals: TabRemoval[]): Promise<void> {
  return tabItem(tabId).setValue(removals);
}

export function clearTabLog(tabId: number): Promise<void> {
  return tabItem(tabId).removeValue();
}

export function watchTabLog(tabId: number, onChange: (removals: TabRemoval[]) => void): () => void {
  return tabItem(tabId).watch((v) => onChange(v ?? []));
}

/** Adds or replaces a removal (the same frame and id means an update). */
export function upsertRemoval(list: TabRemoval[], removal: TabRemoval): TabRemoval[] {
  const i = list.findIndex((r) => r.id === removal.id && r.frameId === removal.frameId);
  if (i === -1) return [...list, removal];
  const next = list.slice();
  next[i] = removal;
  return next;
}
