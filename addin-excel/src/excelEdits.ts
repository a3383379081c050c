/**
 * Value changes in Excel (safe fixes, consolidation), their undo, and the workbook's settings sheet.
 * Core decides (undo.ts, planCheck.ts, hostRules.ts); this module reads and writes under the web's
 * payload limit (excelPayload.ts):
 * - a fix writes a row fix whole or not at all (a row holding a formula is left and reported), never
 *   writes over a formula, and writes text that Excel would turn into a number as text ("@"), the
 *   cell's old number format kept for undo;
 * - every run is kept (excelUndoStore.ts, not in the settings a check loads) and undone newest first;
 *   undo puts back only cells that still hold what the run wrote, and names the others;
 * - a consolidation plan is checked (shape, then staleness) before anything is written.
 */
import {
  SETTINGS_SHEET,
  TEXT_FORMAT,
  cellFromJson,
  ValueEdit,
  WorkbookSettings,
  editsOfRecord,
  planFixRun,
  planProblemText,
  planShapeProblem,
  planStaleProblem,
  readSettings,
  rowRuns,
  sameCell,
  savedEditsOf,
  selectFixEdits,
  settingsRows,
  undoSplit,
  withWorkbookSettings,
  wouldRetype,
  a1,
  columnLetters,
  widthInPixels,
  type CellNow,
  type CellValue,
  type ConsolidationPlan,
  type FixPreview,
  type FixScope,
  type Grid,
  type Lang,
  type ValidateOptions,
} from '../../core';
import { Batch, PATH_BYTES, actionBytes, jsonBytes, payloadLimit, rangeBytes } from './excelPayload';
import { ExcelLike, gridFromUsedRange, gridOf, queueSheetRead, queueUsedRead, rangeAt, toExcelValue } from './excelRead';
import { queueSideSheets, sheetNames } from './excelWorkbook';
import { hasRun, newestRun, pushRunRecord } from './excelUndoStore';
import { HostError } from './messages';

export const FIXES_KEY = 'phuluc.fixes';
export const CONSOLIDATION_KEY = 'phuluc.consolidation';

type Edit = ValueEdit & { format?: string };

export interface FixOutcome {
  sheet: string;
  /** Cells written. */
  written: number;
  /** Cells a fix would change that hold a formula: left as they are. */
  formulaCells: string[];
  /** Rows whose row fix (merge, removal) was left out because one of them holds a formula. */
  formulaRows: number[];
}

export interface UndoOutcome {
  sheet?: string;
  written: number;
  /** Cells edited since the change: kept as they are. */
  changedSince: string[];
}

/** A cell as Excel answers it (values, formulas, number format), by sheet position. */
interface CellsNow {
  at(row: number, column: number): { raw: unknown; formula: boolean; format: string };
}

/** Excel's answer and a core value are the same content: text, number, boolean, a day (a serial or the ISO text written). */
export function sameExcel(raw: unknown, v: CellValue): boolean {
  if (v instanceof Date) {
    if (typeof raw === 'number') return Math.abs(raw - (v.getTime() / 86_400_000 + 25_569)) < 1e-6;
    return raw === v.toISOString().slice(0, 10);
  }
  const now = gridFromUsedRange('', [[raw]], 0, 0).rows[0][0];
  return sameCell(now, v);
}

function nowOf(cells: CellsNow): CellNow {
  return (row, column) => {
    const c = cells.at(row, column);
    return { value: c.raw as CellValue, formula: c.formula };
  };
}

const sameRaw = (a: CellValue, b: CellValue) => sameExcel(a, b);

