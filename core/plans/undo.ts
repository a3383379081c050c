/**
 * The undo rules both add-ins follow, so Excel and Google Sheets behave the same:
 * - a fix writes a row fix whole or not at all: a row holding a formula is left alone (and said so);
 * - undo puts back only cells that still hold what the change wrote: a value typed since is kept,
 *   and the cells skipped are reported;
 * - several fix runs are kept, newest last, and undone in order, newest first;
 * - a consolidation plan is refused when the master no longer holds what the preview saw.
 */
import type { CellValue } from '../model/grid';
import type { FixResult } from '../engine/fixes';
import { SavedEdits, ValueEdit, cellFromJson, sameCell } from './valueEdits';

/** How many fix runs a document keeps for undo; the oldest is forgotten past this. */
export const UNDO_DEPTH = 20;

/** The stack of fix runs with a new run on top (the oldest dropped past UNDO_DEPTH). */
export function pushRun<T>(stack: readonly T[], run: T, depth = UNDO_DEPTH): T[] {
  return [...stack, run].slice(-depth);
}

/** The run undo takes next (the newest) and the stack without it. */
export function popRun<T>(stack: readonly T[]): { run?: T; rest: T[] } {
  return stack.length === 0 ? { rest: [] } : { run: stack[stack.length - 1], rest: stack.slice(0, -1) };
}

/** A saved record's cells as edits (with the number format each cell had, when the change set one). */
export function editsOfRecord(record: Pick<SavedEdits, 'cells'>): Array<ValueEdit & { format?: string }> {
  return record.cells.map((c) => ({
    row: c.row,
    column: c.column,
    before: cellFromJson(c.before),
    after: cellFromJson(c.after),
    ...(c.format !== undefined ? { format: c.format } : {}),
  }));
}

/** What a host can tell about a cell now: its value, and whether it holds a formula. */
export type CellNow = (row: number, column: number) => { value: CellValue; formula?: boolean };

export interface UndoSplit<E extends ValueEdit> {
  /** Edits whose cell still holds what the change wrote: put back. */
  write: E[];
  /** Edits whose cell was changed since (by hand, or by a later run): left as they are, and reported. */
  changedSince: E[];
}

/** Splits a run's edits for undo: only cells still holding the change's value are put back. */
export function undoSplit<E extends ValueEdit>(edits: readonly E[], now: CellNow, same: (a: CellValue, b: CellValue) => boolean = sameCell): UndoSplit<E> {
  const out: UndoSplit<E> = { write: [], changedSince: [] };
  for (const e of edits) {
    const c = now(e.row, e.column);
    if (!c.formula && same(c.value, e.after)) out.write.push(e);
    else out.changedSince.push(e);
  }
  return out;
}

/**
 * Edits whose cell no longer holds the value the plan was made from (a stale plan is refused whole).
 * A cell holding a formula is not stale: it is never written, and the host leaves it out.
 */
export function staleEdits<E extends ValueEdit>(edits: readonly E[], now: CellNow, same: (a: CellValue, b: CellValue) => boolean = sameCell): E[] {
  return edits.filter((e) => {
    const c = now(e.row, e.column);
    return c.formula !== true && !same(c.value, e.before);
  });
}

/**
 * The rows of one sheet that a fix changes together: a row cut by a page break and the row it is
 * merged into; a removed row (a repeated header) alone. Each group is applied whole or not at all.
 */
export function rowGroupsOf(result: Pick<FixResult, 'rounds'>, sheet: string): number[][] {
  const parent = new Map<number, number>();
  const find = (r: number): number => {
    let p = parent.get(r) ?? r;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p) ?? p;
    parent.set(r, p);
    return p;
  };
  const join = (a: number, b: number) => {
    const x = find(a);
    const y = find(b);
    if (x !== y) parent.set(y, x);
  };
  for (const round of result.rounds) {
    for (const m of round.merges) if (m.sheet === sheet) join(m.into, m.row);
    for (const r of round.removals) if (r.sheet === sheet) find(r.row);
  }
  const groups = new Map<number, number[]>();
  for (const r of parent.keys()) {
    const root = find(r);
    const g = groups.get(root);
    if (g) g.push(r);
    else groups.set(root, [r]);
  }
  return [...groups.values()].map((g) => [...new Set(g)].sort((a, b) => a - b));
}

export interface FixSelection<E extends ValueEdit> {
  /** Edits to write. */
  write: E[];
  /** Cell edits left out because the cell holds a formula. */
  formulaCells: E[];
  /** Rows whose row fix was left out whole because one of them holds a formula. */
  formulaRows: number[];
}

/**
 * Which of a fix's edits to write: a cell holding a formula is never written; a row fix (merge or
 * removal) whose rows hold a formula anywhere is left out whole, so no text is merged twice and no
 * lone header cell is left behind. `rowHasFormula` tells whether a sheet row holds a formula.
 */
export function selectFixEdits<E extends ValueEdit>(
  edits: readonly E[],
  groups: readonly number[][],
  cellIsFormula: (row: number, column: number) => boolean,
  rowHasFormula: (row: number) => boolean,
): FixSelection<E> {
  const blocked = new Set<number>();
  const formulaRows: number[] = [];
  for (const g of groups) {
    if (!g.some(rowHasFormula)) continue;
    for (const r of g) blocked.add(r);
    formulaRows.push(...g);
  }
  const out: FixSelection<E> = { write: [], formulaCells: [], formulaRows: formulaRows.sort((a, b) => a - b) };
  for (const e of edits) {
    if (blocked.has(e.row)) continue;
    if (cellIsFormula(e.row, e.column)) out.formulaCells.push(e);
    else out.write.push(e);
  }
  return out;
}
