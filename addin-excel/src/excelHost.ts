/**
 * The Excel host's check: reads the active sheet, runs core, paints the findings and can undo it.
 * Three syncs per check on the desktop whatever the row count: read (with the settings and unit
 * directory sheets and the saved highlights); read the looks of the cells to paint; write. On Excel
 * on the web every request and response stays under 4 MB (excelPayload.ts): the same three steps,
 * each split into as many syncs as its size needs (a sheet that fits in one request still takes
 * three). One more only when the settings name a directory sheet not read in the first sync.
 * No rule lives here.
 */
import {
  CellLook,
  FINDINGS_SHEET,
  Lang,
  LookWrite,
  Report,
  a1,
  clearPlan,
  findingsSheetRows,
  highlightPlan,
  paintPlan,
  summarize,
  validateWorkbook,
  type CellMark,
  type Grid,
  type SavedHighlights,
  type ValidateOptions,
} from '../../core';
import { highlightsKey, isRecordKey, queueForget, queueRecord, queueSettings, readRecord } from './excelHighlightStore';
import { Batch, PATH_BYTES, actionBytes, jsonBytes, payloadLimit, rangeBytes } from './excelPayload';
import { ExcelLike, HEAD_ROWS, gridOf, isPayloadTooLarge, queueSheetRead, rangeAt, sheetRef } from './excelRead';
import { queueSideSheets, readSheet, sheetNames } from './excelWorkbook';

export type { ExcelLike } from './excelRead';
export { gridFromUsedRange } from './excelRead';
export { applySafeFixes, undoFixes, FIXES_KEY } from './excelEdits';

/**
 * Where a sheet's highlights are saved (each painted cell's own fill and note): workbook settings, one
 * record per sheet (in parts when long), so checking another sheet keeps the first one's restorable.
 */
export { SETTINGS_KEY, highlightsKey } from './excelHighlightStore';
/** Office answers white for a cell without fill as for a white one; only RangeFill.pattern (ExcelApi 1.9) tells them apart. */
const WHITE = '#FFFFFF';

/** Notes on cells need ExcelApi 1.18; without it the findings go to a sheet of their own. */
export function hasNotes(excel: ExcelLike): boolean {
  return excel.isSetSupported ? excel.isSetSupported('ExcelApi', '1.18') : true;
}

/** RangeFill.pattern needs ExcelApi 1.9; without it a white fill cannot be told from none. */
export function hasPattern(excel: ExcelLike): boolean {
  return excel.isSetSupported ? excel.isSetSupported('ExcelApi', '1.9') : true;
}

export interface CheckResult {
  sheet: string;
  report?: Report;
  /** Appendix tables found on the sheet: 0 is "no appendix table", never a clean sheet. */
  tables: number;
  painted: number;
  /** Where the findings were written when cells cannot carry notes (the sheet is then shown). */
  findingsSheet?: string;
}

/** Queues one look write; `notes` says which cells have a note now (so it is updated or deleted, not added twice). */
async function queueWrite(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  sheet: string,
  w: LookWrite,
  notes: Map<string, Excel.Note> | null,
  pattern: boolean,
  batch: Batch,
): Promise<void> {
  const address = a1(w.row, w.column);
  let bytes = rangeBytes(address, 2) + actionBytes(w.fill);
  const existing = notes?.get(`${w.row}:${w.column}`);
  if (notes) bytes += PATH_BYTES + actionBytes(w.note) + jsonBytes(sheetRef(sheet, address));
  await batch.room(bytes);
  const fill = ws.getRange(address).format.fill;
  if (w.fill === null) {
    if (pattern) fill.pattern = 'None';
    else fill.clear();
  } else fill.color = w.fill;
  if (notes) {
    if (w.note === null) existing?.delete();
    else if (existing) existing.content = w.note;
    else ctx.workbook.notes.add(sheetRef(sheet, address), w.note);
  }
}

