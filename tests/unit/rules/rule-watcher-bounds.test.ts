import { describe, expect, it } from 'vitest';
import { MAX_PENDING, RuleWatcher } from '@/lib/rules/rule-watcher';

describe('RuleWatcher bounds', () => {
  it('watches at most MAX_PENDING pre-hidden elements that a page adds and never shows', () => {
    // happy-dom lays nothing out: every matched element is "not rendered yet", so each would wait.
    document.body.innerHTML = '<div class="promo">x</div>'.repeat(MAX_PENDING * 5);
    const hits: Element[] = [];
    const watcher = new RuleWatcher(document, window, (el) => hits.push(el));
    watcher.start([{ source: 'user-rule', label: 'Your rule', rule: '.promo', selectors: ['.promo'] }]);
    watcher.scan(document);
    expect(hits).toEqual([]);
    expect(watcher.pendingCount).toBe(MAX_PENDING);
    watcher.stop();
  });

  it('gives each selector of a list its own rule, and leaves out one that is not closed', () => {
    document.body.innerHTML = '<div id="promo">x</div><div id="ad">y</div>';
    const watcher = new RuleWatcher(document, window, () => undefined);
    watcher.start([
      { source: 'user-rule', label: 'Your rule', rule: 'div[data-x', selectors: ['div[data-x'] },
      { source: 'user-rule', label: 'Your rule', rule: '#promo, #ad', selectors: ['#promo, #ad'] },
    ]);
    expect(watcher.covers(document.getElementById('promo') as Element)).toBe(true);
    expect(watcher.covers(document.getElementById('ad') as Element)).toBe(true);
    // `div[data-x` would have named every div (querySelector closes it): it was refused.
    document.body.insertAdjacentHTML('beforeend', '<div id="other" data-x>z</div>');
    expect(watcher.covers(document.getElementById('other') as Element)).toBe(false);
    watcher.stop();
  });
});
