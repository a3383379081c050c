/**
 * `phuluc fix` in core: which findings may be fixed unasked, what that changes, and the change log.
 * Fixing runs in rounds until nothing is left to fix (merging a cut row can make a unit name whole,
 * which the next round then spells canonically), so fixing a fixed sheet changes nothing.
 */
import { Finding } from '../model/finding';
import { CellValue, Grid, a1, cellAt, cellText, isBlank } from '../model/grid';
import type { ColumnRole } from '../read/header';
import type { Rule, ValidateOptions } from './rule';
import { rules as allRules } from '../rules';
import { fixPrecedenceOf, isSafeFixCode } from '../rules/catalogue';
import type { AppendixTable } from '../read/table';
import { Report, validateWorkbook } from './validate';

/** Text clean-ups touch only these columns; other columns keep their text as written. */
const TEXT_FIX_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['stt', 'content', 'chuTri', 'phoiHop']);

export interface CellChange {
  sheet: string;
  row: number;
  column: number;
  before: CellValue;
  after: CellValue;
  code: string;
}

export interface RowMerge {
  sheet: string;
  /** The row cut by a page break, removed once merged. */
  row: number;
  into: number;
  /** The cells of `into` after the merge, by column. */
  cells: Array<{ column: number; before: CellValue; after: CellValue }>;
}

export interface RowRemoval {
  sheet: string;
  row: number;
  code: string;
  /** The row's text, for the change log. */
  before: string;
}

/** One round of fixes. Rows are emptied rather than deleted, so coordinates never shift between rounds. */
export interface FixRound {
  cells: CellChange[];
  merges: RowMerge[];
  removals: RowRemoval[];
}

export interface LogEntry {
  sheet: string;
  cell: string;
  before: string;
  after: string;
  code: string;
}

function tableAt(report: Report, sheet: string, row: number): AppendixTable | undefined {
  const s = report.sheets.find((x) => x.sheet === sheet);
  return s?.tables.find((t) => row >= t.header.row && row <= t.lastRow);
}

function roleOfColumn(t: AppendixTable, column: number): ColumnRole | undefined {
  for (const [role, c] of Object.entries(t.header.columns)) if (c === column) return role as ColumnRole;
  return undefined;
}

function rowText(grid: Grid, row: number): string {
  return (grid.rows[row - 1] ?? [])
    .map(cellText)
    .filter((t) => t.trim() !== '')
    .join(' | ');
}

/** A tail joins the text above with a space, or on a new line when it is a list item. */
function joinTail(above: CellValue, tail: CellValue): CellValue {
  const a = cellText(above);
  const b = cellText(tail).trim();
  if (!b) return above;
  // A number alone stays a number (a budget figure on the cut half of a row).
  if (!a.trim()) return typeof tail === 'string' ? b : tail;
  return /^[-+•]/.test(b) ? `${a.trimEnd()}\n${b}` : `${a.trimEnd()} ${b}`;
}

/**
 * A whole number written as text ("2" for "2.") becomes a number where the column's other whole
 * numbers are numbers, so it lines up with them instead of standing left-aligned as text.
 */
function asColumnHolds(grid: Grid, table: AppendixTable, column: number, value: CellValue): CellValue {
  if (typeof value !== 'string' || !/^\d{1,6}$/.test(value)) return value;
  let numbers = 0;
  let texts = 0;
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const v = cellAt(grid, r, column);
    if (typeof v === 'number' && Number.isInteger(v)) numbers++;
    else if (typeof v === 'string' && /^\s*\d{1,6}\s*$/.test(v)) texts++;
  }
  return numbers > texts ? Number(value) : value;
}

