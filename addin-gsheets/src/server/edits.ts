/// <reference types="google-apps-script" />
/**
 * Value changes to a sheet (safe fixes, consolidation) and their undo. The changed cells are written
 * with one setValues over their bounding block, read first with its formulas and number formats:
 * a formula in the block is written back as the formula it is (never its value), a changed cell that
 * holds a formula is left alone, and text is written so that Sheets keeps it as text. Each change is
 * kept in the document with the value before, so it can be undone.
 */
import type { Lang } from '../../../core/editPlan';
import { fixWorkbook } from '../../../core/fixes';
import { rules as allRules } from '../../../core/rules';
import { SavedEdits, ValueEdit, cellFromJson, diffGrids, readSavedEdits, sameCell, saveEdits } from '../../../core/valueEdits';
import { Clock, PLAIN_TEXT, clockOf, isReinterpreted, toCellValue, toSheetValue } from './cells';
import { withDocumentLock } from './lock';
import { documentStore, writeOrRefuse } from './store';
import { UserError, say } from './strings';
import { activeSpreadsheet, readActive, readSideSheets } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export const FIXES_KEY = 'phuluc.fixes';

/** The rules "Chuẩn hóa tên đơn vị" runs, as in the Excel add-in. */
export const UNIT_RULES = ['unit.noncanonical', 'unit.defunct'];

export interface BlockWrite {
  range: Range;
  values: unknown[][];
  /** The edits the block carries. */
  written: ValueEdit[];
  /** Edits left out because their cell holds a formula. */
  formulas: ValueEdit[];
  /** Edits left out because the cell no longer holds what the edit expects. */
  changedSince: ValueEdit[];
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

/**
 * Plans one setValues over the block holding `edits`: `direction` "apply" writes each edit's after
 * over its before, "undo" its before over its after. Three reads (values, formulas, number formats);
 * the caller writes `values` to `range` once it has kept what it needs.
 */
export function planBlock(sheet: Sheet, edits: readonly ValueEdit[], direction: 'apply' | 'undo', clock: Clock): BlockWrite {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const e of edits) {
    top = Math.min(top, e.row);
    left = Math.min(left, e.column);
    bottom = Math.max(bottom, e.row);
    right = Math.max(right, e.column);
  }
  ensureSize(sheet, bottom, right);
  const range = sheet.getRange(top, left, bottom - top + 1, right - left + 1);
  const now = range.getValues();
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const values = now.map((row, i) => row.map((v, j) => (formulas[i][j] ? formulas[i][j] : keep(v, formats[i][j]))));
  const out: BlockWrite = { range, values, written: [], formulas: [], changedSince: [] };
  for (const e of edits) {
    const i = e.row - top;
    const j = e.column - left;
    if (formulas[i][j]) {
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
  return out;
}

export interface FixOutcome {
  written: number;
  /** Cells a fix would change but that hold a formula: left as they are. */
  formulas: number;
}

/**
 * Sửa lỗi an toàn / Chuẩn hóa tên đơn vị: core's safe fixes on the active sheet (with the workbook's
 * settings and unit directory), written in one block and kept for sidebarUndoFix.
 */
export function applyFixes(unitsOnly: boolean, lang: Lang): FixOutcome {
  return withDocumentLock(lang, 'busy', () => fix(unitsOnly, lang));
}

function fix(unitsOnly: boolean, lang: Lang): FixOutcome {
  const { ss, sheet, name, clock, grid } = readActive();
  const side = readSideSheets(ss, grid, clock);
  const rules = unitsOnly ? allRules.filter((r) => UNIT_RULES.includes(r.meta.code)) : allRules;
  const after = fixWorkbook([grid, ...side], {}, rules).grids[0];
  const edits = diffGrids(grid, after);
  if (edits.length === 0) return { written: 0, formulas: 0 };
  const block = planBlock(sheet, edits, 'apply', clock);
  if (block.written.length > 0) {
    writeOrRefuse(documentStore(), FIXES_KEY, saveEdits('fix', name, block.written), lang);
    block.range.setValues(block.values);
  }
  return { written: block.written.length, formulas: block.formulas.length };
}

export function editsOfRecord(cells: SavedEdits['cells']): ValueEdit[] {
  return cells.map((c) => ({ row: c.row, column: c.column, before: cellFromJson(c.before), after: cellFromJson(c.after) }));
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
  const record = readSavedEdits(store.read(FIXES_KEY));
  if (!record) return 0;
  const ss = activeSpreadsheet();
  const sheet = ss.getSheetByName(record.sheet);
  if (!sheet) throw new UserError(say('noSheet', lang, { sheet: record.sheet }));
  const edits = editsOfRecord(record.cells);
  let written = 0;
  if (edits.length > 0) {
    const block = planBlock(sheet, edits, 'undo', clockOf(ss.getSpreadsheetTimeZone()));
    if (block.written.length > 0) block.range.setValues(block.values);
    written = block.written.length;
  }
  store.remove(FIXES_KEY);
  return written;
}
