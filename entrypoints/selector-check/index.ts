import { checkUserSelector } from '@/lib/rules/check-user-selector';

/** Where the popup finds the check, in this extension's isolated world only. */
export const SELECTOR_CHECK_GLOBAL = '__unbannerCheckSelector';

/**
 * Injected by the popup into a tab's top frame when the user adds a rule: would this selector
 * hide the whole page or its main content here, and how many elements does it hide? Kept out of
 * the content script that runs in every frame, which never needs it.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[SELECTOR_CHECK_GLOBAL] = (selector: unknown) =>
    typeof selector === 'string' && selector.length <= 500 ? checkUserSelector(document, selector) : null;
});
