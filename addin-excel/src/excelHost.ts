/**
 * The Excel host's check: reads the active sheet once, runs core, paints the findings in one batch
 * and can undo it. Three syncs per check whatever the row count: read (with the settings and unit
 * directory sheets); read the looks of the cells to paint; write. More only where Excel on the web
 * refuses a request over 5 MB, or the settings name a directory sheet not read in the first sync.
 * No rule lives here.
 */
import { CellLook, FINDINGS_SHEET, Lang, LookWrite, Report, a1, clearPlan, findingsSheetRows, highlightPlan, paintPlan, parseSaved, summarize, validateWorkbook, type Grid, type ValidateOptions } from '../../core';
import { ExcelLike, WriteBudget, isPayloadTooLarge, queueUsedRead, rangeAt, readUsedInBlocks, sheetRef, sizeOf } from './excelRead';
import { queueSideSheets, readSheet, sheetNames } from './excelWorkbook';

export type { ExcelLike } from './excelRead';
export { gridFromUsedRange } from './excelRead';
export { applySafeFixes, undoFixes, FIXES_KEY } from './excelEdits';

/**
 * Where a sheet's highlights are saved (each painted cell's own fill and note): one workbook setting
 * per sheet, so checking another sheet keeps the first one's restorable.
 */
export const SETTINGS_KEY = 'phuluc.highlights';
export function highlightsKey(sheet: string): string {
  return `${SETTINGS_KEY}:${sheet}`;
}
/** Office returns white for a cell without fill; restoring it means clearing the fill. */
const NO_FILL = '#FFFFFF';

/** Notes on cells need ExcelApi 1.18; without it the findings go to a sheet of their own. */
export function hasNotes(excel: ExcelLike): boolean {
  return excel.isSetSupported ? excel.isSetSupported('ExcelApi', '1.18') : true;
}

export interface CheckResult {
  sheet: string;
  report?: Report;
  painted: number;
  /** Where the findings were written when cells cannot carry notes. */
  findingsSheet?: string;
}

/** Applies look writes; `notes` says which cells have a note now (so it is updated or deleted, not added twice). */
async function applyWrites(ctx: Excel.RequestContext, ws: Excel.Worksheet, sheet: string, writes: LookWrite[], notes: Map<string, Excel.Note> | null, budget: WriteBudget): Promise<void> {
  for (const w of writes) {
    const cell = rangeAt(ws, w.row, w.column);
    if (w.fill === null || w.fill === NO_FILL) cell.format.fill.clear();
    else cell.format.fill.color = w.fill;
    let bytes = sizeOf(w.fill);
    if (notes) {
      const existing = notes.get(`${w.row}:${w.column}`);
      if (w.note === null) existing?.delete();
      else if (existing) existing.content = w.note;
      else ctx.workbook.notes.add(sheetRef(sheet, a1(w.row, w.column)), w.note);
      bytes += sizeOf(w.note);
    }
    await budget.add(bytes);
  }
}

/** The findings sheet, replaced: a link to each cell, severity, code and message. */
function writeFindingsSheet(ctx: Excel.RequestContext, old: Excel.Worksheet, report: Report, sheet: string, lang: Lang): void {
  if (!old.isNullObject) old.delete();
  const ws = ctx.workbook.worksheets.add(FINDINGS_SHEET);
  const { header, rows } = findingsSheetRows(report.findings.filter((f) => f.sheet === sheet), lang);
  const table = [header, ...rows.map((r) => [`=HYPERLINK("#${sheetRef(r.sheet, r.cell).replace(/"/g, '""')}","${r.cell}")`, ...r.values.slice(1)])];
  const range = rangeAt(ws, 1, 1, table.length, header.length);
  range.formulas = table;
  rangeAt(ws, 1, 1, 1, header.length).format.font.bold = true;
}

interface Mode {
  /** Read the sheet in row blocks (it passed 5 MB at once). */
  large: boolean;
  /** List the sheets first instead of asking for missing ones as null objects. */
  careful: boolean;
}

