/// <reference types="google-apps-script" />
/**
 * Long sheets in parts. Apps Script stops a call after 6 minutes and each Spreadsheet call costs time
 * by the cells it touches, so for a long sheet the sidebar drives the work as several calls (see
 * ../chunked.ts): it reads the sheet a band of rows at a time, runs core on the whole grid itself,
 * and sends back the highlights or the value changes a band at a time. Each function here is one such
 * call: stateless, under the document lock, touching at most CELLS_PER_CALL cells per Spreadsheet call.
 * Whatever a call has written is already kept in the document (highlight record, undo run), so a stop
 * half-way leaves everything written so far undoable with Xóa đánh dấu / Hoàn tác.
 */
import {
  SETTINGS_SHEET,
  cellToJson,
  clearPlan,
  cellFromJson,
  paintPlan,
  parseSaved,
  popRun,
  readSavedRuns,
  saveRuns,
  savedEditsOf,
  type CellLook,
  type CellMark,
  type Grid,
  type Lang,
  type SavedHighlights,
  type ValueEdit,
} from '../../../core';
import {
  CELLS_PER_CALL,
  JsonBegin,
  JsonRows,
  JsonStepOutcome,
  JsonWriteOutcome,
  gridToJson,
  paintRowsSchema,
  readRowsSchema,
  undoStepSchema,
  writeEditsSchema,
} from '../wire';
import { isArrayFormula } from './blocks';
import { clockOf, toCellValue } from './cells';
import { HIGHLIGHT_KEY, Looks, keyOf, sheetOf, withinSheet } from './check';
import { FIXES_KEY, editsOfRecord, hasFixToUndo, planBlock, pushFixRun, writeBlock } from './edits';
import { jsonArgument } from './input';
import { withDocumentLock } from './lock';
import { documentStore, writeOrRefuse } from './store';
import { UserError, say } from './strings';
import { activeSpreadsheet, readSheet, readSideSheets } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A sidebar argument: JSON text checked against its schema, or refused with where it is wrong. */
export function parsed<T>(
  json: unknown,
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[] }> } } },
  lang: Lang,
): T {
  const r = schema.safeParse(jsonArgument(json, lang));
  if (r.success) return r.data;
  const where = r.error.issues[0]?.path.map(String).join('.') || '/';
  throw new UserError(say('badArgument', lang, { why: say('wrongAt', lang, { where }) }));
}

export function refuseOver(cells: number, lang: Lang): void {
  if (cells > CELLS_PER_CALL) throw new UserError(say('badArgument', lang, { why: say('chunkTooLarge', lang, { n: cells, max: CELLS_PER_CALL }) }));
}

function sheetNamed(name: string, id: number, lang: Lang): Sheet {
  const sheet = sheetOf(activeSpreadsheet(), id, name);
  if (!sheet) throw new UserError(say('noSheet', lang, { sheet: name }));
  return sheet;
}

/** The active sheet's size, the sheets a check reads beside it, and what the last check painted. */
export function beginSheet(): JsonBegin {
  const ss = activeSpreadsheet();
  const sheet = ss.getActiveSheet();
  const name = sheet.getName();
  const sheetId = sheet.getSheetId();
  const clock = clockOf(ss.getSpreadsheetTimeZone());
  // Which side sheets depends only on the active sheet's name, except when it is the settings sheet
  // itself (a few rows): then it is read whole here, as a check reads it.
  const active: Grid = name === SETTINGS_SHEET ? readSheet(sheet, clock, name) : { name, rows: [], merges: [] };
  const side = readSideSheets(ss, active, clock).map(gridToJson);
  const saved = parseSaved(documentStore().read(keyOf(sheetId)));
  const cells = saved ? withinSheet(sheet, saved.cells) : [];
  return {
    sheet: name,
    sheetId,
    rows: sheet.getLastRow(),
    columns: sheet.getLastColumn(),
    side,
    paintedBottom: cells.reduce((m, c) => Math.max(m, c.row), 0),
    paintedRight: cells.reduce((m, c) => Math.max(m, c.column), 0),
    undoable: hasFixToUndo(),
  };
}

