import { HIDDEN_ATTR, SEEN_ANIMATION, SHOWN_ATTR } from './attributes';

/**
 * Known banners are pre-hidden, not removed from layout: they stay measurable, so a banner
 * that its platform never shows is not reported. The animation is a signal: its
 * `animationstart` fires when the element is actually rendered.
 */
const PREHIDE_DECLARATIONS = `{opacity:0!important;visibility:hidden!important;pointer-events:none!important;animation:${SEEN_ANIMATION} 1ms!important}`;

/** Each selector gets its own rule so that one a browser rejects does not take others with it. */
export function prehideCss(selectors: readonly string[]): string {
  const rules = selectors.map((s) => `${s}:not([${SHOWN_ATTR}])${PREHIDE_DECLARATIONS}`);
  return `@keyframes ${SEEN_ANIMATION}{from{opacity:0}to{opacity:0}}\n${rules.join('\n')}`;
}

/** The rule that keeps confirmed removals out of layout. */
export const HIDDEN_CSS = `[${HIDDEN_ATTR}]:not([${SHOWN_ATTR}]){display:none!important}`;
