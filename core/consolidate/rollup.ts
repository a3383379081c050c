/**
 * Roll-ups over the table's hierarchy: "3/5 hoàn thành" on group rows and on tasks that head points,
 * counts by group, and numbers qualified by their group ("II.3"). Each task walks up its own
 * ancestors once, so the work is linear in the number of rows.
 */
import { cleanText } from '../model/text';
import type { AppendixTable, TableRow } from '../read/table';
import type { Status } from './status';

/** Index in `table.rows` of every sheet row, built once. */
export function rowIndex(table: AppendixTable): Map<number, number> {
  return new Map(table.rows.map((r, i) => [r.row, i]));
}

function ancestors(table: AppendixTable, r: TableRow): TableRow[] {
  const out: TableRow[] = [];
  let cur = r.parent !== undefined ? table.rows[r.parent] : undefined;
  while (cur) {
    out.push(cur);
    cur = cur.parent !== undefined ? table.rows[cur.parent] : undefined;
  }
  return out;
}

const NO_GROUP = '(không nhóm)';

/** The group a row sits in, as "II Kiểm tra, khảo sát" (cut at 80 characters). */
export function groupOf(table: AppendixTable, r: TableRow): string {
  const g = ancestors(table, r).find((a) => a.kind === 'group');
  if (!g) return NO_GROUP;
  return `${g.stt.token?.raw ?? g.sttText} ${cleanText(g.cells.content ?? '')}`.trim().slice(0, 80);
}

/** The row's number under its ancestors: "II.3", "II.3.a", or "3" with no group. */
export function qualifiedNumber(table: AppendixTable, r: TableRow): string {
  const parts = [r, ...ancestors(table, r)].reverse().map((x) => (x.stt.token ? x.stt.token.body : cleanText(x.sttText).replace(/[.)]+$/, '')));
  return parts.filter(Boolean).join('.');
}

export interface RollUp {
  row: number;
  done: number;
  total: number;
}

/** Group rows and tasks that head points, with how many of the tasks under them are done. */
export function rollUps(table: AppendixTable, tasks: ReadonlyArray<{ row: number; status: Status }>): RollUp[] {
  const index = rowIndex(table);
  const counts = new Map<TableRow, { done: number; total: number }>();
  for (const t of tasks) {
    const i = index.get(t.row);
    if (i === undefined) continue;
    for (const a of ancestors(table, table.rows[i])) {
      if (a.kind !== 'group' && !(a.kind === 'task' && a.children.some((c) => table.rows[c].kind === 'subtask'))) continue;
      const c = counts.get(a) ?? { done: 0, total: 0 };
      c.total++;
      if (t.status === 'done') c.done++;
      counts.set(a, c);
    }
  }
  return table.rows.filter((r) => counts.has(r)).map((r) => ({ row: r.row, ...counts.get(r)! }));
}

export function rollUpText(r: RollUp): string {
  return `${r.done}/${r.total} hoàn thành`;
}
