/**
 * Bands of rows for a long sheet's parts: how many rows one call may cover, and the edits of a fix
 * cut into bands that never split a row fix (rows merged or removed together stay in one call, so a
 * stop between two calls never leaves a row fix half-applied). Pure.
 */
import { CELLS_PER_CALL } from './wire';

/** Rows per call for a range `columns` wide: at least one row. */
export function rowsPerCall(columns: number, cells = CELLS_PER_CALL): number {
  return Math.max(1, Math.floor(cells / Math.max(1, columns)));
}

/** Consecutive bands of `rows` rows covering 1…`total`: [top, bottom] pairs. */
export function rowRanges(total: number, rows: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let top = 1; top <= total; top += rows) out.push([top, Math.min(total, top + rows - 1)]);
  return out;
}

/**
 * `edits` in bands of at most `maxRows` rows, sorted by row, never cutting between rows of one group
 * (a group taller than `maxRows` is one band of its own height).
 */
export function editBands<E extends { row: number }>(edits: readonly E[], groups: readonly (readonly number[])[], maxRows: number): E[][] {
  const groupEnd = new Map<number, number>();
  for (const g of groups) {
    const end = Math.max(...g);
    for (const r of g) groupEnd.set(r, Math.max(groupEnd.get(r) ?? 0, end));
  }
  const sorted = [...edits].sort((a, b) => a.row - b.row);
  const out: E[][] = [];
  let band: E[] = [];
  let start = 0;
  let reach = 0;
  for (const e of sorted) {
    // A new band where this edit's whole row group would no longer fit in the current one.
    const end = groupEnd.get(e.row) ?? e.row;
    if (band.length > 0 && e.row > reach && end - start + 1 > maxRows) {
      out.push(band);
      band = [];
    }
    if (band.length === 0) {
      start = e.row;
      reach = 0;
    }
    band.push(e);
    reach = Math.max(reach, end);
  }
  if (band.length > 0) out.push(band);
  return out;
}
