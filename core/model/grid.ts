/** A spreadsheet as core sees it: values only, plus merged ranges. Rows and columns are 1-based. */

export interface CellError {
  error: string; // '#N/A', '#REF!', …
}

export type CellValue = string | number | boolean | Date | CellError | null;

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** Sheet name as the host shows it. */
  name: string;
  /** rows[r - 1][c - 1]; rows may be ragged and missing cells are empty. */
  rows: CellValue[][];
  merges: CellRange[];
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && typeof v.error === 'string';
}

export function rowCount(grid: Grid): number {
  return grid.rows.length;
}

export function columnCount(grid: Grid): number {
  let max = 0;
  for (const r of grid.rows) if (r.length > max) max = r.length;
  return max;
}

export function cellAt(grid: Grid, row: number, column: number): CellValue {
  const r = grid.rows[row - 1];
  if (!r) return null;
  const v = r[column - 1];
  return v === undefined ? null : v;
}

/** The text a person reads in a cell: numbers as typed, dates as d/m/yyyy, errors as their code. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return `${v.getUTCDate()}/${v.getUTCMonth() + 1}/${v.getUTCFullYear()}`;
  return v.error;
}

export function textAt(grid: Grid, row: number, column: number): string {
  return cellText(cellAt(grid, row, column));
}

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Column number to letters: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to column number: A → 1, AA → 27. Returns 0 for anything else. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return 0;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function parseA1(ref: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  const column = columnNumber(m[1]);
  const row = Number(m[2]);
  return column > 0 && row > 0 ? { row, column } : null;
}

export function parseRange(ref: string): CellRange | null {
  const [a, b] = ref.split(':');
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.column, q.column),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.column, q.column),
  };
}

export function rangeA1(r: CellRange): string {
  return `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

/** Finds the merged range a cell belongs to, if any, through an index built once per grid. */
export class MergeIndex {
  private readonly byCell = new Map<number, CellRange>();
  constructor(merges: CellRange[]) {
    for (const m of merges) {
      // Very large merges (whole columns) would blow up the index; they carry no table meaning.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 100_000) continue;
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.byCell.set(key(r, c), m);
    }
  }
  get size(): number {
    return this.byCell.size;
  }
  rangeOf(row: number, column: number): CellRange | undefined {
    return this.byCell.get(key(row, column));
  }
  /** True for a cell covered by a merge but not its top-left cell. */
  isCovered(row: number, column: number): boolean {
    const m = this.rangeOf(row, column);
    return !!m && (m.top !== row || m.left !== column);
  }
}

function key(row: number, column: number): number {
  return row * 16384 + column;
}
