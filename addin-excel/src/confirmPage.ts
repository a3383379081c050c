/**
 * The ribbon's fix confirmation, as the dialog draws it: the title, the count, the changes (cell:
 * before → after), and Áp dụng / Hủy. Every text goes in with textContent (cell values are never
 * markup) and nothing is styled inline, so the page runs under a strict CSP.
 */
import type { ConfirmPage } from './ribbonFix';

export function renderConfirm(doc: Document, page: ConfirmPage, choose: (answer: 'apply' | 'cancel') => void): void {
  doc.documentElement.lang = page.lang;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attrs: Record<string, string> = {}) => {
    const e = doc.createElement(tag);
    e.textContent = text;
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  };
  const box = el('section', '', { class: 'ribbon-confirm', 'aria-labelledby': 'confirm-title' });
  const list = el('ul', '', { id: 'confirm-list' });
  for (const line of page.lines) list.append(el('li', line));
  const apply = el('button', page.apply, { id: 'confirm-apply', type: 'button' });
  const cancel = el('button', page.cancel, { id: 'confirm-cancel', type: 'button' });
  let answered = false;
  const answer = (a: 'apply' | 'cancel') => {
    if (answered) return;
    answered = true;
    apply.disabled = true;
    cancel.disabled = true;
    choose(a);
  };
  apply.addEventListener('click', () => answer('apply'));
  cancel.addEventListener('click', () => answer('cancel'));
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') answer('cancel');
  });
  box.append(el('h1', page.title, { id: 'confirm-title' }), el('p', page.count, { id: 'confirm-count' }), list);
  if (page.more) box.append(el('p', page.more, { id: 'confirm-more' }));
  const actions = el('p', '', { class: 'actions' });
  actions.append(apply, cancel);
  box.append(actions);
  doc.body.append(box);
  cancel.focus();
}