async function applyWrites(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  sheet: string,
  writes: readonly LookWrite[],
  notes: Map<string, Excel.Note> | null,
  pattern: boolean,
  batch: Batch,
): Promise<void> {
  for (const w of writes) await queueWrite(ctx, ws, sheet, w, notes, pattern, batch);
}

/** The findings sheet, replaced: a link to each cell, severity, problem, message and fixable; shown to the user. */
async function writeFindingsSheet(ctx: Excel.RequestContext, old: Excel.Worksheet, report: Report, sheet: string, lang: Lang, batch: Batch): Promise<void> {
  if (!old.isNullObject) old.delete();
  const ws = ctx.workbook.worksheets.add(FINDINGS_SHEET);
  const { header, rows } = findingsSheetRows(
    report.findings.filter((f) => f.sheet === sheet),
    lang,
  );
  const table = [header, ...rows.map((r) => [`=HYPERLINK("#${sheetRef(r.sheet, r.cell).replace(/"/g, '""')}","${r.values[0]}")`, ...r.values.slice(1)])];
  // Blocks of rows, each under the limit.
  let start = 0;
  while (start < table.length) {
    let end = start;
    let bytes = PATH_BYTES * 2 + ACTION_OVERHEAD;
    while (end < table.length && (end === start || bytes + jsonBytes(table[end]) < batch.limit / 2)) bytes += jsonBytes(table[end++]);
    await batch.room(bytes);
    rangeAt(ws, start + 1, 1, end - start, header.length).formulas = table.slice(start, end);
    start = end;
  }
  rangeAt(ws, 1, 1, 1, header.length).format.font.bold = true;
  ws.activate();
}
const ACTION_OVERHEAD = actionBytes();

interface Mode {
  /** Read the sheet in row blocks from the start (the first read passed the limit). */
  large: boolean;
  /** List the sheets first instead of asking for missing ones as null objects. */
  careful: boolean;
}

/** Looks of cells read under the limit; `factor` grows the note estimate after a refusal. */
async function readLooks(
  ctx: Excel.RequestContext,
  sheet: string,
  ws: Excel.Worksheet,
  want: ReadonlyArray<{ row: number; column: number; noteGuess: number }>,
  notesOn: boolean,
  pattern: boolean,
  batch: Batch,
) {
  const cells = new Map<string, { fill: Excel.RangeFill; note?: Excel.Note }>();
  for (const { row, column, noteGuess } of want) {
    const k = `${row}:${column}`;
    if (cells.has(k)) continue;
    const address = a1(row, column);
    const request =
      rangeBytes(address, 2) + actionBytes(['color', 'pattern']) + (notesOn ? PATH_BYTES + jsonBytes(sheetRef(sheet, address)) + actionBytes(['content']) : 0);
    await batch.room(request, 90 + (notesOn ? noteGuess : 0));
    const fill = ws.getRange(address).format.fill;
    fill.load(pattern ? ['color', 'pattern'] : ['color']);
    let note: Excel.Note | undefined;
    if (notesOn) {
      note = ctx.workbook.notes.getItemOrNullObject(sheetRef(sheet, address));
      note.load('content');
    }
    cells.set(k, { fill, note });
  }
  await batch.flush();
  const current = new Map<string, CellLook>();
  const notes = new Map<string, Excel.Note>();
  for (const [k, c] of cells) {
    const color = c.fill.color;
    const none = pattern ? c.fill.pattern === 'None' : !color || color.toUpperCase() === WHITE;
    const note = c.note && !c.note.isNullObject ? c.note : undefined;
    current.set(k, { fill: none ? null : color.toUpperCase(), note: note ? note.content : null });
    if (note) notes.set(k, note);
  }
  return { current, notes };
}

/**
 * The bytes a check expects back for each cell it reads: its fill, and the note it painted there last
 * time (the cell's own note and the findings). A person's own note on a cell never painted is not
 * known: it is guessed small, and should Excel refuse the response the looks are read again with
 * every guess `factor` times larger.
 */