export function planRound(grids: readonly Grid[], report: Report): FixRound {
  const round: FixRound = { cells: [], merges: [], removals: [] };
  const byName = new Map(grids.map((g) => [g.name, g]));
  const chosen = new Map<string, { f: Finding; value: CellValue; column: number; row: number }>();
  const mergeInto: Finding[] = [];
  const removed = new Set<string>();
  for (const f of report.findings) {
    // Only the fixes of rules whose meta declares them safe: they never change what a row means.
    if (!f.fix || !isSafeFixCode(f.code)) continue;
    const table = tableAt(report, f.sheet, f.row);
    for (const ch of f.fix.changes) {
      if (ch.kind === 'set') {
        if (f.code.startsWith('text.')) {
          const role = table ? roleOfColumn(table, ch.column) : undefined;
          if (!role || !TEXT_FIX_ROLES.has(role)) continue;
        }
        const key = `${f.sheet}\u0000${ch.row}\u0000${ch.column}`;
        const prev = chosen.get(key);
        // When two fixes set one cell, the fuller one wins (meta.fixPrecedence): unit rewrites clean the text too.
        if (!prev || fixPrecedenceOf(f.code) < fixPrecedenceOf(prev.f.code)) chosen.set(key, { f, value: ch.value, column: ch.column, row: ch.row });
      } else if (ch.kind === 'mergeRowInto') {
        mergeInto.push(f);
      } else if (ch.kind === 'deleteRow') {
        const grid = byName.get(f.sheet)!;
        round.removals.push({ sheet: f.sheet, row: ch.row, code: f.code, before: rowText(grid, ch.row) });
        removed.add(`${f.sheet}\u0000${ch.row}`);
      }
    }
  }
  for (const { f, value: asked, column, row } of chosen.values()) {
    const grid = byName.get(f.sheet)!;
    const table = tableAt(report, f.sheet, row);
    const value = table ? asColumnHolds(grid, table, column, asked) : asked;
    const before = cellAt(grid, row, column);
    if (before === value || (isBlank(before) && isBlank(value))) continue;
    round.cells.push({ sheet: f.sheet, row, column, before, after: value, code: f.code });
  }
  // Cut rows merge after the cell fixes of this round, into the text as those fixes leave it.
  const after = (sheet: string, row: number, column: number): CellValue => {
    const c = round.cells.find((x) => x.sheet === sheet && x.row === row && x.column === column);
    return c ? c.after : cellAt(byName.get(sheet)!, row, column);
  };
  const merged = new Map<string, RowMerge>();
  for (const f of mergeInto.sort((a, b) => a.row - b.row)) {
    const ch = f.fix!.changes.find((c) => c.kind === 'mergeRowInto');
    if (!ch || ch.kind !== 'mergeRowInto') continue;
    const grid = byName.get(f.sheet)!;
    const key = `${f.sheet}\u0000${ch.into}`;
    const m = merged.get(key) ?? { sheet: f.sheet, row: ch.row, into: ch.into, cells: [] };
    const width = (grid.rows[ch.row - 1] ?? []).length;
    for (let c = 1; c <= width; c++) {
      const tail = cellAt(grid, ch.row, c);
      if (isBlank(tail)) continue;
      const existing = m.cells.find((x) => x.column === c);
      const base = existing ? existing.after : after(f.sheet, ch.into, c);
      const value = joinTail(base, tail);
      if (existing) existing.after = value;
      else m.cells.push({ column: c, before: cellAt(grid, ch.into, c), after: value });
    }
    if (!merged.has(key)) merged.set(key, m);
    round.removals.push({ sheet: f.sheet, row: ch.row, code: f.code, before: rowText(grid, ch.row) });
    removed.add(`${f.sheet}\u0000${ch.row}`);
  }
  round.merges = [...merged.values()];
  // A cell fix on a row that goes away is moot.
  round.cells = round.cells.filter((c) => !removed.has(`${c.sheet}\u0000${c.row}`));
  round.removals.sort((a, b) => (a.sheet === b.sheet ? b.row - a.row : a.sheet < b.sheet ? -1 : 1));
  return round;
}

export function isEmptyRound(r: FixRound): boolean {
  return r.cells.length === 0 && r.merges.length === 0 && r.removals.length === 0;
}

/** The grids after a round: a pure mirror of what a host does to its workbook. */
export function applyRound(grids: readonly Grid[], round: FixRound): Grid[] {
  return grids.map((g) => {
    const rows = g.rows.map((r) => [...r]);
    const set = (row: number, column: number, value: CellValue) => {
      while (rows.length < row) rows.push([]);
      const r = rows[row - 1];
      while (r.length < column) r.push(null);
      r[column - 1] = value;
    };
    for (const c of round.cells) if (c.sheet === g.name) set(c.row, c.column, c.after);
    for (const m of round.merges) if (m.sheet === g.name) for (const c of m.cells) set(m.into, c.column, c.after);
    // A removed row is emptied, not deleted: formulas, merges, notes and validations elsewhere in
    // the workbook keep pointing where they pointed.
    for (const r of round.removals) {
      if (r.sheet !== g.name || !rows[r.row - 1]) continue;
      rows[r.row - 1] = rows[r.row - 1].map(() => null);
    }
    return { name: g.name, rows, merges: g.merges };
  });
}

export interface FixResult {
  grids: Grid[];
  rounds: FixRound[];
  log: LogEntry[];
  /** The check of the input and of the fixed grids (with the rules fixing used), already made on the way. */
  before: Report;
  after: Report;
}

const show = (v: CellValue) => cellText(v);

/** Fixes until nothing safe is left to fix (at most four rounds; a fifth would find nothing). */
export function fixWorkbook(grids: readonly Grid[], options: ValidateOptions = {}, rules: readonly Rule[] = allRules): FixResult {
  let current = grids.map((g) => ({ ...g }));
  const rounds: FixRound[] = [];
  const log: LogEntry[] = [];
  const before = validateWorkbook(current, options, rules);
  let report = before;
  for (let i = 0; i < 4; i++) {
    const round = planRound(current, report);
    if (isEmptyRound(round)) break;
    rounds.push(round);
    for (const c of round.cells) log.push({ sheet: c.sheet, cell: a1(c.row, c.column), before: show(c.before), after: show(c.after), code: c.code });
    for (const m of round.merges)
      for (const c of m.cells) log.push({ sheet: m.sheet, cell: a1(m.into, c.column), before: show(c.before), after: show(c.after), code: 'row.continuation' });
    for (const r of round.removals) log.push({ sheet: r.sheet, cell: `${r.row}:${r.row}`, before: r.before, after: '', code: r.code });
    current = applyRound(current, round);
    report = validateWorkbook(current, options, rules);
  }
  return { grids: current, rounds, log, before, after: report };
}
