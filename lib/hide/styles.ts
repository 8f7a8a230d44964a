import type { Marks } from './attributes';

/**
 * Known banners are pre-hidden, not removed from layout: they stay measurable, so a banner
 * that its platform never shows is not reported. The animation is a signal: its
 * `animationstart` fires when the element is actually rendered.
 */
function prehideDeclarations(marks: Marks): string {
  // No transitions while pre-hidden: one the page set would run (and paint) when a look at the
  // element (RuleWatcher.wouldBeShown) puts the pre-hide back, as transitions override !important.
  return `{opacity:0!important;visibility:hidden!important;pointer-events:none!important;transition:none!important;animation:${marks.seen} 1ms!important}`;
}

export function seenKeyframes(marks: Marks): string {
  return `@keyframes ${marks.seen}{from{opacity:0}to{opacity:0}}`;
}

/**
 * One CSS rule per selector, each inserted on its own (see PageStyle): a selector the browser
 * rejects, or one left open, takes no other rule with it.
 */
export function prehideRule(selector: string, marks: Marks): string {
  return `${selector}:not([${marks.shown}])${prehideDeclarations(marks)}`;
}

/**
 * All selectors in one rule: parsed in one go instead of one insertion per selector (most of
 * the stylesheet's cost at document start). Only for selectors already known to parse and to
 * close all they open; if the browser still refuses it, the caller falls back to one rule each.
 */
export function prehideListRule(selectors: readonly string[], marks: Marks): string {
  const shown = `:not([${marks.shown}])`;
  return `${selectors.map((s) => s + shown).join(',')}${prehideDeclarations(marks)}`;
}

/**
 * The rule that keeps confirmed removals out of layout. No transitions: a transition overrides
 * !important, and a dialog whose style transitions display (`transition: display .3s
 * allow-discrete`, as exits are written now) would stay drawn until its transition ended.
 */
export function hiddenRule(marks: Pick<Marks, 'hidden' | 'shown'>): string {
  return `[${marks.hidden}]:not([${marks.shown}]){display:none!important;transition:none!important}`;
}