function noteGuesses(marks: readonly CellMark[], prev: SavedHighlights | undefined, factor: number) {
  const own = new Map<string, string | null>();
  for (const c of prev?.cells ?? []) own.set(`${c.row}:${c.column}`, c.note);
  const painted = new Map<string, string>();
  for (const m of marks) painted.set(`${m.row}:${m.column}`, m.note);
  const guess = (k: string) => {
    if (!own.has(k)) return factor === 1 ? 40 : 500 * factor;
    // Last time's note: the cell's own, the separator, and findings about as long as today's.
    return factor * (jsonBytes(own.get(k) ?? '') + jsonBytes(painted.get(k) ?? '') + 80);
  };
  return [...marks, ...(prev?.cells ?? [])].map((c) => ({ row: c.row, column: c.column, noteGuess: guess(`${c.row}:${c.column}`) }));
}

async function checkBatch(ctx: Excel.RequestContext, excel: ExcelLike, lang: Lang, given: ValidateOptions, mode: Mode): Promise<CheckResult> {
  const limit = payloadLimit(excel);
  const ws = ctx.workbook.worksheets.getActiveWorksheet();
  ws.load('name');
  const names = mode.careful ? await sheetNames(ctx) : undefined;
  const read = queueSheetRead(ctx, ws, () => ws.name, limit, ['values'], mode.large ? 0 : HEAD_ROWS);
  const side = queueSideSheets(ctx, names);
  // The sheet's name is not known before the first sync: every sheet's saved highlights come along on
  // the desktop, their keys alone on the web (undo records live elsewhere, see excelUndoStore.ts).
  const settings = queueSettings(ctx, limit);
  const notesOn = hasNotes(excel);
  const pattern = hasPattern(excel);
  const oldFindings = notesOn ? undefined : ctx.workbook.worksheets.getItemOrNullObject(FINDINGS_SHEET);
  try {
    await ctx.sync();
  } catch (e) {
    throw new FirstSyncError(e);
  }

  const sheet = ws.name;
  const data = await read.finish();
  const grid: Grid = data ? gridOf(data) : { name: sheet, rows: [], merges: [] };
  const others: Grid[] = side.grids().filter((g) => g.name !== sheet);
  const named = side.missingDirectory();
  if (named && named !== sheet) {
    const dir = await readSheet(ctx, named);
    if (dir) others.push(dir);
  }
  const all = validateWorkbook([grid, ...others], given);
  const tables = all.sheets.find((s) => s.sheet === sheet)?.tables.length ?? 0;
  const findings = all.findings.filter((f) => f.sheet === sheet);
  const report: Report = { ...all, findings, summary: summarize(findings) };
  const marks = highlightPlan(findings, lang).marks;
  const snapshot = settings();
  const previous = await readRecord(snapshot, highlightsKey(sheet));
  const prev = previous && previous.sheet === sheet ? previous : undefined;
  if (marks.length === 0 && !prev?.cells.length) return { sheet, report, tables, painted: 0 };

  // The looks of every cell about to be painted or unpainted.
  const looks = await growingGuesses((factor) => readLooks(ctx, sheet, ws, noteGuesses(marks, prev, factor), notesOn, pattern, new Batch(ctx, limit)));

  const { writes, saved } = paintPlan(sheet, marks, looks.current, prev);
  const batch = new Batch(ctx, limit);
  // Kept first: should a later write fail, what was painted can still be cleared.
  await queueRecord(ctx, batch, snapshot, highlightsKey(sheet), saved);
  await applyWrites(ctx, ws, sheet, writes, notesOn ? looks.notes : null, pattern, batch);
  if (oldFindings && tables > 0) await writeFindingsSheet(ctx, oldFindings, report, sheet, lang, batch);
  await batch.flush();
  return { sheet, report, tables, painted: saved.cells.length, findingsSheet: oldFindings && tables > 0 ? FINDINGS_SHEET : undefined };
}

