/**
 * A corpus table.json as a sheet an officer would keep: the appendix's title lines, one blank row,
 * then the table's rows as transcribed. Only the crawler's rendering of bold and italics ("**TT**",
 * "*(Kèm theo …)*") is removed: it is formatting, not text. Cells of digits become numbers, as Excel
 * stores what a person types; nothing else is corrected.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue, Grid } from '../../core/model/grid';

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
const PLACEMENT: Record<string, Array<{ width: number; firstColumn?: number; columns?: number[]; rows?: number[] }>> = {
  // Row 2: the second lead and its partners; TT, name and deadline are merged from row 1 (notes.md).
  '01-nq394-cp-moi-truong': [{ width: 2, firstColumn: 3, rows: [2] }],
  // Sub-tasks: STT, lead, partner and group merged above; the row holds content, target and deadline.
  '03-qd2530-ttg-khong-khi-pl1': [
    { width: 3, firstColumn: 5 },
    // Row 40: a second partner set with its own sub-task; the group cell is merged from row 39.
    { width: 4, columns: [3, 5, 6, 7], rows: [40] },
  ],
  // Sub-tasks without a number: content and lead (rows 8, 26), content, lead and partner (row 21).
  '09-qd2820-ubnd-hcm-quy-hoach': [{ width: 2, firstColumn: 2, rows: [8, 26] }, { width: 3, firstColumn: 2, rows: [21] }],
  // The repeated header of parts B and C: its STT cell is empty (five cells from "Nội dung").
  '14-kh179-ubnd-dongnai-kinh-te-so': [{ width: 5, firstColumn: 2 }],
};

export function corpusGrid(table: CorpusTable, folder = ''): Grid {
  const titles = table.title.map((l) => unformat(l).trim()).filter(Boolean).map((l): CellValue[] => [l]);
  const placements = PLACEMENT[folder] ?? [];
  const rows = table.rows.map((r, i) => {
    const cells = r.map(typed);
    const place = placements.find((p) => p.width === r.length && (!p.rows || p.rows.includes(i)));
    if (!place) return cells;
    const columns = place.columns ?? cells.map((_c, k) => (place.firstColumn ?? 1) + k);
    const row: CellValue[] = new Array<CellValue>(columns[columns.length - 1]).fill(null);
    cells.forEach((c, k) => (row[columns[k] - 1] = c));
    return row;
  });
  return { name: 'Phụ lục', rows: [...titles, [], ...rows], merges: [] };
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
