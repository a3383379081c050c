/**
 * One pass over a table's text cells, shared by the text.* rules: what each string cell needs
 * (markup, normalisation, spaces). Cached per table so the three rules read it once; only cells
 * with a problem are listed.
 */
import { MergeIndex, cellAt } from '../model/grid';
import type { Grid } from '../model/grid';
import type { AppendixTable } from './table';
import { hasMarkup, isNfc } from '../model/text';

export interface TextCell {
  row: number;
  column: number;
  text: string;
  markup: boolean;
  nfc: boolean;
  spaces: boolean;
}

function isOddSpace(c: number): boolean {
  return c === 9 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** What one pass over a string can tell: stray spaces, a character NFC might change, '<' or '&'. */
export interface QuickScan {
  straySpace: boolean;
  maybeNotNfc: boolean;
  maybeMarkup: boolean;
}

/**
 * One loop over the characters instead of a regex per question: this runs on every text cell of
 * the sheet, so it is the hot path of a check.
 */
export function quickScan(s: string): QuickScan {
  const n = s.length;
  let straySpace = false;
  let maybeNotNfc = false;
  let maybeMarkup = false;
  let prev = 32; // a space at the start counts as stray
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10) {
      // two in a row of space/line break are stray, except a line break right after text
      if ((prev === 32 || prev === 10) && !(c === 10 && i === 0)) straySpace = true;
      if (c === 10 && i === 0) straySpace = true;
    } else if (c === 60 || c === 38) {
      maybeMarkup = true;
    } else if (c >= 0x300 && !(c >= 0x1e00 && c <= 0x1eff) && !(c >= 0x2010 && c <= 0x205e)) {
      if (isOddSpace(c)) straySpace = true;
      else maybeNotNfc = true;
    } else if (c < 32 || c === 0xa0) {
      if (isOddSpace(c)) straySpace = true;
    }
    prev = c;
  }
  if (prev === 32 || prev === 10) straySpace = true;
  return { straySpace, maybeNotNfc, maybeMarkup };
}

/**
 * Matches anything quickScan could report: a character outside the NFC-stable Vietnamese set, '<',
 * '&', a leading or trailing space or line break, or two in a row. Most cells match nothing, and
 * the engine's native scan of them is about twice as fast as a loop in JavaScript.
 */
const INTERESTING = /[^\u0020-\u0025\u0027-\u003b\u003d-\u007e\u00a1-\u02ff\u1e00-\u1eff\u2010-\u205e\n]|^[ \n]|[ \n]$|[ \n][ \n]/;

/** Leading or trailing space, doubled spaces, spaces around a line break, tabs, odd spaces. */
export function hasStraySpace(s: string): boolean {
  return s.length > 0 && quickScan(s).straySpace;
}

/** Scanned anew on each call: rules read it once per table through SheetSource. */
export function textCellsOf(grid: Grid, table: AppendixTable): TextCell[] {
  const cells: TextCell[] = [];
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
      if (!INTERESTING.test(v)) continue;
      const q = quickScan(v);
      const markup = q.maybeMarkup && hasMarkup(v);
      const nfc = !q.maybeNotNfc || isNfc(v);
      const spaces = q.straySpace;
      // Only cells with something to say are kept: the rules read this list, not the sheet.
      if (markup || !nfc || spaces) cells.push({ row: r, column: c, text: v, markup, nfc, spaces });
    }
  }
  return cells;
}