/** Reads values, formulas and number formats of the cells of `edits`, run by run, under the limit. */
async function readCells(ctx: Excel.RequestContext, ws: Excel.Worksheet, edits: readonly ValueEdit[], limit: number): Promise<CellsNow> {
  const batch = new Batch(ctx, limit);
  const runs: { row: number; column: number; n: number; range: Excel.Range }[] = [];
  for (const run of rowRuns(edits)) {
    const address = `${a1(run.row, run.column)}:${a1(run.row, run.column + run.cells.length - 1)}`;
    // What comes back is about what was written there, twice (values and formulas), and a format.
    const guess = run.cells.reduce((n, e) => n + 2 * jsonBytes(e.after) + 2 * jsonBytes(e.before) + 40, 60);
    await batch.room(rangeBytes(address) + actionBytes(['values', 'formulas', 'numberFormat']), guess);
    const range = ws.getRange(address);
    range.load(['values', 'formulas', 'numberFormat']);
    runs.push({ row: run.row, column: run.column, n: run.cells.length, range });
  }
  await batch.flush();
  const map = new Map<string, { raw: unknown; formula: boolean; format: string }>();
  for (const r of runs) {
    const values = (r.range.values as unknown[][])[0];
    const formulas = (r.range.formulas as unknown[][])[0];
    const formats = (r.range.numberFormat as unknown[][])[0];
    for (let i = 0; i < r.n; i++) {
      const f = formulas[i];
      map.set(`${r.row}:${r.column + i}`, { raw: values[i], formula: typeof f === 'string' && f.startsWith('='), format: formatText(formats[i]) });
    }
  }
  return { at: (row, column) => map.get(`${row}:${column}`) ?? { raw: '', formula: false, format: 'General' } };
}

/**
 * Queues the writes of `edits` (each cell to `pick(e)`), run by run under the limit. Text that Excel
 * would re-type is written as text: where `before` differs from a cell's `current` number format the
 * run's formats are set first ("@" there), and where `after` differs, set again after the values
 * (undo puts a cell's old format back).
 */
async function queueValues(
  ws: Excel.Worksheet,
  edits: readonly Edit[],
  pick: (e: Edit) => CellValue,
  formats: { current: (e: Edit) => string; before: (e: Edit) => string; after: (e: Edit) => string },
  batch: Batch,
): Promise<void> {
  for (const run of rowRuns(edits)) {
    const values = run.cells.map((e) => toExcelValue(pick(e)));
    const current = run.cells.map(formats.current);
    const before = run.cells.map(formats.before);
    const after = run.cells.map(formats.after);
    const setBefore = before.some((f, i) => f !== current[i]);
    const setAfter = after.some((f, i) => f !== before[i]);
    const address = `${a1(run.row, run.column)}:${a1(run.row, run.column + run.cells.length - 1)}`;
    await batch.room(rangeBytes(address) + actionBytes([values]) + (setBefore ? actionBytes([before]) : 0) + (setAfter ? actionBytes([after]) : 0));
    const range = ws.getRange(address);
    if (setBefore) range.numberFormat = [before];
    range.values = [values];
    if (setAfter) range.numberFormat = [after];
  }
}

const isText = (v: CellValue): v is string => typeof v === 'string';

/** A number format as Excel answers it ("General" when it answers nothing usable). */
function formatText(v: unknown): string {
  return typeof v === 'string' && v !== '' ? v : 'General';
}

/** A fix of a scope worked out on the active sheet: what it writes, what it leaves for formulas, and how to read the sheet's formats. */
interface PlannedFix {
  ws: Excel.Worksheet;
  sheet: string;
  /** The edits written, each with the cell's old number format where it is written as text. */
  written: Edit[];
  formulaCells: string[];
  formulaRows: number[];
  /** The cell's number format as read. */
  format(row: number, column: number): string;
}

/**
 * Reads the active sheet (values, formulas, formats, under the limit) and its side sheets, and asks
 * core which edits a fix of `scope` makes (planFixRun), keeping formula cells and rows with a formula
 * out (selectFixEdits): the same for the preview and the fix, so the count confirmed is the count written.
 */
