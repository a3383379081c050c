/**
 * A corpus table.json as a sheet an officer would keep: the appendix's title lines, one blank row,
 * then the table's rows as transcribed. Only the crawler's rendering of bold and italics ("**TT**",
 * "*(Kèm theo …)*") is removed: it is formatting, not text. Cells of digits become numbers, as Excel
 * stores what a person types; nothing else is corrected.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CellRange, CellValue, Grid } from '../../core/model/grid';
import type { TableRow } from '../../core/read/table';

export const CORPUS_DIR = __dirname;

export interface CorpusTable {
  title: string[];
  rows: string[][];
}

function unformat(s: string): string {
  return s.replace(/\*\*/g, '').replace(/^\*(.*)\*$/s, '$1').replace(/^\*|\*$/gm, '');
}

function typed(s: string): CellValue {
  const t = unformat(s).trim();
  if (t === '') return null;
  if (/^\d+$/.test(t)) return Number(t);
  return t;
}

/**
 * Where a short row's cells sit. The page text cannot tell an empty or merged cell from a row start,
 * so a row shorter than the header starts at column 1 (a group title spanning the row) unless listed
 * here: rows whose left cells are merged from the row above (rowspan), read off source.md and notes.md.
 */
interface Placement {
  width: number;
  firstColumn?: number;
  columns?: number[];
  rows?: number[];
  /** The row's empty cells are the lower part of cells merged down from the row above (rowspan): the sheet merges them. */
  merged?: boolean;
}

const PLACEMENT: Record<string, Placement[]> = {
  // Row 2: the second lead and its partners; TT, name and deadline are merged from row 1 (notes.md).
  '01-nq394-cp-moi-truong': [{ width: 2, firstColumn: 3, rows: [2], merged: true }],
  // Sub-tasks: STT, lead, partner and group merged above; the row holds content, target and deadline.
  '03-qd2530-ttg-khong-khi-pl1': [
    { width: 3, firstColumn: 5, merged: true },
    // Row 40: a second partner set with its own sub-task; STT, lead and group merged from row 39.
    { width: 4, columns: [3, 5, 6, 7], rows: [40], merged: true },
  ],
  // Sub-tasks without a number: content and lead (rows 8, 26), content, lead and partner (row 21).
  '09-qd2820-ubnd-hcm-quy-hoach': [{ width: 2, firstColumn: 2, rows: [8, 26] }, { width: 3, firstColumn: 2, rows: [21] }],
  // The repeated header of parts B and C: its STT cell is empty (five cells from "Nội dung").
  '14-kh179-ubnd-dongnai-kinh-te-so': [{ width: 5, firstColumn: 2 }],
};

/**
 * The merges the page text lost, as the published table has them: a row's cells merged down from the
 * row above where PLACEMENT says so (rowspan), and a group or caption row of one or two cells, whose
 * last cell spans the rest of the table's width (colspan).
 */
function mergesOf(table: CorpusTable, placed: Array<Placement | undefined>, firstSheetRow: number): CellRange[] {
  const width = table.rows[0]?.length ?? 0;
  const merges: CellRange[] = [];
  /** Per column, the merge running down to the row above, if any. */
  const open = new Map<number, CellRange>();
  table.rows.forEach((r, i) => {
    const row = firstSheetRow + i;
    const place = placed[i];
    const columns = place ? (place.columns ?? r.map((_c, k) => (place.firstColumn ?? 1) + k)) : r.map((_c, k) => k + 1);
    for (let c = 1; c <= width; c++) {
      if (!place?.merged || columns.includes(c) || i === 0) {
        open.delete(c);
        continue;
      }
      const m = open.get(c) ?? { top: row - 1, left: c, bottom: row - 1, right: c };
      if (!open.has(c)) merges.push(m);
      m.bottom = row;
      open.set(c, m);
    }
    if (!place && i > 0 && r.length <= 2 && r.length < width && width >= 4) merges.push({ top: row, left: r.length, bottom: row, right: width });
  });
  return merges;
}

export function corpusGrid(table: CorpusTable, folder = ''): Grid {
  const titles = table.title.map((l) => unformat(l).trim()).filter(Boolean).map((l): CellValue[] => [l]);
  const placements = PLACEMENT[folder] ?? [];
  const placed = table.rows.map((r, i) => placements.find((p) => p.width === r.length && (!p.rows || p.rows.includes(i))));
  const rows = table.rows.map((r, i) => {
    const cells = r.map(typed);
    const place = placed[i];
    if (!place) return cells;
    const columns = place.columns ?? cells.map((_c, k) => (place.firstColumn ?? 1) + k);
    const row: CellValue[] = new Array<CellValue>(columns[columns.length - 1]).fill(null);
    cells.forEach((c, k) => (row[columns[k] - 1] = c));
    return row;
  });
  return { name: 'Phụ lục', rows: [...titles, [], ...rows], merges: mergesOf(table, placed, titles.length + 2) };
}

/** Folders holding a table.json, in order. */
export function corpusFolders(dir: string = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'table.json')))
    .sort();
}

export function readCorpusTable(folder: string, dir: string = CORPUS_DIR): CorpusTable {
  return JSON.parse(readFileSync(join(dir, folder, 'table.json'), 'utf8')) as CorpusTable;
}

/** Where table.json row i sits in the grid (1-based sheet row). */
export function sheetRowOf(table: CorpusTable, index: number): number {
  return table.title.map((l) => unformat(l).trim()).filter(Boolean).length + 1 + index + 1;
}

/** A row counted as a task: numbered as a task or sub-task, and not a heading the reader recognised (III.1, a ragged 5.1). */
export function isTaskRow(r: TableRow): boolean {
  return (r.kind === 'task' || r.kind === 'subtask') && !r.subHeading && !r.titleIn;
}
