/**
 * Which rectangles to write so that a set of changed cells reaches the sheet in few setValues calls
 * and nothing else is lost. A rectangle may cover a cell that does not change only when writing that
 * cell's own value back loses nothing (`free`): not a formula, not rich text or a link, not where an
 * array formula may spill. Pure: the Sheets adapter says what is free.
 */

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Place {
  row: number;
  column: number;
}

/** How many cells that do not change a merge may cover, beyond the two rectangles it joins. */
const MAX_EXTRA = 4096;
/** How many of the latest rectangles a new one tries to join. */
const WINDOW = 8;

const area = (r: Rect) => (r.bottom - r.top + 1) * (r.right - r.left + 1);
const inside = (r: Rect, row: number, column: number) => row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;
const union = (a: Rect, b: Rect): Rect => ({
  top: Math.min(a.top, b.top),
  left: Math.min(a.left, b.left),
  bottom: Math.max(a.bottom, b.bottom),
  right: Math.max(a.right, b.right),
});

export function boundsOf(cells: readonly Place[]): Rect {
  const r = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  for (const c of cells) {
    r.top = Math.min(r.top, c.row);
    r.left = Math.min(r.left, c.column);
    r.bottom = Math.max(r.bottom, c.row);
    r.right = Math.max(r.right, c.column);
  }
  return r;
}

/**
 * Rectangles covering every cell of `cells` and, besides them, only cells where `free` is true.
 * One rectangle (the bounding box) when every cell in it may be written; otherwise runs of changed
 * cells, stacked and joined across free cells. `free` is asked at most once per cell.
 */
export function writeRects(cells: readonly Place[], free: (row: number, column: number) => boolean): Rect[] {
  if (cells.length === 0) return [];
  const box = boundsOf(cells);
  const width = box.right - box.left + 1;
  const at = (row: number, column: number) => (row - box.top) * width + (column - box.left);
  // 1: changes, 2: free, 3: must not be written; 0: not asked yet.
  const state = new Uint8Array(area(box));
  for (const c of cells) state[at(c.row, c.column)] = 1;
  const ok = (row: number, column: number): boolean => {
    const i = at(row, column);
    if (state[i] === 0) state[i] = free(row, column) ? 2 : 3;
    return state[i] !== 3;
  };
  /** Every cell of `r` may be written; cells inside `skip` are known to. */
  const coverable = (r: Rect, ...skip: Rect[]): boolean => {
    for (let row = r.top; row <= r.bottom; row++) {
      for (let column = r.left; column <= r.right; column++) {
        if (skip.some((s) => inside(s, row, column))) continue;
        if (!ok(row, column)) return false;
      }
    }
    return true;
  };

  if (coverable(box)) return [box];

  // Runs of changed cells along each row.
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: Rect[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === c.row && c.column <= last.right) continue; // the same cell twice
    if (last && last.top === c.row && last.right + 1 === c.column) last.right = c.column;
    else runs.push({ top: c.row, bottom: c.row, left: c.column, right: c.column });
  }
  // Runs of the same columns on consecutive rows, stacked.
  runs.sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  const stacks: Rect[] = [];
  for (const r of runs) {
    const last = stacks[stacks.length - 1];
    if (last && last.left === r.left && last.right === r.right && last.bottom + 1 === r.top) last.bottom = r.bottom;
    else stacks.push({ ...r });
  }
  // Joined across free cells, in reading order, each with one of the latest rectangles.
  stacks.sort((a, b) => a.top - b.top || a.left - b.left);
  const out: Rect[] = [];
  for (const r of stacks) {
    // Already inside a recent rectangle that joined across it: written there with the same values.
    if (out.slice(-WINDOW).some((o) => inside(o, r.top, r.left) && inside(o, r.bottom, r.right))) continue;
    let joined = false;
    for (let k = out.length - 1; k >= Math.max(0, out.length - WINDOW) && !joined; k--) {
      const u = union(out[k], r);
      if (area(u) - area(out[k]) - area(r) > MAX_EXTRA) continue;
      if (coverable(u, out[k], r)) {
        out[k] = u;
        joined = true;
      }
    }
    if (!joined) out.push(r);
  }
  return out;
}

/** Formulas whose result may fill more than their own cell. */
const ARRAY_FORMULA =
  /\b(ARRAYFORMULA|FILTER|SORTN?|UNIQUE|QUERY|IMPORT(RANGE|DATA|HTML|XML|FEED)|SEQUENCE|SPLIT|FLATTEN|TRANSPOSE|MMULT|MINVERSE|FREQUENCY|LINEST|LOGEST|TREND|GROWTH|GOOGLEFINANCE|REGEXEXTRACT|MAP|BYROW|BYCOL|MAKEARRAY|SCAN|HSTACK|VSTACK|CHOOSE(COLS|ROWS)|TO(COL|ROW)|WRAP(COLS|ROWS)|ARRAY_CONSTRAIN|LAMBDA)\s*\(|\{/i;

/** Whether a formula's result may fill more than its own cell. */
export const isArrayFormula = (f: string): boolean => f !== '' && ARRAY_FORMULA.test(f);

/**
 * Where an array formula may have spilled, from the formulas of the sheet from A1: a cell is in the
 * shadow of every such formula above and to the left of it (or at it). Generous on purpose: a cell
 * in the shadow is only written when it changes.
 */
export function spillShadow(formulas: readonly (readonly string[])[], top = 1, left = 1): (row: number, column: number) => boolean {
  // For each row, the leftmost column of an array formula at or above it.
  const leftmost: number[] = [];
  let min = Infinity;
  formulas.forEach((line, i) => {
    line.forEach((f, j) => {
      if (f && ARRAY_FORMULA.test(f)) min = Math.min(min, left + j);
    });
    leftmost[i] = min;
  });
  return (row, column) => {
    const i = Math.min(row - top, leftmost.length - 1);
    return i >= 0 && column >= leftmost[i];
  };
}
