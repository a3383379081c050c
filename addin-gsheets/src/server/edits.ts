/// <reference types="google-apps-script" />
/**
 * Value changes to a sheet (safe fixes, consolidation) and their undo. The block around the changed
 * cells is read once (values, number formats, rich text; formulas from A1, to see where array
 * formulas spill), and the changes are written with as few setValues as that allows: one over the
 * whole block when every other cell in it can be written back as it is, otherwise rectangles that
 * leave alone every formula, rich text or link and array-formula spill (see blocks.ts). A changed cell
 * that holds a formula is left alone, and text is written so that Sheets keeps it as text. Each change
 * is kept in the document with the value before, so it can be undone.
 */
import {
  STORAGE_KEYS,
  SavedEdits,
  ValueEdit,
  editsOfRecord as coreEditsOfRecord,
  planFixRun,
  popRun,
  pushRun,
  readSavedRuns,
  sameCell,
  saveRuns,
  savedEditsOf,
  selectFixEdits,
  type FixScope,
  type Lang,
} from '../../../core';
import { boundsOf, spillShadow, writeRects } from './blocks';
import { Clock, PLAIN_TEXT, clockOf, isReinterpreted, toCellValue, toSheetValue } from './cells';
import { withDocumentLock } from './lock';
import { DocumentStore, StorageFullError, documentStore, writeOrRefuse } from './store';
import { UserError, say } from './strings';
import { activeSpreadsheet, readActive, readSideSheets } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export const FIXES_KEY = STORAGE_KEYS.fixes;

export interface BlockWrite {
  /** The setValues the edits need, each over a rectangle with its values. */
  writes: { range: Range; values: unknown[][] }[];
  /** The edits the writes carry. */
  written: ValueEdit[];
  /** Edits left out because their cell holds a formula. */
  formulas: ValueEdit[];
  /** Edits left out because the cell no longer holds what the edit expects. */
  changedSince: ValueEdit[];
}

/** Writes what planBlock planned. */
export function writeBlock(block: BlockWrite): void {
  for (const w of block.writes) w.range.setValues(w.values);
}

/** A value read from the sheet, written back unchanged: text kept as text, dates as the same instant. */
function keep(v: unknown, format: string): unknown {
  return typeof v === 'string' && format !== PLAIN_TEXT && isReinterpreted(v) ? `'${v}` : v;
}

/** Grows the sheet when the block reaches past its last row or column (a consolidation adds columns). */
function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Text with more than one style, or with a link: writing its value back would flatten it. */
function isRich(v: GoogleAppsScript.Spreadsheet.RichTextValue | null): boolean {
  if (!v) return false;
  if (v.getLinkUrl() !== null) return true;
  return v.getRuns().length > 1;
}

/**
 * Plans the writes for `edits`: `direction` "apply" writes each edit's after over its before, "undo"
 * its before over its after. Four reads; the caller calls writeBlock once it has kept what it needs.
 */
export function planBlock(
  sheet: Sheet,
  edits: readonly ValueEdit[],
  direction: 'apply' | 'undo',
  clock: Clock,
  arraysAbove?: ReadonlyArray<readonly [number, number]>,
): BlockWrite {
  const box = boundsOf(edits);
  ensureSize(sheet, box.bottom, box.right);
  const rows = box.bottom - box.top + 1;
  const columns = box.right - box.left + 1;
  const range = sheet.getRange(box.top, box.left, rows, columns);
  const now = range.getValues();
  const formats = range.getNumberFormats();
  const rich = range.getRichTextValues();
  // From A1: an array formula above or left of the block may spill into it. A part of a long sheet
  // reads only its own rows; the array formulas above them come from the sidebar's earlier reads.
  const fromRow = arraysAbove ? box.top : 1;
  const allFormulas = sheet.getRange(fromRow, 1, box.bottom - fromRow + 1, box.right).getFormulas();
  const formulaAt = (i: number, j: number) => allFormulas[box.top - fromRow + i][box.left - 1 + j];
  const values = now.map((row, i) => row.map((v, j) => formulaAt(i, j) || keep(v, formats[i][j])));
  const out: BlockWrite = { writes: [], written: [], formulas: [], changedSince: [] };
  for (const e of edits) {
    const i = e.row - box.top;
    const j = e.column - box.left;
    if (formulaAt(i, j)) {
      out.formulas.push(e);
      continue;
    }
    const expected = direction === 'apply' ? e.before : e.after;
    if (!sameCell(toCellValue(now[i][j], clock), expected)) {
      out.changedSince.push(e);
      continue;
    }
    values[i][j] = toSheetValue(direction === 'apply' ? e.after : e.before, formats[i][j], clock);
    out.written.push(e);
  }
  const spilledHere = spillShadow(allFormulas, fromRow);
  let leftAbove = Infinity;
  for (const [row, column] of arraysAbove ?? []) if (row < fromRow) leftAbove = Math.min(leftAbove, column);
  const spilled = (row: number, column: number) => column >= leftAbove || spilledHere(row, column);
  const free = (row: number, column: number) => {
    const i = row - box.top;
    const j = column - box.left;
    if (formulaAt(i, j)) return false;
    // An empty cell is written back empty: it blocks no spill and has no text to flatten.
    if (now[i][j] === '') return true;
    return !spilled(row, column) && !isRich(rich[i][j]);
  };
  for (const r of writeRects(out.written, free)) {
    const whole = r.top === box.top && r.left === box.left && r.bottom === box.bottom && r.right === box.right;
    out.writes.push({
      range: whole ? range : sheet.getRange(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1),
      values: values.slice(r.top - box.top, r.bottom - box.top + 1).map((line) => line.slice(r.left - box.left, r.right - box.left + 1)),
    });
  }
  return out;
}

