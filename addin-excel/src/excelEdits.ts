/**
 * Value changes in Excel (safe fixes, consolidation) and the workbook's settings sheet. Every value
 * change is kept with what the cell held before, in the document's settings, so it can be undone;
 * cells holding formulas are never written over.
 */
import { SETTINGS_SHEET, ValueEdit, WorkbookSettings, cellFromJson, planFixes, readSavedEdits, readSettings, rowRuns, saveEdits, settingsRows, withWorkbookSettings, type CellValue, type ConsolidationPlan, type FixPreview, type FixScope, type Grid, type ValidateOptions } from '../../core';
import { ExcelLike, WriteBudget, queueUsedRead, rangeAt, sizeOf, toExcelValue } from './excelRead';
import { queueSideSheets, sheetNames } from './excelWorkbook';

export const FIXES_KEY = 'phuluc.fixes';
export const CONSOLIDATION_KEY = 'phuluc.consolidation';

/**
 * Writes values run by run (neighbouring cells of a row in one range), skipping every cell whose
 * formula is not a plain value. Returns the edits actually written.
 */
async function writeValues(ctx: Excel.RequestContext, ws: Excel.Worksheet, edits: readonly ValueEdit[], pick: (e: ValueEdit) => CellValue): Promise<ValueEdit[]> {
  const runs = rowRuns(edits).map((run) => {
    const range = rangeAt(ws, run.row, run.column, 1, run.cells.length);
    range.load('formulas');
    return { run, range };
  });
  await ctx.sync();
  const written: ValueEdit[] = [];
  const budget = new WriteBudget(ctx);
  for (const { run, range } of runs) {
    const formulas = (range.formulas as unknown[][])[0];
    // A run is cut where a formula sits: the formula stays, its neighbours are written.
    let start = -1;
    const flush = async (end: number) => {
      if (start < 0) return;
      const part = run.cells.slice(start, end);
      rangeAt(ws, run.row, run.column + start, 1, part.length).values = [part.map((e) => toExcelValue(pick(e)))];
      written.push(...part);
      await budget.add(part.reduce((n, e) => n + sizeOf(pick(e)), 0));
      start = -1;
    };
    for (let i = 0; i < run.cells.length; i++) {
      const f = formulas[i];
      if (typeof f === 'string' && f.startsWith('=')) await flush(i);
      else if (start < 0) start = i;
    }
    await flush(run.cells.length);
  }
  return written;
}

/**
 * Sửa lỗi an toàn / Chuẩn hóa tên đơn vị / Sửa tất cả: core's fixes of `scope` applied to the active
 * sheet in one batch, and kept so that undoFixes puts every value back. `true` means unit names only.
 */
export async function applySafeFixes(excel: ExcelLike, scope: boolean | FixScope = false, given: ValidateOptions = {}): Promise<number> {
  return excel.run(async (ctx) => {
    const planned = await planActiveFixes(ctx, typeof scope === 'boolean' ? { unitsOnly: scope } : scope, given);
    if (!planned || planned.edits.length === 0) return 0;
    const written = await writeValues(ctx, planned.ws, planned.edits, (e) => e.after);
    ctx.workbook.settings.add(FIXES_KEY, saveEdits('fix', planned.sheet, written));
    await ctx.sync();
    return written.length;
  });
}

/** What applySafeFixes(scope) would write, written nowhere: the panel's preview. */
export async function previewSafeFixes(excel: ExcelLike, scope: FixScope, given: ValidateOptions = {}): Promise<FixPreview> {
  return excel.run(async (ctx) => {
    const planned = await planActiveFixes(ctx, scope, given);
    return { sheet: planned?.sheet ?? '', edits: planned?.edits ?? [] };
  });
}

/** Whether the workbook keeps a fix that undoFixes can put back. */
export async function hasFixToUndo(excel: ExcelLike): Promise<boolean> {
  return excel.run(async (ctx) => {
    const setting = ctx.workbook.settings.getItemOrNullObject(FIXES_KEY);
    setting.load('value');
    await ctx.sync();
    return !setting.isNullObject && (readSavedEdits(String(setting.value))?.cells.length ?? 0) > 0;
  });
}

async function planActiveFixes(ctx: Excel.RequestContext, scope: FixScope, given: ValidateOptions): Promise<{ ws: Excel.Worksheet; sheet: string; edits: ValueEdit[] } | undefined> {
  const ws = ctx.workbook.worksheets.getActiveWorksheet();
  ws.load('name');
  // Fixes have no sync budget to keep: the sheets are listed first, so no missing sheet is ever asked for.
  const names = await sheetNames(ctx);
  const read = queueUsedRead(ws, () => ws.name);
  const side = queueSideSheets(ctx, names);
  await ctx.sync();
  const grid = read.grid();
  if (!grid) return undefined;
  const others = side.grids().filter((g) => g.name !== grid.name);
  // The directory sheet is passed along so fixes use the workbook's own canonical names.
  return { ws, sheet: grid.name, edits: planFixes(grid, others, withWorkbookSettings(others, given), scope) };
}

/** Puts back every value the last fix changed. */
export async function undoFixes(excel: ExcelLike): Promise<number> {
  return undoEdits(excel, FIXES_KEY);
}

