/**
 * The Excel host: reads the active sheet once, runs core, paints the findings in one batch and can
 * undo it. Three syncs per check whatever the row count: read; read the looks of the cells to paint;
 * write. No rule lives here.
 */
import { highlightPlan, Lang } from '../../core/editPlan';
import type { CellValue, Grid } from '../../core/grid';
import { a1 } from '../../core/grid';
import { CellLook, LookWrite, clearPlan, paintPlan, parseSaved } from '../../core/highlightState';
import type { ValidateOptions } from '../../core/rule';
import { Report, validateWorkbook } from '../../core/validate';
import { fixWorkbook } from '../../core/fixes';
import { rules as allRules } from '../../core/rules';

/** The part of the Excel namespace used here: `Excel.run`. Tests pass a faithful fake. */
export interface ExcelLike {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export const SETTINGS_KEY = 'phuluc.highlights';
/** Office returns white for a cell without fill; restoring it means clearing the fill. */
const NO_FILL = '#FFFFFF';

/** Excel's values (rows of the used range) placed where they sit on the sheet. */
export function gridFromUsedRange(name: string, values: unknown[][], rowIndex: number, columnIndex: number): Grid {
  const rows: CellValue[][] = [];
  for (let r = 0; r < rowIndex; r++) rows.push([]);
  for (const line of values) {
    const row: CellValue[] = new Array(columnIndex).fill(null);
    for (const v of line) row.push(toCellValue(v));
    rows.push(row);
  }
  return { name, rows, merges: [] };
}

function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string') return /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/.test(v) ? { error: v } : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

export interface CheckResult {
  sheet: string;
  report?: Report;
  painted: number;
}

function noteAddress(sheet: string, row: number, column: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1(row, column)}`;
}

/** Applies look writes; `notes` says which cells have a note now (so it is updated or deleted, not added twice). */
function applyWrites(ctx: Excel.RequestContext, ws: Excel.Worksheet, sheet: string, writes: LookWrite[], notes: Map<string, Excel.Note>): void {
  for (const w of writes) {
    const cell = ws.getRangeByIndexes(w.row - 1, w.column - 1, 1, 1);
    if (w.fill === null || w.fill === NO_FILL) cell.format.fill.clear();
    else cell.format.fill.color = w.fill;
    const existing = notes.get(`${w.row}:${w.column}`);
    if (w.note === null) existing?.delete();
    else if (existing) existing.content = w.note;
    else ctx.workbook.notes.add(noteAddress(sheet, w.row, w.column), w.note);
  }
}

/** Kiểm tra: check the active sheet and highlight every finding in its cell. */
export async function checkActiveSheet(excel: ExcelLike, lang: Lang = 'vi', options: ValidateOptions = {}): Promise<CheckResult> {
  return excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getActiveWorksheet();
    ws.load('name');
    const used = ws.getUsedRangeOrNullObject(true);
    used.load(['values', 'rowIndex', 'columnIndex']);
    const setting = ctx.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
    setting.load('value');
    await ctx.sync();

    const sheet = ws.name;
    if (used.isNullObject) return { sheet, painted: 0 };
    const grid = gridFromUsedRange(sheet, used.values as unknown[][], used.rowIndex, used.columnIndex);
    const report = validateWorkbook([grid], options);
    const marks = highlightPlan(report.findings, lang).marks;
    const previous = parseSaved(setting.isNullObject ? null : String(setting.value));
    const prev = previous && previous.sheet === sheet ? previous : undefined;

    // The looks of every cell about to be painted or unpainted, in one round trip.
    const cells = new Map<string, { fill: Excel.RangeFill; note: Excel.Note }>();
    const want = [...marks.map((m) => [m.row, m.column] as const), ...(prev?.cells ?? []).map((c) => [c.row, c.column] as const)];
    for (const [row, column] of want) {
      const k = `${row}:${column}`;
      if (cells.has(k)) continue;
      const fill = ws.getRangeByIndexes(row - 1, column - 1, 1, 1).format.fill;
      fill.load('color');
      const note = ctx.workbook.notes.getItemOrNullObject(noteAddress(sheet, row, column));
      note.load('content');
      cells.set(k, { fill, note });
    }
    await ctx.sync();

    const current = new Map<string, CellLook>();
    const notes = new Map<string, Excel.Note>();
    for (const [k, c] of cells) {
      const color = c.fill.color;
      current.set(k, { fill: !color || color.toUpperCase() === NO_FILL ? null : color, note: c.note.isNullObject ? null : c.note.content });
      if (!c.note.isNullObject) notes.set(k, c.note);
    }
    const { writes, saved } = paintPlan(sheet, marks, current, prev);
    applyWrites(ctx, ws, sheet, writes, notes);
    ctx.workbook.settings.add(SETTINGS_KEY, JSON.stringify(saved));
    await ctx.sync();
    return { sheet, report, painted: saved.cells.length };
  });
}

/** Xóa đánh dấu: every painted cell back to its own fill and note. */
export async function clearHighlights(excel: ExcelLike): Promise<number> {
  return excel.run(async (ctx) => {
    const setting = ctx.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
    setting.load('value');
    await ctx.sync();
    const saved = parseSaved(setting.isNullObject ? null : String(setting.value));
    if (!saved) return 0;
    const ws = ctx.workbook.worksheets.getItem(saved.sheet);
    const notes = new Map<string, Excel.Note>();
    const probes = saved.cells.map((c) => {
      const note = ctx.workbook.notes.getItemOrNullObject(noteAddress(saved.sheet, c.row, c.column));
      note.load('content');
      return [`${c.row}:${c.column}`, note] as const;
    });
    await ctx.sync();
    for (const [k, note] of probes) if (!note.isNullObject) notes.set(k, note);
    applyWrites(ctx, ws, saved.sheet, clearPlan(saved), notes);
    setting.delete();
    await ctx.sync();
    return saved.cells.length;
  });
}

export const FIXES_KEY = 'phuluc.fixes';

interface SavedFixes {
  version: 1;
  sheet: string;
  cells: Array<{ row: number; column: number; before: CellValue; after: CellValue }>;
}

/** A value as Excel takes it back: text, number, boolean or empty. */
function toExcelValue(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v.error;
}

/**
 * Sửa lỗi an toàn / Chuẩn hóa tên đơn vị: core's fixes applied to the active sheet in one batch, and
 * kept so that undoFixes puts every value back. `unitsOnly` limits them to unit names.
 */
export async function applySafeFixes(excel: ExcelLike, unitsOnly = false, options: ValidateOptions = {}): Promise<number> {
  return excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getActiveWorksheet();
    ws.load('name');
    const used = ws.getUsedRangeOrNullObject(true);
    used.load(['values', 'rowIndex', 'columnIndex']);
    await ctx.sync();
    if (used.isNullObject) return 0;
    const grid = gridFromUsedRange(ws.name, used.values as unknown[][], used.rowIndex, used.columnIndex);
    const rules = unitsOnly ? allRules.filter((r) => r.meta.code === 'unit.noncanonical' || r.meta.code === 'unit.defunct') : allRules;
    const [after] = fixWorkbook([grid], options, rules).grids;
    const cells: SavedFixes['cells'] = [];
    const height = Math.max(grid.rows.length, after.rows.length);
    for (let r = 0; r < height; r++) {
      const a = grid.rows[r] ?? [];
      const b = after.rows[r] ?? [];
      for (let c = 0; c < Math.max(a.length, b.length); c++) {
        const before = a[c] ?? null;
        const now = b[c] ?? null;
        if (toExcelValue(before) !== toExcelValue(now)) cells.push({ row: r + 1, column: c + 1, before, after: now });
      }
    }
    if (cells.length === 0) return 0;
    for (const c of cells) ws.getRangeByIndexes(c.row - 1, c.column - 1, 1, 1).values = [[toExcelValue(c.after)]];
    const saved: SavedFixes = { version: 1, sheet: ws.name, cells };
    ctx.workbook.settings.add(FIXES_KEY, JSON.stringify(saved));
    await ctx.sync();
    return cells.length;
  });
}

/** Puts back every value the last fix changed. */
export async function undoFixes(excel: ExcelLike): Promise<number> {
  return excel.run(async (ctx) => {
    const setting = ctx.workbook.settings.getItemOrNullObject(FIXES_KEY);
    setting.load('value');
    await ctx.sync();
    if (setting.isNullObject) return 0;
    const saved = JSON.parse(String(setting.value)) as SavedFixes;
    const ws = ctx.workbook.worksheets.getItem(saved.sheet);
    for (const c of saved.cells) ws.getRangeByIndexes(c.row - 1, c.column - 1, 1, 1).values = [[toExcelValue(c.before)]];
    setting.delete();
    await ctx.sync();
    return saved.cells.length;
  });
}
