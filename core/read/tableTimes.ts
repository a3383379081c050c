/** The time frame of every row of a table, parsed once and read by the time.* rules. */
import type { PlanPeriod } from '../time/planPeriod';
import { singleYearOf } from '../time/planPeriod';
import type { AppendixTable, TableRow } from './table';
import { TimeFrame, parseTimeFrame } from '../time/timeFrame';

export interface RowTime {
  index: number;
  row: TableRow;
  text: string;
  frame: TimeFrame;
}

/** Rows that can carry a time: numbered rows, rows that should have been, and lines of a merged task. */
function carriesTime(r: TableRow): boolean {
  // A line under a task's merged STT cell carries its own time when it has one (one task, several deadlines).
  return r.kind === 'group' || r.kind === 'task' || r.kind === 'subtask' || r.kind === 'unnumbered' || r.kind === 'malformed' || r.kind === 'span';
}

/** Parsed anew on each call (the result depends on the plan period): rules read it once per table through SheetSource. */
export function rowTimesOf(table: AppendixTable, plan: PlanPeriod | undefined): RowTime[] {
  const out: RowTime[] = [];
  const planYear = singleYearOf(plan);
  const ctx = { planYear, issueDate: plan?.date, issueDocument: plan?.document };
  // Large tables repeat a handful of phrases ("Thường xuyên", "Quý IV/2026"): parse each once.
  const seen = new Map<string, TimeFrame | undefined>();
  table.rows.forEach((row, index) => {
    if (!carriesTime(row)) return;
    const text = row.cells.time;
    if (text === undefined) return;
    let frame: TimeFrame | undefined;
    if (row.timeValue !== undefined) frame = parseTimeFrame(row.timeValue, ctx);
    else if (seen.has(text)) frame = seen.get(text);
    else {
      frame = parseTimeFrame(text, ctx);
      seen.set(text, frame);
    }
    if (frame) out.push({ index, row, text, frame });
  });
  return out;
}

/** A task with sub-tasks is a heading: its points carry the times and units. */
export function isHeadingTask(table: AppendixTable, r: TableRow): boolean {
  if (r.subHeading) return true;
  return r.children.some((c) => {
    const k = table.rows[c].kind;
    return k === 'task' || k === 'subtask';
  });
}