async function planActiveFixes(ctx: Excel.RequestContext, limit: number, scope: FixScope, given: ValidateOptions): Promise<PlannedFix | { sheet: string }> {
  const ws = ctx.workbook.worksheets.getActiveWorksheet();
  ws.load('name');
  // Fixes have no sync budget to keep: the sheets are listed first, so no missing sheet is ever asked for.
  const names = await sheetNames(ctx);
  const read = queueSheetRead(ctx, ws, () => ws.name, limit, ['values', 'formulas', 'numberFormat']);
  const side = queueSideSheets(ctx, names);
  await ctx.sync();
  const sheet = ws.name;
  const data = await read.finish();
  if (!data) return { sheet };
  const grid = gridOf(data);
  const others = side.grids().filter((g) => g.name !== grid.name);
  // The directory sheet is passed along so fixes use the workbook's own canonical names.
  const plan = planFixRun(grid, others, withWorkbookSettings(others, given), scope);
  const at = (p: 'formulas' | 'numberFormat', row: number, column: number) => data.rows[p]![row - 1 - data.rowIndex]?.[column - 1 - data.columnIndex];
  const isFormula = (row: number, column: number) => {
    const f = at('formulas', row, column);
    return typeof f === 'string' && f.startsWith('=');
  };
  const rowHasFormula = (row: number) => (data.rows.formulas![row - 1 - data.rowIndex] ?? []).some((f) => typeof f === 'string' && f.startsWith('='));
  const pick = selectFixEdits(plan.edits, plan.rowGroups, isFormula, rowHasFormula);
  const format = (row: number, column: number) => formatText(at('numberFormat', row, column));
  // Text Excel would take for a number is written as text; the cell's format is kept for undo.
  const written: Edit[] = pick.write.map((e) => {
    const f = format(e.row, e.column);
    return isText(e.after) && wouldRetype(e.after) && f !== TEXT_FORMAT ? { ...e, format: f } : e;
  });
  return { ws, sheet, written, formulaCells: pick.formulaCells.map((e) => a1(e.row, e.column)), formulaRows: pick.formulaRows, format };
}

const scopeOf = (scope: boolean | FixScope): FixScope => (typeof scope === 'boolean' ? { unitsOnly: scope } : scope);

/**
 * Sửa lỗi an toàn / Chuẩn hóa tên đơn vị / Sửa tất cả: core's fixes of `scope` applied to the active
 * sheet, and kept so that undoFixes puts every value (and number format) back. `true` means unit names only.
 */
export async function applySafeFixes(excel: ExcelLike, scope: boolean | FixScope = false, given: ValidateOptions = {}): Promise<FixOutcome> {
  return excel.run(async (ctx) => {
    const limit = payloadLimit(excel);
    const planned = await planActiveFixes(ctx, limit, scopeOf(scope), given);
    if (!('written' in planned)) return { sheet: planned.sheet, written: 0, formulaCells: [], formulaRows: [] };
    const { ws, sheet, written } = planned;
    const outcome = { sheet, written: written.length, formulaCells: planned.formulaCells, formulaRows: planned.formulaRows };
    if (written.length === 0) return outcome;
    const batch = new Batch(ctx, limit);
    // The record first: should a later write fail, what was written can be undone.
    await pushRunRecord(ctx, excel, batch, 'fixes', savedEditsOf('fix', sheet, written), FIXES_KEY);
    const current = (e: Edit) => planned.format(e.row, e.column);
    const target = (e: Edit) => (e.format !== undefined ? TEXT_FORMAT : current(e));
    await queueValues(ws, written, (e) => e.after, { current, before: target, after: target }, batch);
    await batch.flush();
    return outcome;
  });
}

/** What applySafeFixes(scope) would write, written nowhere: the panel's preview (formula cells and rows left out, as the fix leaves them). */
export async function previewSafeFixes(excel: ExcelLike, scope: FixScope, given: ValidateOptions = {}): Promise<FixPreview> {
  return excel.run(async (ctx) => {
    const planned = await planActiveFixes(ctx, payloadLimit(excel), scope, given);
    return { sheet: planned.sheet, edits: 'written' in planned ? planned.written.map(({ format: _format, ...e }) => e) : [] };
  });
}

/** Whether a fix run is kept that undoFixes can put back (its parts are listed, not read). */
export async function hasFixToUndo(excel: ExcelLike): Promise<boolean> {
  return excel.run((ctx) => hasRun(ctx, excel, 'fixes', FIXES_KEY));
}

