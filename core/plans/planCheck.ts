/**
 * Checking a consolidation plan before it is written, the same in both add-ins: only "Tổng hợp" is
 * ever replaced, the master is not that sheet, no cell is written twice, and the master still holds
 * what the preview saw (a stale plan is refused whole: its cells would land on other content).
 */
import { a1 } from '../model/grid';
import type { Lang } from '../model/lang';
import { Wording, sayIn } from '../model/wording';
import { SUMMARY_SHEET } from '../consolidate/merge';
import type { ConsolidationPlan } from './consolidationPlan';
import { CellNow, staleEdits } from './undo';

export const PLAN_PROBLEMS = {
  summaryName: { vi: 'sheet tổng hợp phải tên là “{name}”', en: 'the summary sheet must be called “{name}”' },
  summaryIsMaster: { vi: 'sheet tổng hợp không được trùng bảng tổng hợp', en: 'the summary sheet cannot be the master sheet' },
  editedTwice: { vi: 'ô {cell} được ghi hai lần', en: 'cell {cell} is written twice' },
  stale: {
    vi: 'Bảng “{sheet}” đã thay đổi sau khi xem trước ({n} ô khác đi). Chưa ghi gì; hãy bấm “Xem trước” lại.',
    en: 'Sheet “{sheet}” changed after the preview ({n} cell(s) differ). Nothing was written; please preview again.',
  },
} satisfies Record<string, Wording>;

export type PlanProblemCode = keyof typeof PLAN_PROBLEMS;

export interface PlanProblem {
  code: PlanProblemCode;
  data: Record<string, string | number>;
}

/** What is wrong with the plan's shape, before anything is read from the workbook; undefined when nothing. */
export function planShapeProblem(plan: ConsolidationPlan): PlanProblem | undefined {
  if (plan.summarySheet.name !== SUMMARY_SHEET) return { code: 'summaryName', data: { name: SUMMARY_SHEET } };
  if (plan.sheet === SUMMARY_SHEET) return { code: 'summaryIsMaster', data: {} };
  const seen = new Set<string>();
  for (const e of plan.edits) {
    const k = `${e.row}:${e.column}`;
    if (seen.has(k)) return { code: 'editedTwice', data: { cell: a1(e.row, e.column) } };
    seen.add(k);
  }
  return undefined;
}

/** The plan checked against the master as it is now: a stale plan is a problem, naming how many cells differ. */
export function planStaleProblem(plan: ConsolidationPlan, now: CellNow, same?: Parameters<typeof staleEdits>[2]): PlanProblem | undefined {
  const stale = staleEdits(plan.edits, now, same);
  return stale.length > 0 ? { code: 'stale', data: { sheet: plan.sheet, n: stale.length } } : undefined;
}

export function planProblemText(p: PlanProblem, lang: Lang): string {
  return sayIn(PLAN_PROBLEMS[p.code], lang, p.data);
}
