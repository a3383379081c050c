/**
 * What the tool understood of a workbook's tables, row by row: which row is a group, a task or a
 * sub-task, which units it read, which period it took each deadline to mean. Built from the same
 * analysis the rules read (readTables, rowTimesOf, rowUnitsOf, the plan period), so an export of it
 * cannot disagree with the findings. `phuluc tasks` prints it.
 */
import type { Grid } from '../model/grid';
import { cleanText } from '../model/text';
import type { ValidateOptions } from './rule';
import { AppendixTable, TableRow, readTables } from '../read/table';
import { SheetSource } from './source';
import type { PlanPeriod } from '../time/planPeriod';
import type { TimeFrameKind } from '../time/timeFrame';
import type { UnitCell } from '../units/unitCell';
import { isDirectorySheet } from '../units/directorySheet';
import { isSettingsSheet, withWorkbookSettings } from './settings';
import { planPeriodOf, unitReaderFor } from './validate';

export type UnderstoodUnitKind = 'unit' | 'collective' | 'unlisted' | 'unknown';

export interface UnderstoodUnit {
  /** The piece of the cell as written. */
  text: string;
  /** The directory's name for it, when the directory knows it. */
  canonical: string | null;
  /** unit: in the directory; collective: "Các sở, ban, ngành"; unlisted: a well-formed name the directory does not list; unknown: neither. */
  kind: UnderstoodUnitKind;
}

export interface UnderstoodTime {
  text: string;
  kind: TimeFrameKind;
  /** First day, YYYY-MM-DD, or null where none is given. */
  start: string | null;
  /** The last day the task may finish on, YYYY-MM-DD, or null where there is no end (Thường xuyên, Hằng năm, conditional). */
  end: string | null;
}

export interface UnderstoodTask {
  sheet: string;
  /** The sheet's row number. */
  row: number;
  /** The number as written (empty for a group title with no number). */
  stt: string;
  /** The numbers from the group down: "II.3.a". */
  path: string;
  kind: 'group' | 'task' | 'subtask';
  content: string;
  lead: UnderstoodUnit[];
  cooperating: UnderstoodUnit[];
  time: UnderstoodTime | null;
  output: string | null;
  status: string | null;
  result: string | null;
}

export interface Understanding {
  planPeriod: { start: string; end: string | null } | null;
  issueDate: string | null;
  tasks: UnderstoodTask[];
}

const isoDay = (d: Date | undefined): string | null => (d ? d.toISOString().slice(0, 10) : null);

function unitsOf(cell: UnitCell | undefined): UnderstoodUnit[] {
  if (!cell || cell.none) return [];
  return cell.pieces.map((p) => {
    if (p.match && p.match.how !== 'fuzzy') return { text: p.text, canonical: p.match.entry.name, kind: 'unit' as const };
    if (p.collective) return { text: p.text, canonical: null, kind: 'collective' as const };
    return { text: p.text, canonical: null, kind: p.unlisted ? ('unlisted' as const) : ('unknown' as const) };
  });
}

/** The row's kind as a line of the export, or undefined for rows that are not groups, tasks or sub-tasks. */
function kindOf(table: AppendixTable, r: TableRow): UnderstoodTask['kind'] | undefined {
  // Headings the table reader recognised (III.1, numberless titles over straight-through numbering) are groups.
  if (r.subHeading || r.numberlessTitle) return 'group';
  if (r.kind === 'group' || r.kind === 'task' || r.kind === 'subtask') return r.kind;
  if (r.groupLike) return 'group';
  // A row with content but no (readable) number stands where a task would; the rules treat it as one.
  if (r.kind === 'unnumbered' || r.kind === 'malformed') return 'task';
  if (r.kind === 'span' && r.continues !== undefined) {
    const first = table.rows.find((x) => x.row === r.continues);
    return first ? kindOf(table, first) : undefined;
  }
  return undefined;
}

function segmentOf(r: TableRow): string {
  return r.stt.token ? r.stt.token.raw : '';
}

function pathOf(table: AppendixTable, index: number): string {
  const parts: string[] = [];
  const seen = new Set<number>();
  for (let i: number | undefined = index; i !== undefined && !seen.has(i); i = table.rows[i].parent) {
    seen.add(i);
    const s = segmentOf(table.rows[i]);
    // A dotted number ("1.2") already names its parent ("1").
    if (s) parts.unshift(s);
    if (table.rows[i].stt.token?.system === 'dotted') break;
  }
  return parts.join('.');
}

function text(s: string | undefined): string | null {
  const t = s === undefined ? '' : cleanText(s);
  return t ? t : null;
}

/** One table's rows as understood, from the same analysis the rules read. */
export function understandTable(source: SheetSource): UnderstoodTask[] {
  const { table } = source;
  const times = new Map(source.times.map((t) => [t.index, t]));
  const units = new Map(source.units.map((u) => [u.index, u]));
  const out: UnderstoodTask[] = [];
  table.rows.forEach((r, index) => {
    const kind = kindOf(table, r);
    if (!kind) return;
    // A line under a merged STT cell is the task's: its number and path are the first line's.
    const first = r.kind === 'span' ? table.rows.findIndex((x) => x.row === r.continues) : index;
    const head = table.rows[first] ?? r;
    const t = times.get(index);
    const u = units.get(index);
    out.push({
      sheet: table.sheet,
      row: r.row,
      stt: head.sttText,
      path: pathOf(table, first),
      kind,
      content: cleanText(r.cells.content ?? (r.kind === 'span' ? (head.cells.content ?? '') : '')),
      lead: unitsOf(u?.chuTri?.cell),
      cooperating: unitsOf(u?.phoiHop?.cell),
      time: t ? { text: cleanText(t.text), kind: t.frame.kind, start: isoDay(t.frame.start), end: isoDay(t.frame.end) } : null,
      output: text(r.cells.output),
      status: text(r.cells.status),
      result: text(r.cells.result),
    });
  });
  return out;
}

/** Every table of a workbook as understood, with the plan period and issue date of its first table. */
export function understandWorkbook(grids: readonly Grid[], given: ValidateOptions = {}): Understanding {
  const options = withWorkbookSettings(grids, given);
  const reader = unitReaderFor(grids, options);
  const tasks: UnderstoodTask[] = [];
  let first: PlanPeriod | undefined;
  let found = false;
  for (const grid of grids) {
    if (isDirectorySheet(grid, options.unitSheet) || isSettingsSheet(grid)) continue;
    const tables = readTables(grid);
    if (tables.length === 0) continue;
    const plan = planPeriodOf(grid, tables, options);
    if (!found) {
      first = plan;
      found = true;
    }
    for (const table of tables) tasks.push(...understandTable(new SheetSource(grid, table, plan, reader)));
  }
  // Only a period that was stated: one inferred from the issue year is not the plan's.
  const planPeriod = first && first.certain ? { start: isoDay(first.start)!, end: isoDay(first.end) } : null;
  return { planPeriod, issueDate: isoDay(first?.date), tasks };
}
