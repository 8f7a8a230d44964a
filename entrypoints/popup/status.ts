import { byId } from '@/utils/ui/dom';

/** Says what just happened in the live status line (read out by screen readers). */
export function announce(text: string, error = false): void {
  const status = byId('status');
  status.textContent = text;
  status.classList.toggle('error', error);
}

/** Offers to reload the tab, where there is one: settings apply from the next page load. */
export function showReloadHint(show: boolean): void {
  byId('reload-hint').hidden = !show;
}