/** One band of rows: its values as core's JSON cells, and where its formulas and array formulas are. */
export function readRows(json: unknown, lang: Lang): JsonRows {
  const p = parsed(json, readRowsSchema, lang);
  refuseOver(p.count * p.columns, lang);
  const ss = activeSpreadsheet();
  const sheet = sheetNamed(p.sheet, p.sheetId, lang);
  const range = sheet.getRange(p.top, 1, p.count, p.columns);
  const out: JsonRows = { formulas: [], arrays: [] };
  if (p.values) {
    const clock = clockOf(ss.getSpreadsheetTimeZone());
    out.rows = range.getValues().map((r) => r.map((v) => cellToJson(toCellValue(v, clock))));
  }
  if (p.formulas) {
    range.getFormulas().forEach((line, i) => {
      let left = 0;
      line.forEach((f, j) => {
        if (!f) return;
        out.formulas.push([p.top + i, j + 1]);
        if (!left && isArrayFormula(f)) left = j + 1;
      });
      if (left) out.arrays.push([p.top + i, left]);
    });
  }
  return out;
}

/**
 * Paints one band of rows: the marks core gave for it, and the cells the last check painted there
 * and that are clean now get their own look back. The band's part of the highlight record is kept
 * before anything is painted (as a one-call check does).
 */
export function paintRows(json: unknown, lang: Lang): number {
  const p = parsed(json, paintRowsSchema, lang);
  return withDocumentLock(lang, 'busy', () => {
    const sheet = sheetNamed(p.sheet, p.sheetId, lang);
    const name = sheet.getName();
    const store = documentStore();
    const key = keyOf(p.sheetId);
    const saved = parseSaved(store.read(key));
    const inBand = (c: { row: number }) => c.row >= p.top && c.row <= p.bottom;
    const all = saved ? withinSheet(sheet, saved.cells) : [];
    const before = all.filter(inBand);
    const marks: CellMark[] = p.marks.filter(inBand).map((m) => ({ ...m, sheet: name, cell: '' }));
    if (marks.length === 0 && before.length === 0) return 0;
    const right = Math.max(...marks.map((m) => m.column), ...before.map((c) => c.column));
    refuseOver((p.bottom - p.top + 1) * right, lang);
    const looks = new Looks(sheet, { rows: p.bottom, columns: right }, p.top);
    const current = new Map<string, CellLook>();
    for (const c of [...marks, ...before]) current.set(`${c.row}:${c.column}`, looks.at(c.row, c.column));
    const plan = paintPlan(name, marks, current, { version: 1, sheet: name, cells: before });
    const record: SavedHighlights = { version: 1, sheet: name, cells: [...all.filter((c) => !inBand(c)), ...plan.saved.cells] };
    // Kept before painting: if it cannot be kept, this band is not painted.
    if (record.cells.length > 0) writeOrRefuse(store, key, JSON.stringify(record), lang);
    else store.remove(key);
    looks.apply(plan.writes);
    looks.write();
    return plan.saved.cells.length;
  });
}

/**
 * Xóa đánh dấu, one band at a time: the first rows of one highlight record given their own look
 * back, then removed from the record (written after the cells: a stop in between restores them twice,
 * to the same look, rather than never).
 */
export function clearStep(lang: Lang): JsonStepOutcome {
  return withDocumentLock(lang, 'busy', () => {
    const ss = activeSpreadsheet();
    const store = documentStore();
    for (const key of store.keys()) {
      const m = HIGHLIGHT_KEY.exec(key);
      if (!m) continue;
      const saved = parseSaved(store.read(key));
      const sheet = saved && sheetOf(ss, Number(m[1]), saved.sheet);
      const cells = saved && sheet ? withinSheet(sheet, saved.cells) : [];
      if (!saved || !sheet || cells.length === 0) {
        store.remove(key);
        continue;
      }
      const right = cells.reduce((r, c) => Math.max(r, c.column), 1);
      const top = cells.reduce((t, c) => Math.min(t, c.row), Infinity);
      const bottom = top + Math.max(1, Math.floor(CELLS_PER_CALL / right)) - 1;
      const band = cells.filter((c) => c.row <= bottom);
      const rest = cells.filter((c) => c.row > bottom);
      const writes = clearPlan({ ...saved, cells: band });
      const looks = new Looks(sheet, { rows: band.reduce((b, c) => Math.max(b, c.row), top), columns: right }, top);
      looks.apply(writes);
      looks.write();
      if (rest.length > 0) store.write(key, JSON.stringify({ ...saved, cells: rest }));
      else store.remove(key);
      return { done: band.length, left: rest.length + otherHighlights(store, key) };
    }
    return { done: 0, left: 0 };
  });
}

