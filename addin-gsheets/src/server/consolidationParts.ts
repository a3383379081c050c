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
import { cellFromJson, readSavedEdits, savedEditsOf, type Lang, type SavedEdits, type ValueEdit } from '../../../core';
import {
  CELLS_PER_CALL,
  JsonBeginWorkbook,
  JsonStepOutcome,
  JsonUndoBegin,
  JsonWorkbookSheet,
  JsonWriteOutcome,
  consolidateRowsSchema,
  consolidateSummarySchema,
  gridToJson,
  undoStepSchema,
} from '../wire';
import { isArrayFormula } from './blocks';
import { clockOf } from './cells';
import { sheetOf } from './check';
import { CONSOLIDATION_KEY, checkedPlan, restoreSummary, trimmed, writeSummary } from './consolidation';
import { editsOfRecord, planBlock, writeBlock } from './edits';
import { withDocumentLock } from './lock';
import { parsed, refuseOver } from './parts';
import { documentStore, writeOrRefuse } from './store';
import { UserError, say } from './strings';
import { activeSpreadsheet, readSheet } from './workbook';

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
 * The last part: "Tổng hợp" (what it held before kept in the record first), its widths and chart,
 * and the master's added columns sized. `newRecord`: no band wrote anything, the record starts here.
 */
export function consolidateSummary(json: unknown, lang: Lang): number {
  const p = parsed(json, consolidateSummarySchema, lang);
  const plan = checkedPlan(p.plan, lang);
  // The master's cells go in bands (consolidateRows), never here.
  if (plan.edits.length > 0) throw new UserError(say('badArgument', lang, { why: say('wrongAt', lang, { where: 'plan.edits' }) }));
  const cells = plan.summarySheet.rows.length * Math.max(1, ...plan.summarySheet.rows.map((r) => r.length));
  refuseOver(cells, lang);
  return withDocumentLock(lang, 'lockBusy', () => {
    const ss = activeSpreadsheet();
    const clock = clockOf(ss.getSpreadsheetTimeZone());
    const master = ss.getSheetByName(plan.sheet);
    if (!master) throw new UserError(say('noSheet', lang, { sheet: plan.sheet }));
    const existing = ss.getSheetByName(plan.summarySheet.name);
    const previous = existing ? trimmed(readSheet(existing, clock, plan.summarySheet.name).rows) : undefined;
    const record = recordOf(plan.sheet, p.newRecord);
    const added = savedEditsOf('consolidate', plan.sheet, [], { name: plan.summarySheet.name, previous }).addedSheet;
    writeOrRefuse(documentStore(), CONSOLIDATION_KEY, JSON.stringify({ ...record, addedSheet: added }), lang);
    writeSummary(ss, master, existing, plan, clock, lang);
    return plan.summarySheet.rows.length;
  });
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
      return { done, left: left.length };
    }
    if (record.addedSheet) restoreSummary(ss, record.addedSheet, clock);
    store.remove(CONSOLIDATION_KEY);
    return { done, left: 0 };
  });
}
