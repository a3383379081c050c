/**
 * The check view: findings grouped by severity and rule, with counts, filters and cell selection.
 * Cell text is only ever set as text (textContent), never as HTML: a cell holding markup shows as
 * what it is.
 */
import type { Finding, Severity } from '../core';
import type { HostBridge, PanelReport } from './bridge';
import { el, reason } from './dom';
import { PanelLang, say } from './strings';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const ICON: Record<Severity, string> = { error: '⛔', warning: '⚠', info: 'ℹ' };

export function mountCheckView(root: HTMLElement, bridge: HostBridge, lang: PanelLang): { refresh(): Promise<void> } {
  const header = el('div');
  const actions = el('div', { class: 'actions' });
  const checkButton = el('button', { type: 'button', class: 'primary', id: 'check' }, say('check', lang));
  const clearButton = el('button', { type: 'button', id: 'clear' }, say('clear', lang));
  actions.append(checkButton, clearButton);
  if (bridge.fix && bridge.undoFix) {
    const fixButton = el('button', { type: 'button', id: 'fix' }, say('fix', lang));
    const undoButton = el('button', { type: 'button', id: 'undo-fix' }, say('undoFix', lang));
    fixButton.addEventListener('click', () =>
      guard(async () => {
        const n = await bridge.fix!(false);
        await refresh();
        status.textContent = say('fixed', lang, { n });
      }),
    );
    undoButton.addEventListener('click', () =>
      guard(async () => {
        const n = await bridge.undoFix!();
        await refresh();
        status.textContent = say('undone', lang, { n });
      }),
    );
    actions.append(fixButton, undoButton);
  }
  header.append(actions);
  const status = el('p', { role: 'status', 'aria-live': 'polite', id: 'status' });
  const filters = el('div', { role: 'group', 'aria-label': say('filter', lang), class: 'filters', id: 'filters' });
  const list = el('div', { id: 'findings' });
  root.append(header, status, filters, list);

  let report: PanelReport | undefined;
  let shown: Severity | 'all' = 'all';

  function renderFilters(): void {
    filters.replaceChildren();
    if (!report) return;
    const options: Array<[Severity | 'all', string, number]> = [
      ['all', say('all', lang), report.findings.length],
      ...SEVERITIES.map((s) => [s, say(s, lang), report!.summary[s]] as [Severity, string, number]),
    ];
    for (const [value, label, count] of options) {
      const b = el('button', { type: 'button', 'aria-pressed': String(shown === value), 'data-severity': value }, `${label} (${count})`);
      b.addEventListener('click', () => {
        shown = value;
        render();
      });
      filters.append(b);
    }
  }

  function renderFinding(f: Finding): HTMLElement {
    const item = el('li');
    const button = el('button', { type: 'button', class: `finding ${f.severity}`, 'aria-label': `${say(f.severity, lang)}: ${say('goTo', lang, { cell: f.cell })}` });
    const where = el('span', { class: 'cell' }, `${ICON[f.severity]} ${f.cell}`);
    const text = el('span', { class: 'message' }, lang === 'en' ? f.messageEn : f.message);
    button.append(where, text);
    button.addEventListener('click', () => void bridge.select(f.sheet, f.cell));
    item.append(button);
    return item;
  }

  function render(): void {
    renderFilters();
    list.replaceChildren();
    if (!report) return;
    if (report.findings.length === 0) {
      list.append(el('p', { class: 'empty' }, say('none', lang)));
      return;
    }
    // Grouped by severity, then by rule, with counts.
    for (const s of SEVERITIES) {
      if (shown !== 'all' && shown !== s) continue;
      const ofSeverity = report.findings.filter((f) => f.severity === s);
      if (ofSeverity.length === 0) continue;
      const section = el('section', { class: `severity ${s}` });
      section.append(el('h2', {}, `${ICON[s]} ${say(s, lang)} (${ofSeverity.length})`));
      const codes = [...new Set(ofSeverity.map((f) => f.code))];
      for (const code of codes) {
        const ofCode = ofSeverity.filter((f) => f.code === code);
        const group = el('details', { open: '' });
        group.append(el('summary', {}, `${code} (${ofCode.length})`));
        const ul = el('ul');
        for (const f of ofCode) ul.append(renderFinding(f));
        group.append(ul);
        section.append(group);
      }
      list.append(section);
    }
  }

  async function refresh(): Promise<void> {
    status.textContent = say('checking', lang);
    checkButton.disabled = true;
    try {
      report = await bridge.check();
      status.textContent = `${say('sheet', lang)} “${report.sheet}”: ${report.summary.error} ${say('error', lang).toLowerCase()}, ${report.summary.warning} ${say('warning', lang).toLowerCase()}, ${report.summary.info} ${say('info', lang).toLowerCase()}`;
      checkButton.textContent = say('checkAgain', lang);
    } catch (e) {
      status.textContent = say('failed', lang, { why: reason(e) });
    } finally {
      checkButton.disabled = false;
    }
    render();
  }

  checkButton.addEventListener('click', () => void refresh());
  clearButton.addEventListener('click', () =>
    guard(async () => {
      const n = await bridge.clear();
      status.textContent = say('cleared', lang, { n });
    }),
  );
  /** A host call that fails says why in the status line, never silently. */
  async function guard(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (e) {
      status.textContent = say('failed', lang, { why: reason(e) });
    }
  }
  return { refresh };
}