/** Cells painted on other sheets than `key`'s (read from records already in memory: no call). */
function otherHighlights(store: ReturnType<typeof documentStore>, key: string): number {
  let n = 0;
  for (const k of store.keys()) if (k !== key && HIGHLIGHT_KEY.test(k)) n += parseSaved(store.read(k))?.cells.length ?? 0;
  return n;
}

/**
 * One band of a fix: the edits written (formula cells and cells changed since the sidebar read them
 * left alone), and added to the undo run before the write; the first band starts the run.
 */
export function writeEdits(json: unknown, lang: Lang): JsonWriteOutcome {
  const p = parsed(json, writeEditsSchema, lang);
  return withDocumentLock(lang, 'busy', () => {
    if (p.edits.length === 0) return { written: 0, formulas: 0, changedSince: 0 };
    const sheet = sheetNamed(p.sheet, p.sheetId, lang);
    const name = sheet.getName();
    const edits: ValueEdit[] = p.edits.map((e) => ({ row: e.row, column: e.column, before: cellFromJson(e.before), after: cellFromJson(e.after) }));
    const top = Math.min(...edits.map((e) => e.row));
    const bottom = Math.max(...edits.map((e) => e.row));
    refuseOver((bottom - top + 1) * Math.max(...edits.map((e) => e.column)), lang);
    const block = planBlock(sheet, edits, 'apply', clockOf(activeSpreadsheet().getSpreadsheetTimeZone()), p.arrays);
    if (block.written.length > 0) {
      const store = documentStore();
      const run = savedEditsOf('fix', name, block.written);
      const stack = readSavedRuns(store.read(FIXES_KEY));
      const last = stack[stack.length - 1];
      if (!p.newRun && last && last.kind === 'fix' && last.sheet === name) {
        writeOrRefuse(store, FIXES_KEY, saveRuns([...stack.slice(0, -1), { ...last, cells: [...last.cells, ...run.cells] }]), lang);
      } else pushFixRun(store, run, lang);
      writeBlock(block);
    }
    return { written: block.written.length, formulas: block.formulas.length, changedSince: block.changedSince.length };
  });
}

/**
 * Hoàn tác sửa lỗi, one band at a time: the first rows of the newest fix run put back, then removed
 * from the run (the run is gone once empty). A cell edited since keeps the person's value.
 */
export function undoStep(json: unknown, lang: Lang): JsonStepOutcome {
  const p = parsed(json, undoStepSchema, lang);
  return withDocumentLock(lang, 'busy', () => {
    const store = documentStore();
    const { run, rest } = popRun(readSavedRuns(store.read(FIXES_KEY)));
    if (!run) {
      store.remove(FIXES_KEY);
      return { done: 0, left: 0 };
    }
    const ss = activeSpreadsheet();
    const sheet = ss.getSheetByName(run.sheet);
    if (!sheet) throw new UserError(say('noSheet', lang, { sheet: run.sheet }));
    const right = run.cells.reduce((r, c) => Math.max(r, c.column), 1);
    const top = run.cells.reduce((t, c) => Math.min(t, c.row), Infinity);
    const bottom = top + Math.max(1, Math.floor(CELLS_PER_CALL / right)) - 1;
    const band = run.cells.filter((c) => c.row <= bottom);
    const left = run.cells.filter((c) => c.row > bottom);
    let done = 0;
    if (band.length > 0) {
      const block = planBlock(sheet, editsOfRecord(band), 'undo', clockOf(ss.getSpreadsheetTimeZone()), p.sheet === run.sheet ? p.arrays : undefined);
      writeBlock(block);
      done = block.written.length;
    }
    const stack = left.length > 0 ? [...rest, { ...run, cells: left }] : rest;
    if (stack.length > 0) store.write(FIXES_KEY, saveRuns(stack));
    else store.remove(FIXES_KEY);
    return { done, left: left.length };
  });
}
