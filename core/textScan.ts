/**
 * One pass over a table's text cells, shared by the text.* rules: what each string cell needs
 * (markup, normalisation, spaces). Cached per table so the three rules read it once; only cells
 * with a problem are listed.
 */
import { MergeIndex, cellAt } from './grid';
import type { Grid } from './grid';
import type { AppendixTable } from './table';
import { hasMarkup, isNfc } from './text';

export interface TextCell {
  row: number;
  column: number;
  text: string;
  markup: boolean;
  nfc: boolean;
  spaces: boolean;
}

/** Leading or trailing space, doubled spaces, spaces around a line break, tabs, odd spaces. */
export function hasStraySpace(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  let prevSpace = true; // a space at the start counts as stray
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10) {
      // two in a row of space/line break, except a plain line break after text
      if (prevSpace && !(c === 10 && i > 0 && s.charCodeAt(i - 1) !== 32 && s.charCodeAt(i - 1) !== 10)) return true;
      prevSpace = true;
    } else if (c === 9 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000) {
      return true;
    } else {
      prevSpace = false;
    }
  }
  return prevSpace;
}

const cache = new WeakMap<AppendixTable, TextCell[]>();

export function textCellsOf(grid: Grid, table: AppendixTable): TextCell[] {
  let cells = cache.get(table);
  if (cells) return cells;
  cells = [];
  const merges = grid.merges.length ? new MergeIndex(grid.merges) : undefined;
  const left = table.header.firstColumn;
  const right = table.header.lastColumn;
  for (let r = table.header.row; r <= table.lastRow; r++) {
    const row = grid.rows[r - 1];
    if (!row) continue;
    const end = Math.min(right, row.length);
    for (let c = left; c <= end; c++) {
      const v = cellAt(grid, r, c);
      if (typeof v !== 'string' || v === '') continue;
      if (merges?.isCovered(r, c)) continue;
      const markup = (v.includes('<') || v.includes('&')) && hasMarkup(v);
      const nfc = isNfc(v);
      const spaces = hasStraySpace(v);
      // Only cells with something to say are kept: the rules read this list, not the sheet.
      if (markup || !nfc || spaces) cells.push({ row: r, column: c, text: v, markup, nfc, spaces });
    }
  }
  cache.set(table, cells);
  return cells;
}