async function undoEdits(excel: ExcelLike, key: string): Promise<number> {
  return excel.run(async (ctx) => {
    const setting = ctx.workbook.settings.getItemOrNullObject(key);
    setting.load('value');
    await ctx.sync();
    const saved = setting.isNullObject ? undefined : readSavedEdits(String(setting.value));
    if (!saved) return 0;
    const ws = ctx.workbook.worksheets.getItem(saved.sheet);
    const edits: ValueEdit[] = saved.cells.map((c) => ({ row: c.row, column: c.column, before: cellFromJson(c.before), after: cellFromJson(c.after) }));
    const written = await writeValues(ctx, ws, edits, (e) => e.before);
    if (saved.addedSheet) {
      const added = ctx.workbook.worksheets.getItemOrNullObject(saved.addedSheet.name);
      await ctx.sync();
      if (!added.isNullObject) added.delete();
      if (saved.addedSheet.previous) {
        const rows = saved.addedSheet.previous.map((r) => r.map(cellFromJson));
        writeRows(ctx.workbook.worksheets.add(saved.addedSheet.name), rows);
      }
    }
    setting.delete();
    await ctx.sync();
    return written.length;
  });
}

/** Rows of values from A1, padded to a rectangle as Excel wants them. */
function writeRows(ws: Excel.Worksheet, rows: CellValue[][]): Excel.Range | undefined {
  const width = Math.max(1, ...rows.map((r) => r.length));
  if (rows.length === 0) return undefined;
  const range = rangeAt(ws, 1, 1, rows.length, width);
  range.values = rows.map((r) => Array.from({ length: width }, (_, i) => toExcelValue(r[i] ?? null)));
  return range;
}

/** The settings sheet, read (a missing sheet is asked about before its cells: never a chained null). */
export async function readWorkbookSettings(excel: ExcelLike): Promise<WorkbookSettings> {
  return excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
    await ctx.sync();
    if (ws.isNullObject) return {};
    const grid = queueUsedRead(ws, () => SETTINGS_SHEET);
    await ctx.sync();
    return readSettings(grid.grid() ?? undefined).settings;
  });
}

/** Writes the settings sheet (added at the end when missing); values as text so Excel keeps them as typed. */
export async function saveWorkbookSettings(excel: ExcelLike, settings: WorkbookSettings): Promise<void> {
  const rows = settingsRows(settings);
  await excel.run(async (ctx) => {
    let ws = ctx.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
    await ctx.sync();
    if (ws.isNullObject) ws = ctx.workbook.worksheets.add(SETTINGS_SHEET);
    const range = rangeAt(ws, 1, 1, rows.length, 3);
    range.numberFormat = rows.map((r) => r.map(() => '@'));
    range.values = rows;
    rangeAt(ws, 1, 1, 1, 3).format.font.bold = true;
    await ctx.sync();
  });
}

/** Every sheet's values and the active sheet's name, for a consolidation computed in the pane. */
export async function openWorkbook(excel: ExcelLike): Promise<{ grids: Grid[]; active: string }> {
  return excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    const active = ctx.workbook.worksheets.getActiveWorksheet();
    active.load('name');
    await ctx.sync();
    const reads = sheets.items.map((ws) => ({ name: ws.name, read: queueUsedRead(ws, () => ws.name) }));
    await ctx.sync();
    const grids = reads.map((r) => r.read.grid() ?? { name: r.name, rows: [], merges: [] });
    return { grids, active: active.name };
  });
}

/**
 * Applies a consolidation: the master's cells, the "Tổng hợp" sheet (its old content kept for undo)
 * and a column chart of the status counts. One batch of writes; undoConsolidation reverses it.
 */
export async function applyConsolidation(excel: ExcelLike, plan: ConsolidationPlan): Promise<number> {
  return excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(plan.sheet);
    const old = ctx.workbook.worksheets.getItemOrNullObject(plan.summarySheet.name);
    await ctx.sync();
    let previous: CellValue[][] | undefined;
    if (!old.isNullObject) {
      const read = queueUsedRead(old, () => plan.summarySheet.name);
      await ctx.sync();
      previous = read.grid()?.rows ?? [];
    }
    const written = await writeValues(ctx, ws, plan.edits, (e) => e.after);
    if (!old.isNullObject) old.delete();
    const summary = ctx.workbook.worksheets.add(plan.summarySheet.name);
    writeRows(summary, plan.summarySheet.rows);
    rangeAt(summary, 1, 1).format.font.bold = true;
    summary.getRange('A:A').format.columnWidth = 300;
    if (plan.chartRange && (excel.isSetSupported?.('ExcelApi', '1.1') ?? true)) {
      const r = plan.chartRange;
      const chart = summary.charts.add('ColumnClustered', rangeAt(summary, r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1), 'Rows');
      chart.title.text = 'Tình hình thực hiện';
      chart.legend.visible = false;
      chart.top = 10;
      chart.left = 480;
    }
    ctx.workbook.settings.add(CONSOLIDATION_KEY, saveEdits('consolidate', plan.sheet, written, { name: plan.summarySheet.name, previous }));
    await ctx.sync();
    return written.length;
  });
}

/** Puts the master's cells back and the "Tổng hợp" sheet as it was (removed when it was new). */
export async function undoConsolidation(excel: ExcelLike): Promise<number> {
  return undoEdits(excel, CONSOLIDATION_KEY);
}