/** Runs a read sized by guesses; should Excel refuse a response, again with guesses 4 times larger (nothing is written yet). */
async function growingGuesses<T>(read: (factor: number) => Promise<T>): Promise<T> {
  for (let factor = 1; ; factor *= 4) {
    try {
      return await read(factor);
    } catch (e) {
      if (!isPayloadTooLarge(e) || factor >= 64) throw e;
    }
  }
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
      // Excel on the web refused the first read: read the sheet in row blocks from the start.
      if (e instanceof FirstSyncError && isPayloadTooLarge(cause) && !mode.large) mode.large = true;
      // A host that will not answer for a sheet that is not there: list the sheets first.
      else if (e instanceof FirstSyncError && !isPayloadTooLarge(cause) && !mode.careful) mode.careful = true;
      else throw cause;
    }
  }
}

/** The notes now on the cells records name (ours: the cell's own note and the findings, about 400 bytes more). */
async function probeNotes(
  ctx: Excel.RequestContext,
  found: ReadonlyArray<{ saved: SavedHighlights | null }>,
  notesOn: boolean,
  limit: number,
  factor: number,
): Promise<Map<string, Excel.Note>[]> {
  const probes: Map<string, Excel.Note>[] = [];
  const reads = new Batch(ctx, limit);
  for (const { saved } of found) {
    const notes = new Map<string, Excel.Note>();
    probes.push(notes);
    if (!saved || !notesOn) continue;
    for (const c of saved.cells) {
      const address = sheetRef(saved.sheet, a1(c.row, c.column));
      await reads.room(PATH_BYTES + jsonBytes(address) + actionBytes(['content']), factor * (jsonBytes(c.note ?? '') + 400));
      const note = ctx.workbook.notes.getItemOrNullObject(address);
      note.load('content');
      notes.set(`${c.row}:${c.column}`, note);
    }
  }
  if (reads.pending) await reads.flush();
  return probes;
}

/** Xóa đánh dấu: every painted cell on every sheet back to its own fill and note; the findings sheet removed. */
export async function clearHighlights(excel: ExcelLike): Promise<number> {
  return excel.run(async (ctx) => {
    const limit = payloadLimit(excel);
    const settings = queueSettings(ctx, limit);
    const worksheets = ctx.workbook.worksheets;
    worksheets.load('items/name');
    const notesOn = hasNotes(excel);
    const pattern = hasPattern(excel);
    const findingsSheet = notesOn ? undefined : ctx.workbook.worksheets.getItemOrNullObject(FINDINGS_SHEET);
    await ctx.sync();
    if (findingsSheet && !findingsSheet.isNullObject) findingsSheet.delete();
    const present = new Set(worksheets.items.map((w) => w.name));
    const snapshot = settings();
    const keys = snapshot.keys.filter(isRecordKey);
    // A sheet deleted or renamed since its check has nothing left to restore where it was.
    const found: { key: string; saved: SavedHighlights | null }[] = [];
    for (const key of keys) {
      const saved = await readRecord(snapshot, key);
      found.push({ key, saved: saved && present.has(saved.sheet) ? saved : null });
    }
    // Which cells hold a note now, under the limit; read again in smaller steps should Excel refuse.
    const probes = await growingGuesses((factor) => probeNotes(ctx, found, notesOn, limit, factor));
    let restored = 0;
    const batch = new Batch(ctx, limit);
    for (let i = 0; i < found.length; i++) {
      const { saved } = found[i];
      if (!saved) continue;
      const ws = ctx.workbook.worksheets.getItem(saved.sheet);
      const notes = new Map<string, Excel.Note>();
      for (const [k, note] of probes[i]) if (!note.isNullObject) notes.set(k, note);
      await applyWrites(ctx, ws, saved.sheet, clearPlan(saved), notesOn ? notes : null, pattern, batch);
      restored += saved.cells.length;
    }
    // The records go last: should a write fail half-way, clearing again finds them.
    for (const { key } of found) await queueForget(batch, snapshot, key);
    await batch.flush();
    return restored;
  });
}