async function checkBatch(ctx: Excel.RequestContext, excel: ExcelLike, lang: Lang, given: ValidateOptions, mode: Mode): Promise<CheckResult> {
  const ws = ctx.workbook.worksheets.getActiveWorksheet();
  ws.load('name');
  const names = mode.careful ? await sheetNames(ctx) : undefined;
  const read = mode.large ? undefined : queueUsedRead(ws, () => ws.name);
  const side = queueSideSheets(ctx, names);
  // The sheet's name is not known before the first sync: all saved highlights come along (small).
  const settings = ctx.workbook.settings;
  settings.load('items/key,items/value');
  const notesOn = hasNotes(excel);
  const oldFindings = notesOn ? undefined : ctx.workbook.worksheets.getItemOrNullObject(FINDINGS_SHEET);
  try {
    await ctx.sync();
  } catch (e) {
    throw new FirstSyncError(e);
  }

  const sheet = ws.name;
  const grid = read ? read.grid() : await readUsedInBlocks(ctx, ws, sheet);
  if (!grid) return { sheet, painted: 0 };
  const others: Grid[] = side.grids().filter((g) => g.name !== sheet);
  const named = side.missingDirectory();
  if (named && named !== sheet) {
    const dir = await readSheet(ctx, named);
    if (dir) others.push(dir);
  }
  const all = validateWorkbook([grid, ...others], given);
  const findings = all.findings.filter((f) => f.sheet === sheet);
  const report: Report = { ...all, findings, summary: summarize(findings) };
  const marks = highlightPlan(findings, lang).marks;
  const own = settings.items.find((i) => i.key === highlightsKey(sheet));
  const previous = parseSaved(own ? String(own.value) : null);
  const prev = previous && previous.sheet === sheet ? previous : undefined;

  // The looks of every cell about to be painted or unpainted, in one round trip.
  const cells = new Map<string, { fill: Excel.RangeFill; note?: Excel.Note }>();
  const want = [...marks.map((m) => [m.row, m.column] as const), ...(prev?.cells ?? []).map((c) => [c.row, c.column] as const)];
  for (const [row, column] of want) {
    const k = `${row}:${column}`;
    if (cells.has(k)) continue;
    const fill = rangeAt(ws, row, column).format.fill;
    fill.load('color');
    let note: Excel.Note | undefined;
    if (notesOn) {
      note = ctx.workbook.notes.getItemOrNullObject(sheetRef(sheet, a1(row, column)));
      note.load('content');
    }
    cells.set(k, { fill, note });
  }
  await ctx.sync();

  const current = new Map<string, CellLook>();
  const notes = new Map<string, Excel.Note>();
  for (const [k, c] of cells) {
    const color = c.fill.color;
    const note = c.note && !c.note.isNullObject ? c.note : undefined;
    current.set(k, { fill: !color || color.toUpperCase() === NO_FILL ? null : color, note: note ? note.content : null });
    if (note) notes.set(k, note);
  }
  const { writes, saved } = paintPlan(sheet, marks, current, prev);
  const budget = new WriteBudget(ctx);
  await applyWrites(ctx, ws, sheet, writes, notesOn ? notes : null, budget);
  if (oldFindings) writeFindingsSheet(ctx, oldFindings, report, sheet, lang);
  ctx.workbook.settings.add(highlightsKey(sheet), JSON.stringify(saved));
  await ctx.sync();
  return { sheet, report, painted: saved.cells.length, findingsSheet: oldFindings ? FINDINGS_SHEET : undefined };
}

/** A failure of the first read: nothing has been written yet, so the check can start again another way. */
class FirstSyncError extends Error {
  constructor(readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** Kiểm tra: check the active sheet and highlight every finding in its cell. */
export async function checkActiveSheet(excel: ExcelLike, lang: Lang = 'vi', options: ValidateOptions = {}): Promise<CheckResult> {
  const mode: Mode = { large: false, careful: false };
  for (;;) {
    try {
      return await excel.run((ctx) => checkBatch(ctx, excel, lang, options, mode));
    } catch (e) {
      const cause = e instanceof FirstSyncError ? e.cause : e;
      // Excel on the web answers at most 5 MB at once: read the sheet again in row blocks.
      if (isPayloadTooLarge(cause) && !mode.large) mode.large = true;
      // A host that will not answer for a sheet that is not there: list the sheets first.
      else if (e instanceof FirstSyncError && !mode.careful) mode.careful = true;
      else throw cause;
    }
  }
}

/** Xóa đánh dấu: every painted cell on every sheet back to its own fill and note; the findings sheet removed. */
export async function clearHighlights(excel: ExcelLike): Promise<number> {
  return excel.run(async (ctx) => {
    const settings = ctx.workbook.settings;
    settings.load('items/key,items/value');
    const worksheets = ctx.workbook.worksheets;
    worksheets.load('items/name');
    const notesOn = hasNotes(excel);
    const findingsSheet = notesOn ? undefined : ctx.workbook.worksheets.getItemOrNullObject(FINDINGS_SHEET);
    await ctx.sync();
    if (findingsSheet && !findingsSheet.isNullObject) findingsSheet.delete();
    const present = new Set(worksheets.items.map((w) => w.name));
    const records = settings.items.filter((i) => i.key === SETTINGS_KEY || i.key.startsWith(`${SETTINGS_KEY}:`));
    // A sheet deleted or renamed since its check has nothing left to restore where it was.
    const found = records.map((record) => {
      const saved = parseSaved(String(record.value));
      return { record, saved: saved && present.has(saved.sheet) ? saved : null };
    });
    const probes: (readonly [string, Excel.Note])[][] = found.map(({ saved }) =>
      saved && notesOn
        ? saved.cells.map((c) => {
            const note = ctx.workbook.notes.getItemOrNullObject(sheetRef(saved.sheet, a1(c.row, c.column)));
            note.load('content');
            return [`${c.row}:${c.column}`, note] as const;
          })
        : [],
    );
    if (records.length) await ctx.sync();
    let restored = 0;
    const budget = new WriteBudget(ctx);
    for (let i = 0; i < found.length; i++) {
      const { record, saved } = found[i];
      if (saved) {
        const ws = ctx.workbook.worksheets.getItem(saved.sheet);
        const notes = new Map<string, Excel.Note>();
        for (const [k, note] of probes[i]) if (!note.isNullObject) notes.set(k, note);
        await applyWrites(ctx, ws, saved.sheet, clearPlan(saved), notesOn ? notes : null, budget);
        restored += saved.cells.length;
      }
      record.delete();
    }
    await ctx.sync();
    return restored;
  });
}
