/**
 * The consolidation view: returned files picked or dropped, read here, merged with core into a
 * preview (who sent each, matched and unmatched rows, conflicts, counts by status), then applied to
 * the open workbook by the host in one reversible write.
 */
import { ConsolidationPlan, ConsolidationResult, ReturnInput, appendixSheet, consolidate, consolidationOptions, consolidationPlan, figuresOf } from '../core';
import type { HostBridge } from './bridge';
import { el, reason } from './dom';
import { ReadReturn, SPREADSHEET_EXTENSIONS, isSpreadsheetName, readReturn } from './returnFiles';
import { PanelLang, say } from './strings';

interface Picked {
  file: string;
  read: ReadReturn;
  /** The sender as the person typed it; empty means "work it out". */
  unit: HTMLInputElement;
}

export function mountConsolidateView(root: HTMLElement, bridge: HostBridge, lang: PanelLang): { addFiles(files: ArrayLike<File>): Promise<void> } {
  const input = el('input', {
    type: 'file',
    id: 'return-files',
    multiple: '',
    accept: `${SPREADSHEET_EXTENSIONS.join(',')},application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet,text/csv`,
  });
  const drop = el('div', { class: 'drop', id: 'drop' });
  // The native input is hidden (it would keep saying "No file chosen"); its label is the button, and
  // the list below says what was picked.
  const label = el('label', { for: 'return-files', class: 'pick' }, say('pickFiles', lang));
  drop.append(label, input, el('span', { class: 'hint' }, ` ${say('dropHere', lang)}`));
  const busy = el('progress', { class: 'busy', id: 'consolidate-busy', 'aria-label': say('busy', lang) });
  busy.hidden = true;
  const files = el('ul', { id: 'return-list', class: 'files' });
  const previewButton = el('button', { type: 'button', class: 'primary', id: 'preview' }, say('preview', lang));
  const applyButton = el('button', { type: 'button', id: 'apply' }, say('apply', lang));
  const undoButton = el('button', { type: 'button', id: 'undo-consolidate' }, say('undoConsolidate', lang));
  applyButton.disabled = true;
  // Offered once this pane has written something it can take back.
  undoButton.hidden = true;
  const actions = el('div', { class: 'actions' });
  actions.append(previewButton, applyButton);
  if (bridge.undoConsolidation) actions.append(undoButton);
  const status = el('p', { role: 'status', 'aria-live': 'polite', id: 'consolidate-status' });
  const preview = el('div', { id: 'consolidate-preview' });
  const count = el('p', { class: 'picked-count', id: 'picked-count' });
  root.append(el('p', { class: 'hint' }, say('consolidateIntro', lang)), drop, count, files, actions, busy, status, preview);

  const picked: Picked[] = [];
  let plan: ConsolidationPlan | undefined;

  async function addFiles(list: ArrayLike<File>): Promise<void> {
    const all = Array.from(list);
    busy.hidden = false;
    busy.max = Math.max(1, all.length);
    busy.value = 0;
    for (const f of all) {
      status.textContent = say('readingFile', lang, { file: f.name });
      const read: ReadReturn = isSpreadsheetName(f.name)
        ? await readReturn(f.name, new Uint8Array(await f.arrayBuffer()), lang)
        : { ok: false, file: f.name, why: say('notXlsxName', lang) };
      const existing = picked.findIndex((p) => p.file === f.name);
      const unit = el('input', {
        type: 'text',
        class: 'unit',
        'aria-label': `${say('senders', lang)}: ${f.name}`,
        placeholder: say('senderPlaceholder', lang),
      });
      const entry = { file: f.name, read, unit };
      if (existing >= 0) picked[existing] = entry;
      else picked.push(entry);
      busy.value += 1;
    }
    busy.hidden = true;
    status.textContent = '';
    plan = undefined;
    applyButton.disabled = true;
    renderFiles();
  }

  function renderFiles(): void {
    files.replaceChildren();
    count.textContent = picked.length ? say('pickedCount', lang, { n: picked.length }) : say('nonePicked', lang);
    previewButton.disabled = !picked.some((p) => p.read.ok);
    for (const p of picked) {
      const li = el('li', { class: p.read.ok ? 'ok' : 'bad' });
      li.append(
        el(
          'span',
          {},
          p.read.ok ? `✓ ${say('fileRead', lang, { file: p.file, rows: p.read.rows })}` : `✗ ${say('fileFailed', lang, { file: p.file, why: p.read.why })}`,
        ),
      );
      const remove = el('button', { type: 'button', class: 'remove', 'aria-label': say('removeFile', lang, { file: p.file }) }, '✕');
      remove.addEventListener('click', () => {
        picked.splice(picked.indexOf(p), 1);
        plan = undefined;
        applyButton.disabled = true;
        preview.replaceChildren();
        renderFiles();
        status.textContent = say('removedFile', lang, { file: p.file });
        (files.querySelector<HTMLButtonElement>('button.remove') ?? label).focus();
      });
      li.append(remove);
      if (p.read.ok) li.append(p.unit);
      files.append(li);
    }
  }

  async function runPreview(): Promise<void> {
    const inputs: ReturnInput[] = picked.flatMap((p) => (p.read.ok ? [{ ...p.read.input, unit: p.unit.value.trim() || undefined }] : []));
    if (inputs.length === 0) {
      status.textContent = say('noReturns', lang);
      return;
    }
    const open = await bridge.openWorkbook!();
    const master = appendixSheet(open.grids, open.active);
    if (!master) {
      status.textContent = say('noMaster', lang);
      return;
    }
    const result = consolidate(master, inputs, consolidationOptions(open.grids, {}, new Date()));
    if (!result) {
      status.textContent = say('noMaster', lang);
      return;
    }
    plan = consolidationPlan(master, result);
    renderPreview(result);
    status.textContent = say('cellsToWrite', lang, { n: plan.edits.length });
    applyButton.disabled = false;
  }

  function renderPreview(result: ConsolidationResult): void {
    preview.replaceChildren();
    preview.append(el('h2', {}, say('previewTitle', lang, { sheet: result.sheet })));
    const senders = el('ul', { class: 'senders', 'aria-label': say('senders', lang) });
    for (const s of result.senders) senders.append(el('li', {}, say('senderHow', lang, { file: s.file, unit: s.unit })));
    preview.append(el('h3', {}, say('senders', lang)), senders);
    const count = (code: string) => result.findings.filter((f) => f.code === code).length;
    const matched = result.tasks.filter((t) => t.reports.length > 0).length;
    const facts = el('ul', { class: 'facts' });
    facts.append(
      el('li', {}, say('matched', lang, { n: matched })),
      el('li', {}, say('unmatched', lang, { n: count('consolidate.row_unmatched') })),
      el('li', {}, say('conflicts', lang, { n: count('consolidate.status_conflict') })),
    );
    preview.append(facts);
    // Core's figures, in core's words (the CLI and the Tổng hợp sheet show the same); native progress bars (no inline styles under the CSP).
    const total = Math.max(1, result.tasks.length);
    const table = el('table', { class: 'counts' });
    table.append(el('caption', {}, say('byStatus', lang)));
    for (const f of figuresOf(result.summary)) {
      const tr = el('tr', { 'data-figure': f.id });
      const bar = el('progress', { max: String(total), value: String(f.n), 'aria-hidden': 'true' });
      const td = el('td');
      td.append(bar);
      tr.append(el('th', { scope: 'row' }, f.label[lang]), el('td', { class: 'n' }, String(f.n)), td);
      table.append(tr);
    }
    preview.append(table);
    if (result.findings.length) {
      const details = el('details', { open: '' });
      details.append(el('summary', {}, say('findingsTitle', lang, { n: result.findings.length })));
      const ul = el('ul', { class: 'messages' });
      for (const f of result.findings) ul.append(el('li', { class: f.severity }, `${f.file ?? f.sheet} ${f.cell}: ${lang === 'en' ? f.messageEn : f.message}`));
      details.append(ul);
      preview.append(details);
    }
  }

  input.addEventListener('change', () => {
    if (input.files) void addFiles(input.files).then(() => (input.value = ''));
  });
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer?.files) void addFiles(e.dataTransfer.files);
  });
  previewButton.addEventListener('click', () => void guard(runPreview));
  applyButton.addEventListener(
    'click',
    () =>
      void guard(async () => {
        if (!plan) return;
        applyButton.disabled = true;
        previewButton.disabled = true;
        busy.hidden = false;
        busy.removeAttribute('value');
        status.textContent = say('writing', lang);
        try {
          const n = await bridge.applyConsolidation!(plan);
          plan = undefined;
          status.textContent = say('applied', lang, { n });
          // The heading says what happened now, not what would.
          const heading = preview.querySelector('h2');
          if (heading) heading.textContent = say('appliedTitle', lang, { n });
          undoButton.hidden = false;
        } catch (e) {
          // Stopped half-way after writing some cells (a host writing in parts): they can be taken back.
          if (e && typeof e === 'object' && (e as { undoable?: boolean }).undoable) undoButton.hidden = false;
          throw e;
        } finally {
          busy.hidden = true;
          previewButton.disabled = !picked.some((p) => p.read.ok);
        }
      }),
  );
  undoButton.addEventListener(
    'click',
    () =>
      void guard(async () => {
        const n = await bridge.undoConsolidation!();
        undoButton.hidden = true;
        status.textContent = n === 0 ? say('nothingToUndo', lang) : say('undoneConsolidate', lang, { n });
      }),
  );

  async function guard(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (e) {
      status.textContent = say('failed', lang, { why: reason(e) });
    }
  }

  renderFiles();
  return { addFiles };
}
