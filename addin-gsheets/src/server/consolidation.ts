/// <reference types="google-apps-script" />
/**
 * Consolidation in Google Sheets. The sidebar reads the returned files and merges them with core in
 * the browser (the server has no access to the user's files and needs none); the server hands it
 * the open workbook and applies the plan it sends back: the master's cells in one block, the
 * "Tổng hợp" sheet, a column chart of the status counts, and an undo record. Everything is a fixed
 * number of calls, whatever the number of rows, so it stays far under Apps Script's six minutes.
 * A document lock keeps two people from consolidating into one file at once.
 */
import {
  cellFromJson,
  planProblemText,
  planShapeProblem,
  widthInPixels,
  readSavedEdits,
  saveEdits,
  type CellValue,
  type ConsolidationPlan,
  type Lang,
  type SavedEdits,
} from '../../../core';
import { JsonOpenWorkbook, gridToJson, planFromJson, planJsonSchema } from '../wire';
import { Clock, clockOf, toSheetValue } from './cells';
import { editsOfRecord, planBlock, writeBlock } from './edits';
import { withDocumentLock } from './lock';
import { documentStore, writeOrRefuse } from './store';
import { UserError, say } from './strings';
import { jsonArgument } from './input';
import { activeSpreadsheet, readSheet } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const CONSOLIDATION_KEY = 'phuluc.consolidation';
/** How many of "Tổng hợp"'s old rows are back, during an undo in parts (server/consolidationParts.ts). */
export const RESTORED_KEY = `${CONSOLIDATION_KEY}.restored`;

/** Every sheet's values, for the consolidation computed in the sidebar. */
export function openWorkbook(): JsonOpenWorkbook {
  const ss = activeSpreadsheet();
  const clock = clockOf(ss.getSpreadsheetTimeZone());
  const active = ss.getActiveSheet().getName();
  return { grids: ss.getSheets().map((ws) => gridToJson(readSheet(ws, clock))), active };
}

/** The plan from the sidebar, checked: any other shape is refused in the user's words. */
export function parsePlan(json: unknown, lang: Lang): ConsolidationPlan {
  return checkedPlan(jsonArgument(json, lang), lang);
}

/** A plan already parsed from JSON text, checked against the wire's schema and core's rules. */
export function checkedPlan(input: unknown, lang: Lang): ConsolidationPlan {
  const bad = (why: string) => new UserError(say('badPlan', lang, { why }));
  const parsed = planJsonSchema.safeParse(input);
  if (!parsed.success) {
    const where = [...new Set(parsed.error.issues.slice(0, 3).map((i) => i.path.join('.') || '(JSON)'))].join(', ');
    throw bad(say('wrongAt', lang, { where }));
  }
  const plan = planFromJson(parsed.data);
  // Core's checks, the same in Excel: only "Tổng hợp" is ever replaced, never the master, no cell twice.
  const problem = planShapeProblem(plan);
  if (problem) throw bad(planProblemText(problem, lang));
  return plan;
}

