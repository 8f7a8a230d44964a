import type { TabRemoval } from '@/utils/tab-log';

export interface RemovalActions {
  onShowAgain: (r: TabRemoval) => void;
  onHideAgain: (r: TabRemoval) => void;
  onAlwaysShow: (r: TabRemoval) => void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  // Page text is untrusted: it only ever goes in as text, never as markup.
  if (text !== undefined) node.textContent = text;
  return node;
}

export function reasonOf(r: TabRemoval): string {
  if (r.source === 'detector') {
    const top = (r.signals ?? []).filter((s) => s.startsWith('+')).slice(0, 3);
    return `Score ${r.score ?? '?'}: ${top.join('; ')}`;
  }
  if (r.source === 'user-rule') return `Your rule ${r.rule}`;
  return `Known platform, rule “${r.rule}”`;
}

/** One removal as a list item: what, why, a text snippet, where, and what the user can do. */
export function renderRemoval(doc: Document, r: TabRemoval, actions: RemovalActions, allowed: boolean): HTMLLIElement {
  const li = el(doc, 'li');
  if (r.restored) li.classList.add('restored');
  const title = el(doc, 'div', 'item-title');
  title.append(el(doc, 'span', '', r.label));
  if (r.restored) title.append(el(doc, 'span', 'muted', 'shown again'));
  li.append(title);
  li.append(el(doc, 'p', 'item-why', reasonOf(r)));
  if (r.cleanups?.length) li.append(el(doc, 'p', 'item-why', `Also: ${r.cleanups.join(', ')}`));
  if (r.text) li.append(el(doc, 'p', 'item-text', `“${r.text}”`));
  const where = r.inFrame ? `${r.selector} · in a frame from ${r.frameHost}` : r.selector;
  li.append(el(doc, 'p', 'item-meta', where));
  const buttons = el(doc, 'div', 'item-actions');
  if (r.restored) {
    const hide = el(doc, 'button', '', 'Hide again');
    hide.type = 'button';
    hide.addEventListener('click', () => actions.onHideAgain(r));
    buttons.append(hide);
    if (!allowed) {
      const always = el(doc, 'button', '', 'Always show on this site');
      always.type = 'button';
      always.addEventListener('click', () => actions.onAlwaysShow(r));
      buttons.append(always);
    } else {
      buttons.append(el(doc, 'span', 'muted', 'Always shown on this site'));
    }
  } else {
    const show = el(doc, 'button', '', 'Show again');
    show.type = 'button';
    show.setAttribute('aria-label', `Show again: ${r.label}`);
    show.addEventListener('click', () => actions.onShowAgain(r));
    buttons.append(show);
  }
  li.append(buttons);
  return li;
}