/** Hoàn tác sửa lỗi: the newest fix run undone (cells edited since are kept and named). */
export async function undoFixes(excel: ExcelLike): Promise<UndoOutcome> {
  return excel.run(async (ctx) => {
    const limit = payloadLimit(excel);
    const batch = new Batch(ctx, limit);
    const run = await newestRun(ctx, excel, batch, 'fixes', FIXES_KEY);
    if (!run) return { written: 0, changedSince: [] };
    const ws = await sheetOrFail(ctx, run.record.sheet);
    // The old format comes from the record, not from the sheet read now.
    const { written, changedSince } = await undoRun(ctx, ws, editsOfRecord(run.record), limit, batch);
    await run.forget();
    await batch.flush();
    return { sheet: run.record.sheet, written: written.length, changedSince: changedSince.map((e) => a1(e.row, e.column)) };
  });
}

/**
 * Puts back the cells of a run that still hold what it wrote: the value, and the number format the
 * run changed (kept in the record). Text that Excel would re-type is written as text first, then the
 * cell's format is put back; the value stays text.
 */
async function undoRun(ctx: Excel.RequestContext, ws: Excel.Worksheet, edits: readonly Edit[], limit: number, batch: Batch) {
  if (edits.length === 0) return { written: [] as Edit[], changedSince: [] as Edit[] };
  const cells = await readCells(ctx, ws, edits, limit);
  const split = undoSplit(edits, nowOf(cells), sameRaw);
  const current = (e: Edit) => cells.at(e.row, e.column).format;
  const after = (e: Edit) => e.format ?? current(e);
  const before = (e: Edit) => (isText(e.before) && wouldRetype(e.before) ? TEXT_FORMAT : after(e));
  await queueValues(ws, split.write, (e) => e.before, { current, before, after }, batch);
  return { written: split.write, changedSince: split.changedSince };
}

async function sheetOrFail(ctx: Excel.RequestContext, name: string): Promise<Excel.Worksheet> {
  const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
  await ctx.sync();
  if (ws.isNullObject) throw new HostError('noSheet', { sheet: name });
  return ws;
}

/** Rows of values from A1, padded to a rectangle as Excel wants them, in blocks under the limit. */
async function writeRows(ws: Excel.Worksheet, rows: CellValue[][], batch: Batch): Promise<void> {
  if (rows.length === 0) return;
  const width = Math.max(1, ...rows.map((r) => r.length));
  const table = rows.map((r) => Array.from({ length: width }, (_, i) => toExcelValue(r[i] ?? null)));
  let start = 0;
  while (start < table.length) {
    let end = start;
    let bytes = PATH_BYTES * 2 + actionBytes();
    while (end < table.length && (end === start || bytes + jsonBytes(table[end]) < Math.min(batch.limit / 2, 1e9))) bytes += jsonBytes(table[end++]);
    await batch.room(bytes);
    rangeAt(ws, start + 1, 1, end - start, width).values = table.slice(start, end);
    start = end;
  }
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
    range.numberFormat = rows.map((r) => r.map(() => TEXT_FORMAT));
    range.values = rows;
    rangeAt(ws, 1, 1, 1, 3).format.font.bold = true;
    await ctx.sync();
  });
}

/** Every sheet's values and the active sheet's name, for a consolidation computed in the pane; each sheet read under the limit. */
export async function openWorkbook(excel: ExcelLike): Promise<{ grids: Grid[]; active: string }> {
  return excel.run(async (ctx) => {
    const limit = payloadLimit(excel);
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    const active = ctx.workbook.worksheets.getActiveWorksheet();
    active.load('name');
    await ctx.sync();
    const grids: Grid[] = [];
    for (const ws of sheets.items) {
      const read = queueSheetRead(ctx, ws, () => ws.name, limit);
      await ctx.sync();
      const data = await read.finish();
      grids.push(data ? gridOf(data) : { name: ws.name, rows: [], merges: [] });
    }
    return { grids, active: active.name };
  });
}

/**
 * Applies a consolidation: the master's cells, the "Tổng hợp" sheet (its old content kept for undo)
 * and a column chart of the status counts. Refused, with nothing written, when the plan is malformed
 * or the master changed since the preview.
 */
