import type { Removal } from '../removal';
import { MAX_SELECTOR } from './normalise';
import { ALLOW_RULE_PREFIX } from './types';

/** What "Always show on this site" stores for a removal: its rule, or for the detector its element path. */
export function allowKeyFor(r: Pick<Removal, 'source' | 'rule' | 'selector'>): string {
  return r.source === 'detector' || r.source === 'backdrop' ? r.selector : `${ALLOW_RULE_PREFIX}${r.rule}`;
}

/**
 * Whether "Always show" can be stored for a removal: not when its rule or path was cut on the
 * way (lib/removal.ts, FIELD_LIMIT) or is longer than a stored entry may be (MAX_SELECTOR), since
 * the entry would match nothing or be dropped when the settings are saved.
 */
export function canAllow(r: Pick<Removal, 'source' | 'rule' | 'selector' | 'truncated'>): boolean {
  return !r.truncated && allowKeyFor(r).length <= MAX_SELECTOR;
}
