/// <reference types="google-apps-script" />
/**
 * Kiểm tra and Xóa đánh dấu in Google Sheets. A check reads the active sheet once, runs core over it
 * with the settings and directory sheets, and paints the findings with one setBackgrounds and one
 * setNotes over the sheet: at most seven calls that touch cells (values of three sheets, the looks
 * read, the looks written), whatever the number of rows. Each painted cell's own fill and note are
 * kept in the document (core's highlightState) before anything is painted, so clearing puts them
 * back exactly, also after the file is closed and reopened.
 */
import {
  CellLook,
  Lang,
  LookWrite,
  clearPlan,
  highlightPlan,
  paintPlan,
  parseSaved,
  summarize,
  validateWorkbook,
  type Finding,
  type Summary,
} from '../../../core';
import { withDocumentLock } from './lock';
import { documentStore, writeOrRefuse } from './store';
import { activeSpreadsheet, readActive, readSideSheets } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** One record per sheet, keyed by the sheet's id so that renaming the sheet keeps its record. */
export const HIGHLIGHTS_KEY = 'phuluc.highlights';
export const keyOf = (sheetId: number) => `${HIGHLIGHTS_KEY}.s${sheetId}`;
export const HIGHLIGHT_KEY = /^phuluc\.highlights\.s(\d+)$/;

/** Sheets answers "#ffffff" for a cell without fill; it is written back as null (no fill), not white. */
const NO_FILL = '#ffffff';

export interface CheckOutcome {
  sheet: string;
  /** The active sheet's findings. */
  findings: Finding[];
  summary: Summary;
  /** Appendix tables found on the active sheet. */
  tables: number;
  painted: number;
}

export interface Box {
  rows: number;
  columns: number;
}

export function boxOf(cells: Iterable<{ row: number; column: number }>, start: Box = { rows: 0, columns: 0 }): Box {
  const box = { ...start };
  for (const c of cells) {
    if (c.row > box.rows) box.rows = c.row;
    if (c.column > box.columns) box.columns = c.column;
  }
  return box;
}

function lookOf(fill: string | null | undefined, note: string | null | undefined): CellLook {
  const f = fill ? fill.toLowerCase() : null;
  return { fill: !f || f === NO_FILL ? null : f, note: note ? note : null };
}

/** The looks of a block from A1 (or from row `top`, for a part of a long sheet), read once, changed in memory and written once. */
export class Looks {
  private readonly range: GoogleAppsScript.Spreadsheet.Range;
  private readonly fills: Array<Array<string | null>>;
  private readonly notes: string[][];

  constructor(
    sheet: Sheet,
    box: Box,
    private readonly top = 1,
  ) {
    this.range = sheet.getRange(top, 1, box.rows - top + 1, box.columns);
    this.fills = this.range.getBackgrounds().map((r) => r.map((f) => lookOf(f, null).fill));
    this.notes = this.range.getNotes();
  }

  at(row: number, column: number): CellLook {
    return lookOf(this.fills[row - this.top][column - 1], this.notes[row - this.top][column - 1]);
  }

  apply(writes: readonly LookWrite[]): void {
    for (const w of writes) {
      this.fills[w.row - this.top][w.column - 1] = w.fill;
      this.notes[w.row - this.top][w.column - 1] = w.note ?? '';
    }
  }

  write(): void {
    // null is "no fill": a cell without one stays without one (banded rows keep their bands).
    this.range.setBackgrounds(this.fills);
    this.range.setNotes(this.notes);
  }
}

/** Kiểm tra: the active sheet checked and its findings painted, reversibly. */
export function checkActiveSheet(lang: Lang): CheckOutcome {
  return withDocumentLock(lang, 'busy', () => check(lang));
}

function check(lang: Lang): CheckOutcome {
  const read = readActive();
  const { ss, sheet, name, clock, grid } = read;
  const report = validateWorkbook([grid, ...readSideSheets(ss, grid, clock)]);
  const findings = report.findings.filter((f) => f.sheet === name);
  const tables = report.sheets.find((s) => s.sheet === name)?.tables.length ?? 0;
  const marks = highlightPlan(findings, lang).marks;

  const store = documentStore();
  const key = keyOf(sheet.getSheetId());
  const saved = parseSaved(store.read(key));
  // Found by the sheet's id: the same sheet even if renamed since, so its name is today's. Cells
  // that no longer exist (rows or columns deleted since) have nothing left to restore.
  const previous = saved ? { ...saved, sheet: name, cells: withinSheet(sheet, saved.cells) } : undefined;
  const outcome = { sheet: name, findings, summary: summarize(findings), tables };
  if (marks.length === 0 && !previous?.cells.length) {
    store.remove(key);
    return { ...outcome, painted: 0 };
  }

  const box = boxOf([...marks, ...(previous?.cells ?? [])], { rows: read.values.length, columns: read.values[0]?.length ?? 0 });
  const looks = new Looks(sheet, box);
  const current = new Map<string, CellLook>();
  for (const c of [...marks, ...(previous?.cells ?? [])]) current.set(`${c.row}:${c.column}`, looks.at(c.row, c.column));
  const plan = paintPlan(name, marks, current, previous);
  // Kept before painting: if it cannot be kept, nothing is painted.
  if (plan.saved.cells.length > 0) writeOrRefuse(store, key, JSON.stringify(plan.saved), lang);
  else store.remove(key);
  looks.apply(plan.writes);
  looks.write();
  return { ...outcome, painted: plan.saved.cells.length };
}

export function withinSheet<T extends { row: number; column: number }>(sheet: Sheet, cells: T[]): T[] {
  if (cells.length === 0) return cells;
  const rows = sheet.getMaxRows();
  const columns = sheet.getMaxColumns();
  return cells.filter((c) => c.row <= rows && c.column <= columns);
}

/** The sheet a record belongs to: by name first (one call), else by id among all sheets. */
export function sheetOf(ss: Spreadsheet, id: number, name: string): Sheet | undefined {
  const byName = ss.getSheetByName(name);
  if (byName && byName.getSheetId() === id) return byName;
  return ss.getSheets().find((s) => s.getSheetId() === id);
}

/** Xóa đánh dấu: every painted cell, on every sheet checked, back to its own fill and note. */
export function clearHighlights(lang: Lang): number {
  return withDocumentLock(lang, 'busy', clear);
}

function clear(): number {
  const ss = activeSpreadsheet();
  const store = documentStore();
  let restored = 0;
  for (const key of store.keys()) {
    const m = HIGHLIGHT_KEY.exec(key);
    if (!m) continue;
    const saved = parseSaved(store.read(key));
    const sheet = saved && sheetOf(ss, Number(m[1]), saved.sheet);
    const cells = saved && sheet ? withinSheet(sheet, saved.cells) : [];
    if (saved && sheet && cells.length > 0) {
      const writes = clearPlan({ ...saved, cells });
      const looks = new Looks(sheet, boxOf(writes));
      looks.apply(writes);
      looks.write();
      restored += writes.length;
    }
    store.remove(key);
  }
  return restored;
}