export async function applyConsolidation(excel: ExcelLike, plan: ConsolidationPlan, lang: Lang = 'vi'): Promise<number> {
  const shape = planShapeProblem(plan);
  if (shape) throw new Error(planProblemText(shape, lang));
  return excel.run(async (ctx) => {
    const limit = payloadLimit(excel);
    const ws = ctx.workbook.worksheets.getItemOrNullObject(plan.sheet);
    const old = ctx.workbook.worksheets.getItemOrNullObject(plan.summarySheet.name);
    await ctx.sync();
    if (ws.isNullObject) throw new HostError('noSheet', { sheet: plan.sheet });
    let previous: CellValue[][] | undefined;
    if (!old.isNullObject) {
      const read = queueSheetRead(ctx, old, () => plan.summarySheet.name, limit);
      await ctx.sync();
      const data = await read.finish();
      previous = data ? gridOf(data).rows : [];
    }
    const cells = plan.edits.length ? await readCells(ctx, ws, plan.edits, limit) : undefined;
    const stale = cells && planStaleProblem(plan, nowOf(cells), sameRaw);
    if (stale) throw new Error(planProblemText(stale, lang));
    // A cell holding a formula is never written over.
    const edits: Edit[] = plan.edits
      .filter((e) => !cells!.at(e.row, e.column).formula)
      .map((e) => {
        const format = cells!.at(e.row, e.column).format;
        return isText(e.after) && wouldRetype(e.after) && format !== TEXT_FORMAT ? { ...e, format } : e;
      });
    const batch = new Batch(ctx, limit);
    await pushRunRecord(
      ctx,
      excel,
      batch,
      'consolidation',
      savedEditsOf('consolidate', plan.sheet, edits, { name: plan.summarySheet.name, previous }),
      CONSOLIDATION_KEY,
    );
    const current = (e: Edit) => cells!.at(e.row, e.column).format;
    const target = (e: Edit) => (e.format !== undefined ? TEXT_FORMAT : current(e));
    await queueValues(ws, edits, (e) => e.after, { current, before: target, after: target }, batch);
    await batch.room(PATH_BYTES * 4 + actionBytes() * 4);
    if (!old.isNullObject) old.delete();
    const summary = ctx.workbook.worksheets.add(plan.summarySheet.name);
    await writeRows(summary, plan.summarySheet.rows, batch);
    rangeAt(summary, 1, 1).format.font.bold = true;
    // Widths from core (characters → points), the same as the command line's; added master columns wrap.
    const column = (sheet: typeof summary, c: number) => sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format;
    (plan.summarySheet.widths ?? [43]).forEach((w, i) => (column(summary, i + 1).columnWidth = widthInPixels(w) * 0.75));
    for (const a of plan.addedColumns ?? []) {
      column(ws, a.column).columnWidth = widthInPixels(a.width) * 0.75;
      column(ws, a.column).wrapText = true;
    }
    if (plan.chartRange && (excel.isSetSupported?.('ExcelApi', '1.1') ?? true)) {
      const r = plan.chartRange;
      const chart = summary.charts.add('ColumnClustered', rangeAt(summary, r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1), 'Rows');
      chart.title.text = 'Tình hình thực hiện';
      chart.legend.visible = false;
      chart.top = 10;
      chart.left = 480;
    }
    await batch.flush();
    return edits.length;
  });
}

/** Puts the master's cells back (those not edited since) and the "Tổng hợp" sheet as it was (removed when it was new). */
export async function undoConsolidation(excel: ExcelLike): Promise<number> {
  return excel.run(async (ctx) => {
    const limit = payloadLimit(excel);
    const batch = new Batch(ctx, limit);
    const run = await newestRun(ctx, excel, batch, 'consolidation', CONSOLIDATION_KEY);
    if (!run) return 0;
    const saved = run.record;
    const ws = await sheetOrFail(ctx, saved.sheet);
    const { written } = await undoRun(ctx, ws, editsOfRecord(saved), limit, batch);
    if (saved.addedSheet) {
      const added = ctx.workbook.worksheets.getItemOrNullObject(saved.addedSheet.name);
      await batch.flush();
      if (!added.isNullObject) added.delete();
      if (saved.addedSheet.previous) {
        const rows = saved.addedSheet.previous.map((r) => r.map(cellFromJson));
        await writeRows(ctx.workbook.worksheets.add(saved.addedSheet.name), rows, batch);
      }
    }
    await run.forget();
    await batch.flush();
    return written.length;
  });
}
