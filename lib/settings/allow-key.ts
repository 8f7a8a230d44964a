import type { Removal } from '../removal';
import { ALLOW_RULE_PREFIX } from './types';

/** What "Always show on this site" stores for a removal: its rule, or for the detector its element path. */
export function allowKeyFor(r: Pick<Removal, 'source' | 'rule' | 'selector'>): string {
  return r.source === 'detector' || r.source === 'backdrop' ? r.selector : `${ALLOW_RULE_PREFIX}${r.rule}`;
}