/** Rows padded to a rectangle, as setValues wants them, from row `top`. */
export function writeRows(sheet: Sheet, rows: readonly CellValue[][], clock: Clock, top = 1): void {
  if (rows.length === 0) return;
  const width = Math.max(1, ...rows.map((r) => r.length));
  const maxRows = sheet.getMaxRows();
  const bottom = top + rows.length - 1;
  if (bottom > maxRows) sheet.insertRowsAfter(maxRows, bottom - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  // A new or cleared sheet has the automatic number format everywhere.
  sheet.getRange(top, 1, rows.length, width).setValues(rows.map((r) => Array.from({ length: width }, (_, i) => toSheetValue(r[i] ?? null, '', clock))));
}

/** The summary sheet emptied for new content: cleared and its charts removed, or added at the end. */
export function freshSheet(ss: Spreadsheet, existing: Sheet | null, name: string): Sheet {
  if (existing) {
    for (const chart of existing.getCharts()) existing.removeChart(chart);
    existing.clear();
    return existing;
  }
  // insertSheet makes the new sheet the active one; the user stays where they were.
  const active = ss.getActiveSheet();
  const sheet = ss.insertSheet(name, ss.getNumSheets());
  ss.setActiveSheet(active);
  return sheet;
}

/** Trailing empty rows and cells dropped: what the record keeps of a sheet's old content. */
export function trimmed(rows: CellValue[][]): CellValue[][] {
  const out = rows.map((r) => {
    let n = r.length;
    while (n > 0 && (r[n - 1] === null || r[n - 1] === '')) n--;
    return r.slice(0, n);
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

/** Applies a consolidation plan; the number of master cells written. */
export function applyConsolidation(json: unknown, lang: Lang): number {
  const plan = parsePlan(json, lang);
  return withDocumentLock(lang, 'lockBusy', () => {
    const ss = activeSpreadsheet();
    const clock = clockOf(ss.getSpreadsheetTimeZone());
    const master = ss.getSheetByName(plan.sheet);
    if (!master) throw new UserError(say('noSheet', lang, { sheet: plan.sheet }));
    const existing = ss.getSheetByName(plan.summarySheet.name);
    const previous = existing ? trimmed(readSheet(existing, clock, plan.summarySheet.name).rows) : undefined;
    const block = plan.edits.length > 0 ? planBlock(master, plan.edits, 'apply', clock) : undefined;
    // The master changed since the preview: the plan's cells would land on other content.
    if (block && block.changedSince.length > 0) throw new UserError(say('stalePlan', lang, { sheet: plan.sheet, n: block.changedSince.length }));
    const written = block?.written ?? [];
    documentStore().remove(RESTORED_KEY);
    writeOrRefuse(documentStore(), CONSOLIDATION_KEY, saveEdits('consolidate', plan.sheet, written, { name: plan.summarySheet.name, previous }), lang);
    if (block && written.length > 0) writeBlock(block);

    writeSummary(ss, master, existing, plan, clock, lang);
    return written.length;
  });
}

/** The "Tổng hợp" sheet written (emptied first, or added), its widths and chart; the master's added columns sized. */
export function writeSummary(ss: Spreadsheet, master: Sheet, existing: Sheet | null, plan: ConsolidationPlan, clock: Clock, lang: Lang): void {
  const summary = freshSheet(ss, existing, plan.summarySheet.name);
  writeRows(summary, plan.summarySheet.rows, clock);
  const width = Math.max(1, ...plan.summarySheet.rows.map((x) => x.length));
  finishSummary(summary, master, plan, plan.summarySheet.rows.length, width, lang);
}

/**
 * After its rows (`rows` of them, `width` wide): "Tổng hợp"'s heading bold, its widths and chart; the
 * master's added columns sized.
 */
export function finishSummary(summary: Sheet, master: Sheet, plan: ConsolidationPlan, rows: number, width: number, lang: Lang): void {
  summary.getRange(1, 1).setFontWeight('bold');
  // Widths from core (characters → pixels), the same as the command line's and Excel's.
  (plan.summarySheet.widths ?? [42]).forEach((w, i) => summary.setColumnWidth(i + 1, widthInPixels(w)));
  for (const a of plan.addedColumns ?? []) master.setColumnWidth(a.column, widthInPixels(a.width));
  const r = plan.chartRange;
  if (r && r.bottom <= rows) {
    // Labels in the first row, counts in the second: rows are the series, one column per status.
    const chart = summary
      .newChart()
      .asColumnChart()
      .addRange(summary.getRange(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1))
      .setTransposeRowsAndColumns(true)
      .setNumHeaders(1)
      .setOption('title', say('chartTitle', lang))
      .setOption('legend', { position: 'none' })
      .setPosition(1, width + 2, 0, 0)
      .build();
    summary.insertChart(chart);
  }
}

/** Puts the master's cells back (those not edited since) and "Tổng hợp" as it was, removed when it was new. */
export function undoConsolidation(lang: Lang): number {
  return withDocumentLock(lang, 'lockBusy', () => {
    const store = documentStore();
    const record = readSavedEdits(store.read(CONSOLIDATION_KEY));
    if (!record) return 0;
    const ss = activeSpreadsheet();
    const clock = clockOf(ss.getSpreadsheetTimeZone());
    const master = ss.getSheetByName(record.sheet);
    if (!master) throw new UserError(say('noSheet', lang, { sheet: record.sheet }));
    const edits = editsOfRecord(record.cells);
    let written = 0;
    if (edits.length > 0) {
      const block = planBlock(master, edits, 'undo', clock);
      writeBlock(block);
      written = block.written.length;
    }
    if (record.addedSheet) restoreSummary(ss, record.addedSheet, clock);
    store.remove(RESTORED_KEY);
    store.remove(CONSOLIDATION_KEY);
    return written;
  });
}

/** "Tổng hợp" as it was before a consolidation: its old content back, or removed when the consolidation added it. */
export function restoreSummary(ss: Spreadsheet, added: NonNullable<SavedEdits['addedSheet']>, clock: Clock): void {
  const summary = ss.getSheetByName(added.name);
  if (added.previous) {
    const sheet = freshSheet(ss, summary, added.name);
    writeRows(
      sheet,
      added.previous.map((r) => r.map(cellFromJson)),
      clock,
    );
  } else if (summary) {
    ss.deleteSheet(summary);
  }
}
