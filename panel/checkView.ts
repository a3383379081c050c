/**
 * The check view: findings grouped by severity and by what is wrong (a plain title, never a rule code),
 * identical findings shown once with their cells and one fix for all, every fix previewed before it is
 * written. Long lists come a page at a time. Cell text is only ever set as text (textContent), never
 * as HTML: a cell holding markup shows as what it is.
 */
import { NO_TABLE, a1, cellText, isFixable, ruleTitle, type CellValue, type FixScope, type Severity } from '../core';
import type { HostBridge, PanelFinding, PanelReport } from './bridge';
import { el, reason } from './dom';
import { PanelLang, say } from './strings';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const ICON: Record<Severity, string> = { error: '⛔', warning: '⚠', info: 'ℹ' };
/** Items shown at once in a group; "Hiện thêm" shows the next page. */
export const PAGE = 50;

/** Findings with the same rule and the same message, shown once with all their cells. */
interface Cluster {
  code: string;
  message: string;
  findings: PanelFinding[];
}

function clustersOf(findings: readonly PanelFinding[], lang: PanelLang): Cluster[] {
  const byKey = new Map<string, Cluster>();
  for (const f of findings) {
    const message = lang === 'en' ? f.messageEn : f.message;
    const key = `${f.code}\u0000${message}`;
    const c = byKey.get(key);
    if (c) c.findings.push(f);
    else byKey.set(key, { code: f.code, message, findings: [f] });
  }
  return [...byKey.values()];
}

