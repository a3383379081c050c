/// <reference types="google-apps-script" />
/**
 * A consolidation in parts, for long masters (the sidebar's side is ../consolidationChunked.ts). The
 * sidebar reads the workbook (small sheets at once, long ones a band of rows at a time), runs core's
 * consolidate() itself, compares the plan's master cells with the sheet band by band before anything
 * is written (a stale plan is refused whole, as in one call), then writes them band by band, each
 * band added to the undo record before it is written, and "Tổng hợp" last. Undo goes back band by
 * band, "Tổng hợp" with the last band. Each call touches at most CELLS_PER_CALL cells per Spreadsheet
 * call; whatever a call wrote is in the record, so a stop half-way is undone by "Hoàn tác tổng hợp".
 * Only the plan's progress columns are ever written on the master: the plan is checked by core's
 * rules (planShapeProblem) and each cell must still hold what the preview saw.
 */
import {
  SUMMARY_SHEET,
  cellFromJson,
  cellToJson,
  readSavedEdits,
  savedEditsOf,
  type CellValue,
  type Lang,
  type SavedEdits,
  type ValueEdit,
} from '../../../core';
import { rowsPerCall } from '../bands';
import {
  CELLS_PER_CALL,
  JsonBeginWorkbook,
  JsonStepOutcome,
  JsonUndoBegin,
  JsonWorkbookSheet,
  JsonWriteOutcome,
  consolidateRowsSchema,
  consolidateSummarySchema,
  keepSummarySchema,
  gridToJson,
  undoStepSchema,
} from '../wire';
import { isArrayFormula } from './blocks';
import { Clock, clockOf, toCellValue } from './cells';
import { sheetOf } from './check';
import { CONSOLIDATION_KEY, RESTORED_KEY, checkedPlan, finishSummary, freshSheet, trimmed, writeRows } from './consolidation';
import { editsOfRecord, planBlock, writeBlock } from './edits';
import { withDocumentLock } from './lock';
import { parsed, refuseOver } from './parts';
import { documentStore, writeOrRefuse } from './store';
import { UserError, say } from './strings';
import { activeSpreadsheet, readSheet } from './workbook';

/** The cells of "Tổng hợp"'s old content from row index `from` on: what is left to put back. */
function previousCells(record: SavedEdits, from: number): number {
  return (record.addedSheet?.previous ?? []).slice(from).reduce((n, r) => n + Math.max(1, r.length), 0);
}

/** Rows holding an array formula (it may spill) with the leftmost such column, [row, column], the first row being `top`. */
function arrayRows(formulas: string[][], top = 1): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  formulas.forEach((line, i) => {
    const j = line.findIndex(isArrayFormula);
    if (j >= 0) out.push([top + i, j + 1]);
  });
  return out;
}

/** Every sheet's size; the values of those that fit together in CELLS_PER_CALL cells (most workbooks: all of them). */
export function beginWorkbook(): JsonBeginWorkbook {
  const ss = activeSpreadsheet();
  const clock = clockOf(ss.getSpreadsheetTimeZone());
  let budget = CELLS_PER_CALL;
  const sheets = ss.getSheets().map((ws): JsonWorkbookSheet => {
    const out: JsonWorkbookSheet = { sheet: ws.getName(), sheetId: ws.getSheetId(), rows: ws.getLastRow(), columns: ws.getLastColumn() };
    const cells = out.rows * out.columns;
    if (cells <= budget) {
      budget -= cells;
      out.grid = gridToJson(readSheet(ws, clock, out.sheet));
      // Where array formulas are, for the bands written later (read whole, a long sheet's come from its bands).
      out.arrays = cells > 0 ? arrayRows(ws.getDataRange().getFormulas()) : [];
    }
    return out;
  });
  return { active: ss.getActiveSheet().getName(), sheets };
}

/** The record of the consolidation being written: the one kept, when it is for this master and not a new start. */
function recordOf(sheet: string, newRecord: boolean): SavedEdits {
  // A new consolidation: an undo stopped half-way before it is forgotten with its record.
  if (newRecord) documentStore().remove(RESTORED_KEY);
  const kept = newRecord ? undefined : readSavedEdits(documentStore().read(CONSOLIDATION_KEY));
  return kept && kept.kind === 'consolidate' && kept.sheet === sheet ? kept : savedEditsOf('consolidate', sheet, []);
}

/**
 * One band of the master's cells. `write` false: only compared with the sheet (how many differ from
 * what the preview saw). `write` true: a band where a cell changed meanwhile is refused (nothing of it
 * written); otherwise its cells are added to the undo record, then written.
 */