export interface FixOutcome {
  written: number;
  /** Cells a fix would change but that hold a formula: left as they are. */
  formulas: number;
  /** Rows whose row fix (merge, removal) was left out whole because one of them holds a formula. */
  formulaRows: number[];
}

/**
 * Sửa lỗi an toàn / Chuẩn hóa tên đơn vị / Sửa tất cả: core's fixes of `scope` on the active sheet
 * (with the workbook's settings and unit directory), written in one block and kept for sidebarUndoFix.
 * `true` means unit names only.
 */
export function applyFixes(scope: boolean | FixScope, lang: Lang): FixOutcome {
  return withDocumentLock(lang, 'busy', () => fix(typeof scope === 'boolean' ? { unitsOnly: scope } : scope, lang));
}

/**
 * The fix of `scope` on the active sheet, planned with nothing written: core's edits and row groups
 * (planFixRun), rows holding a formula left whole (selectFixEdits), then the block around formula cells.
 */
function planActiveFix(scope: FixScope): { name: string; block?: BlockWrite; formulaRows: number[] } {
  const { ss, sheet, name, clock, grid } = readActive();
  const plan = planFixRun(grid, readSideSheets(ss, grid, clock), {}, scope);
  if (plan.edits.length === 0) return { name, formulaRows: [] };
  // A row fix is applied whole or not at all: a row holding a formula anywhere is left (core's rule).
  const formulas = sheet.getDataRange().getFormulas();
  const pick = selectFixEdits(
    plan.edits,
    plan.rowGroups,
    () => false,
    (row) => (formulas[row - 1] ?? []).some((f) => f !== ''),
  );
  if (pick.write.length === 0) return { name, formulaRows: pick.formulaRows };
  // Formula cells are left out by the block, for the preview as for the fix.
  return { name, block: planBlock(sheet, pick.write, 'apply', clock), formulaRows: pick.formulaRows };
}

/** What applyFixes(scope) would write, written nowhere: the sidebar's preview (formula cells and rows left out, as the fix leaves them). */
export function previewFixes(scope: FixScope): { sheet: string; edits: ValueEdit[] } {
  const planned = planActiveFix(scope);
  return { sheet: planned.name, edits: planned.block?.written ?? [] };
}

/** Whether a fix run is kept that sidebarUndoFix can put back. */
export function hasFixToUndo(): boolean {
  return readSavedRuns(documentStore().read(FIXES_KEY)).length > 0;
}

function fix(scope: FixScope, lang: Lang): FixOutcome {
  const { name, block, formulaRows } = planActiveFix(scope);
  if (!block) return { written: 0, formulas: 0, formulaRows };
  if (block.written.length > 0) {
    pushFixRun(documentStore(), savedEditsOf('fix', name, block.written), lang);
    writeBlock(block);
  }
  return { written: block.written.length, formulas: block.formulas.length, formulaRows };
}

/**
 * Keeps a fix run on top of the earlier ones (core's undo stack). When the document has no room for
 * them all, the oldest runs are forgotten first; only when the new run alone does not fit is the fix
 * refused, with nothing written.
 */
export function pushFixRun(store: DocumentStore, run: SavedEdits, lang: Lang): void {
  let stack = pushRun(readSavedRuns(store.read(FIXES_KEY)), run);
  for (;;) {
    try {
      store.write(FIXES_KEY, saveRuns(stack));
      return;
    } catch (e) {
      if (!(e instanceof StorageFullError) || stack.length <= 1) break;
      stack = stack.slice(1);
    }
  }
  writeOrRefuse(store, FIXES_KEY, saveRuns([run]), lang);
}

export function editsOfRecord(cells: SavedEdits['cells']): ValueEdit[] {
  return coreEditsOfRecord({ cells });
}

/**
 * Puts back the values the last fix changed. A cell edited by hand since keeps the person's value.
 * Returns the number of cells put back.
 */
export function undoFixes(lang: Lang): number {
  return withDocumentLock(lang, 'busy', () => undoFix(lang));
}

function undoFix(lang: Lang): number {
  const store = documentStore();
  // Several runs are kept; the newest is undone first.
  const { run: record, rest } = popRun(readSavedRuns(store.read(FIXES_KEY)));
  if (!record) {
    store.remove(FIXES_KEY);
    return 0;
  }
  const ss = activeSpreadsheet();
  const sheet = ss.getSheetByName(record.sheet);
  if (!sheet) throw new UserError(say('noSheet', lang, { sheet: record.sheet }));
  const edits = editsOfRecord(record.cells);
  let written = 0;
  if (edits.length > 0) {
    const block = planBlock(sheet, edits, 'undo', clockOf(ss.getSpreadsheetTimeZone()));
    writeBlock(block);
    written = block.written.length;
  }
  if (rest.length) store.write(FIXES_KEY, saveRuns(rest));
  else store.remove(FIXES_KEY);
  return written;
}