export function mountCheckView(root: HTMLElement, bridge: HostBridge, lang: PanelLang): { refresh(): Promise<void> } {
  const canFix = !!(bridge.fix && bridge.previewFix);
  const header = el('div');
  const actions = el('div', { class: 'actions' });
  const checkButton = el('button', { type: 'button', class: 'primary', id: 'check' }, say('check', lang));
  const clearButton = el('button', { type: 'button', id: 'clear' }, say('clear', lang));
  actions.append(checkButton, clearButton);
  const fixButton = el('button', { type: 'button', id: 'fix' }, say('fix', lang));
  const undoButton = el('button', { type: 'button', id: 'undo-fix' }, say('undoFix', lang));
  if (canFix) actions.append(fixButton);
  if (bridge.undoFix) actions.append(undoButton);
  header.append(actions);
  // Indeterminate while the host works: visible, and announced through the status line.
  const busy = el('progress', { id: 'busy', class: 'busy', 'aria-label': say('busy', lang) });
  busy.hidden = true;
  const status = el('p', { role: 'status', 'aria-live': 'polite', id: 'status' });
  const problem = el('div', { id: 'problem', class: 'problem', role: 'alert' });
  problem.hidden = true;
  const previewBox = el('section', { id: 'fix-preview', class: 'fix-preview', 'aria-labelledby': 'fix-preview-title' });
  previewBox.hidden = true;
  const filters = el('div', { role: 'group', 'aria-label': say('filter', lang), class: 'filters', id: 'filters' });
  const list = el('div', { id: 'findings' });
  root.append(header, busy, status, problem, previewBox, filters, list);

  let report: PanelReport | undefined;
  let shown: Severity | 'all' = 'all';
  let working = false;
  /** Known from the host when it can say; otherwise what this pane did since it opened. */
  let undoable = false;

  const fixable = (f: PanelFinding) => f.fixable ?? isFixable(f);

  function updateControls(): void {
    checkButton.disabled = working;
    clearButton.disabled = working;
    // Before a check the preview itself says whether anything is fixable; after one, the findings do.
    fixButton.disabled = working || (!!report && report.tables !== 0 && !report.findings.some(fixable)) || report?.tables === 0;
    undoButton.hidden = !undoable;
    undoButton.disabled = working || !undoable;
    root.querySelectorAll<HTMLButtonElement>('button.fix-group').forEach((b) => (b.disabled = working));
  }

  async function work<T>(label: string, action: () => Promise<T>): Promise<T | undefined> {
    working = true;
    busy.hidden = false;
    status.textContent = label;
    updateControls();
    try {
      return await action();
    } catch (e) {
      status.textContent = say('failed', lang, { why: reason(e) });
      return undefined;
    } finally {
      working = false;
      busy.hidden = true;
      updateControls();
    }
  }

  async function learnUndoable(): Promise<void> {
    if (!bridge.canUndoFix) return;
    try {
      undoable = await bridge.canUndoFix();
    } catch {
      // Unknown: keep what this pane knows.
    }
  }

  function renderFilters(): void {
    filters.replaceChildren();
    if (!report || report.findings.length === 0) return;
    const options: Array<[Severity | 'all', string, number]> = [
      ['all', say('all', lang), report.findings.length],
      ...SEVERITIES.map((s) => [s, say(s, lang), report!.summary[s]] as [Severity, string, number]),
    ];
    for (const [value, label, count] of options) {
      const b = el('button', { type: 'button', 'aria-pressed': String(shown === value), 'data-severity': value }, `${label} (${count})`);
      // A filter that would show nothing is not offered as if it would.
      b.disabled = count === 0 && value !== 'all' && shown !== value;
      b.addEventListener('click', () => {
        shown = value;
        render();
      });
      filters.append(b);
    }
  }

  /** One finding as a button that selects its cell; its accessible name holds the message. */
  function findingButton(f: PanelFinding, withMessage: boolean): HTMLButtonElement {
    const message = lang === 'en' ? f.messageEn : f.message;
    let name = say('findingName', lang, { severity: say(f.severity, lang), cell: f.cell, message });
    if (fixable(f)) name += ` (${say('fixable', lang)})`;
    const button = el('button', { type: 'button', class: `finding ${f.severity}`, 'aria-label': name, title: say('codeLine', lang, { code: f.code }) });
    button.append(el('span', { class: 'cell' }, `${ICON[f.severity]} ${f.cell}`));
    if (withMessage) button.append(el('span', { class: 'message' }, message));
    if (fixable(f) && withMessage) button.append(el('span', { class: 'badge' }, say('fixable', lang)));
    button.addEventListener('click', () => void bridge.select(f.sheet, f.cell));
    return button;
  }

  function fixGroupButton(findings: readonly PanelFinding[], text: string): HTMLButtonElement {
    const b = el('button', { type: 'button', class: 'fix-group' }, text);
    b.disabled = working;
    b.addEventListener('click', () => void startFix({ findings: findings.map((f) => ({ code: f.code, row: f.row, column: f.column })) }));
    return b;
  }

  /** A list that shows `PAGE` items, then a button for the next page. */
  function paged<T>(ul: HTMLElement, items: readonly T[], item: (x: T) => HTMLElement): void {
    let done = 0;
    const more = el('button', { type: 'button', class: 'more' });
    const next = () => {
      const end = Math.min(items.length, done + PAGE);
      const frag = document.createDocumentFragment();
      for (let i = done; i < end; i++) frag.append(item(items[i]));
      ul.append(frag);
      done = end;
      const left = items.length - done;
      if (left > 0) {
        more.textContent = say('more', lang, { n: Math.min(PAGE, left), left });
        ul.after(more);
      } else more.remove();
    };
    more.addEventListener('click', () => {
      const focusAt = done;
      next();
      // Focus moves to the first new item, so a keyboard user continues where the list grew.
      ul.children[focusAt]?.querySelector<HTMLElement>('button')?.focus();
    });
    next();
  }

  function renderCluster(c: Cluster): HTMLElement {
    const first = c.findings[0];
    const li = el('li');
    if (c.findings.length === 1) {
      li.append(findingButton(first, true));
      if (canFix && fixable(first)) li.append(fixGroupButton(c.findings, say('fixOne', lang)));
      return li;
    }
    // Identical findings: the message once, how many cells, one fix for all, the cells on request.
    li.className = `cluster ${first.severity}`;
    const n = c.findings.length;
    const head = el('p', { class: 'cluster-message' });
    head.append(el('strong', {}, `${ICON[first.severity]} ${say('sameIn', lang, { n })}: `), el('span', { class: 'message' }, c.message));
    li.append(head);
    const allFixable = c.findings.every(fixable);
    if (allFixable) head.append(el('span', { class: 'badge' }, say('fixable', lang)));
    if (canFix && allFixable) li.append(fixGroupButton(c.findings, say('fixAll', lang, { n })));
    const cells = el('details', { class: 'cells' });
    cells.append(el('summary', {}, `${say('showCells', lang)} (${n})`));
    const ul = el('ul');
    cells.append(ul);
    // Cells are built when first opened: a cluster of thousands costs nothing until looked at.
    cells.addEventListener('toggle', () => {
      if (cells.open && ul.childElementCount === 0)
        paged(ul, c.findings, (f) => {
          const item = el('li');
          item.append(findingButton(f, false));
          return item;
        });
    });
    li.append(cells);
    return li;
  }

  function renderProblem(): void {
    problem.replaceChildren();
    problem.hidden = !(report && report.tables === 0);
    if (problem.hidden) return;
    problem.append(el('h2', {}, `⛔ ${say('noTableTitle', lang)}`), el('p', {}, `${NO_TABLE[lang]}.`), el('p', {}, say('noTableWhat', lang)));
  }

  function render(): void {
    renderProblem();
    renderFilters();
    list.replaceChildren();
    if (!report || report.tables === 0) return;
    if (report.findings.length === 0) {
      list.append(el('p', { class: 'empty' }, say('none', lang)));
      return;
    }
    for (const s of SEVERITIES) {
      if (shown !== 'all' && shown !== s) continue;
      const ofSeverity = report.findings.filter((f) => f.severity === s);
      if (ofSeverity.length === 0) continue;
      const section = el('section', { class: `severity ${s}` });
      section.append(el('h2', {}, `${ICON[s]} ${say(s, lang)} (${ofSeverity.length})`));
      const byCode = new Map<string, PanelFinding[]>();
      for (const f of ofSeverity) {
        const g = byCode.get(f.code);
        if (g) g.push(f);
        else byCode.set(f.code, [f]);
      }
      for (const [code, ofCode] of byCode) {
        const group = el('details', { open: '', class: 'group', 'data-code': code });
        const summary = el('summary', { title: say('codeLine', lang, { code }) }, `${ruleTitle(code, lang)} (${ofCode.length})`);
        group.append(summary);
        const clusters = clustersOf(ofCode, lang);
        if (canFix && clusters.length > 1 && ofCode.length > 1 && ofCode.every(fixable))
          group.append(fixGroupButton(ofCode, say('fixAll', lang, { n: ofCode.length })));
        const ul = el('ul');
        group.append(ul);
        paged(ul, clusters, renderCluster);
        section.append(group);
      }
      list.append(section);
    }
  }

  const shownValue = (v: CellValue) => (cellText(v).trim() === '' ? say('emptyCell', lang) : cellText(v));

  async function startFix(scope: FixScope): Promise<void> {
    const preview = await work(say('preparing', lang), () => bridge.previewFix!(scope));
    if (!preview) return;
    status.textContent = '';
    previewBox.replaceChildren();
    previewBox.hidden = false;
    const n = preview.edits.length;
    const title = el('h2', { id: 'fix-preview-title', tabindex: '-1' }, n ? say('fixPreviewTitle', lang, { n }) : say('fixPreviewNone', lang));
    previewBox.append(title);
    const changes = el('ol', { class: 'changes', 'aria-label': title.textContent ?? '' });
    for (const e of preview.edits) {
      const li = el('li');
      li.append(
        el('strong', {}, `${a1(e.row, e.column)}: `),
        el('span', { class: 'before' }, shownValue(e.before)),
        el('span', { class: 'arrow', 'aria-label': say('becomes', lang) }, ' → '),
        el('span', { class: 'after' }, shownValue(e.after)),
      );
      changes.append(li);
    }
    if (n) previewBox.append(changes);
    const buttons = el('div', { class: 'actions' });
    const confirm = el('button', { type: 'button', class: 'primary', id: 'confirm-fix' }, say('confirmFix', lang, { n }));
    const cancel = el('button', { type: 'button', id: 'cancel-fix' }, say('cancel', lang));
    if (n) buttons.append(confirm);
    buttons.append(cancel);
    previewBox.append(buttons);
    title.focus();
    cancel.addEventListener('click', () => {
      previewBox.hidden = true;
      previewBox.replaceChildren();
      status.textContent = n ? say('cancelled', lang) : '';
      fixButton.focus();
    });
    confirm.addEventListener(
      'click',
      () =>
        void (async () => {
          confirm.disabled = true;
          cancel.disabled = true;
          const written = await work(say('fixing', lang), () => bridge.fix!(scope));
          if (written === undefined) {
            confirm.disabled = false;
            cancel.disabled = false;
            return;
          }
          undoable = written > 0 || undoable;
          // The heading says what happened, not what would.
          title.textContent = say('fixDoneTitle', lang, { n: written });
          buttons.replaceChildren(cancel);
          cancel.disabled = false;
          cancel.textContent = say('close', lang);
          await refresh();
          status.textContent = say('fixed', lang, { n: written });
        })(),
    );
  }

  async function refresh(): Promise<void> {
    const got = await work(say('checking', lang), async () => {
      const r = await bridge.check();
      if (r.undoable !== undefined) undoable = r.undoable;
      else await learnUndoable();
      return r;
    });
    if (got) {
      report = got;
      const s = got.summary;
      status.textContent =
        got.tables === 0
          ? `${say('sheet', lang)} “${got.sheet}”: ${say('noTableTitle', lang).toLowerCase()}`
          : `${say('sheet', lang)} “${got.sheet}”: ${s.error} ${say('error', lang).toLowerCase()}, ${s.warning} ${say('warning', lang).toLowerCase()}, ${s.info} ${say('info', lang).toLowerCase()}`;
      checkButton.textContent = say('checkAgain', lang);
    }
    render();
    updateControls();
  }

  checkButton.addEventListener('click', () => void refresh());
  clearButton.addEventListener(
    'click',
    () =>
      void work(say('loading', lang), async () => {
        const n = await bridge.clear();
        status.textContent = say('cleared', lang, { n });
      }).then(() => undefined),
  );
  fixButton.addEventListener('click', () => void startFix({}));
  undoButton.addEventListener(
    'click',
    () =>
      void (async () => {
        const n = await work(say('undoing', lang), () => bridge.undoFix!());
        if (n === undefined) return;
        undoable = false;
        if (n === 0) {
          // Several runs may be kept (an undone run whose cells were all edited since writes nothing): ask again.
          await learnUndoable();
          status.textContent = say('nothingToUndo', lang);
          updateControls();
          return;
        }
        previewBox.hidden = true;
        await refresh();
        status.textContent = say('undone', lang, { n });
      })(),
  );
  updateControls();
  void learnUndoable().then(updateControls);
  return { refresh };
}