export function consolidateRows(json: unknown, lang: Lang): JsonWriteOutcome {
  const p = parsed(json, consolidateRowsSchema, lang);
  return withDocumentLock(lang, 'lockBusy', () => {
    if (p.edits.length === 0) return { written: 0, formulas: 0, changedSince: 0 };
    const ss = activeSpreadsheet();
    const master = sheetOf(ss, p.sheetId, p.sheet);
    if (!master) throw new UserError(say('noSheet', lang, { sheet: p.sheet }));
    const edits: ValueEdit[] = p.edits.map((e) => ({ row: e.row, column: e.column, before: cellFromJson(e.before), after: cellFromJson(e.after) }));
    const top = Math.min(...edits.map((e) => e.row));
    const bottom = Math.max(...edits.map((e) => e.row));
    const right = Math.max(...edits.map((e) => e.column));
    // Without the array formulas above, planBlock reads formulas from A1: count those rows too.
    refuseOver((p.arrays ? bottom - top + 1 : bottom) * right, lang);
    const block = planBlock(master, edits, 'apply', clockOf(ss.getSpreadsheetTimeZone()), p.arrays);
    const outcome = { written: 0, formulas: block.formulas.length, changedSince: block.changedSince.length };
    if (!p.write) return outcome;
    if (block.changedSince.length > 0) throw new UserError(say('chunkChangedMeanwhile', lang, { sheet: p.sheet, n: block.changedSince.length }));
    if (block.written.length > 0 || p.newRecord) {
      const record = recordOf(master.getName(), p.newRecord);
      const band = savedEditsOf('consolidate', record.sheet, block.written);
      writeOrRefuse(documentStore(), CONSOLIDATION_KEY, JSON.stringify({ ...record, cells: [...record.cells, ...band.cells] }), lang);
    }
    writeBlock(block);
    return { ...outcome, written: block.written.length };
  });
}

/**
 * What "Tổng hợp" holds now, kept in the undo record before it is replaced: from row `top`, as many
 * rows as one call may read (the first call notes the sheet, new when it does not exist yet).
 */
export function keepSummary(json: unknown, lang: Lang): JsonStepOutcome {
  const p = parsed(json, keepSummarySchema, lang);
  if (p.name !== SUMMARY_SHEET) throw new UserError(say('badArgument', lang, { why: say('wrongAt', lang, { where: 'name' }) }));
  return withDocumentLock(lang, 'lockBusy', () => {
    const ss = activeSpreadsheet();
    const store = documentStore();
    const existing = ss.getSheetByName(p.name);
    const kept = readSavedEdits(store.read(CONSOLIDATION_KEY));
    const record = p.top === 1 ? recordOf(p.sheet, p.newRecord) : kept;
    if (!record) throw new UserError(say('badArgument', lang, { why: say('wrongAt', lang, { where: 'top' }) }));
    const rows = existing ? existing.getLastRow() : 0;
    const columns = existing ? existing.getLastColumn() : 0;
    const previous = p.top === 1 ? [] : (record.addedSheet?.previous ?? []);
    const count = Math.min(rows - p.top + 1, rowsPerCall(columns));
    if (existing && count > 0) {
      const band = readRange(existing, p.top, count, columns, clockOf(ss.getSpreadsheetTimeZone()));
      previous.push(...band.map((r) => r.map(cellToJson)));
    }
    const left = existing ? Math.max(0, rows - p.top + 1 - Math.max(0, count)) : 0;
    // Trailing empty cells and rows dropped, as the one-call record keeps it (a whole sheet's: once, at its end).
    const whole = left === 0 ? trimmed(previous.map((r) => r.map(cellFromJson))).map((r) => r.map(cellToJson)) : previous;
    const addedSheet = existing ? { name: p.name, previous: whole } : { name: p.name };
    writeOrRefuse(store, CONSOLIDATION_KEY, JSON.stringify({ ...record, addedSheet }), lang);
    return { done: Math.max(0, count), left };
  });
}

/** One band of "Tổng hợp"'s new rows: the first empties the sheet (or adds it), the last adds its widths and chart. */
export function consolidateSummary(json: unknown, lang: Lang): number {
  const p = parsed(json, consolidateSummarySchema, lang);
  const plan = checkedPlan(p.plan, lang);
  // The master's cells go in bands (consolidateRows), never here.
  if (plan.edits.length > 0) throw new UserError(say('badArgument', lang, { why: say('wrongAt', lang, { where: 'plan.edits' }) }));
  const rows = plan.summarySheet.rows;
  refuseOver(rows.length * Math.max(1, ...rows.map((r) => r.length)), lang);
  return withDocumentLock(lang, 'lockBusy', () => {
    const ss = activeSpreadsheet();
    const master = ss.getSheetByName(plan.sheet);
    if (!master) throw new UserError(say('noSheet', lang, { sheet: plan.sheet }));
    const existing = ss.getSheetByName(plan.summarySheet.name);
    // Its old content must be in the undo record (keepSummary) before it is emptied.
    const record = readSavedEdits(documentStore().read(CONSOLIDATION_KEY));
    if (record?.addedSheet?.name !== plan.summarySheet.name)
      throw new UserError(say('badArgument', lang, { why: say('wrongAt', lang, { where: 'sidebarKeepSummary' }) }));
    const summary = p.first ? freshSheet(ss, existing, plan.summarySheet.name) : existing;
    if (!summary) throw new UserError(say('noSheet', lang, { sheet: plan.summarySheet.name }));
    writeRows(summary, rows, clockOf(ss.getSpreadsheetTimeZone()), p.top);
    if (p.last) finishSummary(summary, master, plan, p.top + rows.length - 1, p.width, lang);
    return rows.length;
  });
}

/** Values of a rectangle as core's cells. */
function readRange(sheet: GoogleAppsScript.Spreadsheet.Sheet, top: number, rows: number, columns: number, clock: Clock): CellValue[][] {
  return sheet
    .getRange(top, 1, rows, columns)
    .getValues()
    .map((r) => r.map((v) => toCellValue(v, clock)));
}

/** The master of the consolidation to undo, for the sidebar to find its array formulas; null when nothing is kept. */
export function beginConsolidationUndo(lang: Lang): JsonUndoBegin {
  const record = readSavedEdits(documentStore().read(CONSOLIDATION_KEY));
  if (!record) return null;
  const master = activeSpreadsheet().getSheetByName(record.sheet);
  if (!master) throw new UserError(say('noSheet', lang, { sheet: record.sheet }));
  return { sheet: record.sheet, sheetId: master.getSheetId(), rows: master.getLastRow(), columns: master.getLastColumn() };
}

/**
 * Hoàn tác tổng hợp, one band at a time: the first rows of the record put back (a cell edited since
 * keeps the person's value) and removed from the record; with the last band, "Tổng hợp" as it was.
 */
export function undoConsolidationStep(json: unknown, lang: Lang): JsonStepOutcome {
  const p = parsed(json, undoStepSchema, lang);
  return withDocumentLock(lang, 'lockBusy', () => {
    const store = documentStore();
    const record = readSavedEdits(store.read(CONSOLIDATION_KEY));
    if (!record) return { done: 0, left: 0 };
    const ss = activeSpreadsheet();
    const clock = clockOf(ss.getSpreadsheetTimeZone());
    const master = ss.getSheetByName(record.sheet);
    if (!master) throw new UserError(say('noSheet', lang, { sheet: record.sheet }));
    const right = record.cells.reduce((r, c) => Math.max(r, c.column), 1);
    const top = record.cells.reduce((t, c) => Math.min(t, c.row), Infinity);
    const bottom = top + Math.max(1, Math.floor(CELLS_PER_CALL / right)) - 1;
    const band = record.cells.filter((c) => c.row <= bottom);
    const left = record.cells.filter((c) => c.row > bottom);
    let done = 0;
    if (band.length > 0) {
      const block = planBlock(master, editsOfRecord(band), 'undo', clock, p.sheet === record.sheet ? p.arrays : undefined);
      writeBlock(block);
      done = block.written.length;
    }
    if (left.length > 0) {
      store.write(CONSOLIDATION_KEY, JSON.stringify({ ...record, cells: left }));
      return { done, left: left.length + previousCells(record, 0) };
    }
    if (band.length > 0) {
      // The master's last band: "Tổng hợp" in the next calls (a cell count of its own).
      store.write(CONSOLIDATION_KEY, JSON.stringify({ ...record, cells: [] }));
      if (record.addedSheet?.previous?.length) return { done, left: previousCells(record, 0) };
    }
    const added = record.addedSheet;
    if (added?.previous?.length) {
      // Its old rows written back a band at a time; how many are back is kept beside the record.
      const from = Number(store.read(RESTORED_KEY) ?? 0);
      const sheet = from === 0 ? freshSheet(ss, ss.getSheetByName(added.name), added.name) : ss.getSheetByName(added.name);
      if (!sheet) throw new UserError(say('noSheet', lang, { sheet: added.name }));
      const width = Math.max(1, ...added.previous.map((r) => r.length));
      const rows = added.previous.slice(from, from + rowsPerCall(width));
      writeRows(
        sheet,
        rows.map((r) => r.map(cellFromJson)),
        clock,
        from + 1,
      );
      const next = from + rows.length;
      if (next < added.previous.length) {
        store.write(RESTORED_KEY, String(next));
        return { done, left: previousCells(record, next) };
      }
    } else if (added) {
      const summary = ss.getSheetByName(added.name);
      if (summary) ss.deleteSheet(summary);
    }
    store.remove(RESTORED_KEY);
    store.remove(CONSOLIDATION_KEY);
    return { done, left: 0 };
  });
}
