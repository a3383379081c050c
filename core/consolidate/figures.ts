/**
 * The figures of a consolidation and their labels, one list for every host: the command line, the
 * pane, the sidebar and the `Tổng hợp` sheet print the same numbers under the same words. "Quá hạn"
 * has two meanings, so it has two labels: the status units reported, and lateness at the report date.
 */
import type { Bilingual } from '../model/lang';
import { STATUSES, STATUS_LABEL, Status } from './status';

/** Labels of the counts by status: a reported "Quá hạn" is said to be reported. */
export const STATUS_COUNT_LABEL: Record<Status, Bilingual> = {
  ...STATUS_LABEL,
  overdue: { vi: 'Quá hạn (theo báo cáo)', en: 'Overdue (as reported)' },
};

/** Tasks not done nor cancelled whose deadline has passed on the report date, or reported "Quá hạn". */
export const LATE_LABEL: Bilingual = { vi: 'Trễ hạn tại ngày báo cáo', en: 'Late at the report date' };
export const TOTAL_LABEL: Bilingual = { vi: 'Tổng số nhiệm vụ', en: 'Tasks in all' };

export type FigureId = Status | 'late' | 'total';

export interface Figure {
  id: FigureId;
  label: Bilingual;
  n: number;
}

export interface Counts {
  byStatus: Record<Status, number>;
  overdue: number;
}

/** The counts by status (each task once), the total, then the late tasks: in this order everywhere. */
export function figuresOf(summary: Counts): Figure[] {
  const total = STATUSES.reduce((n, s) => n + summary.byStatus[s], 0);
  return [
    ...STATUSES.map((s) => ({ id: s, label: STATUS_COUNT_LABEL[s], n: summary.byStatus[s] })),
    { id: 'total', label: TOTAL_LABEL, n: total },
    { id: 'late', label: LATE_LABEL, n: summary.overdue },
  ];
}

/** One line of figures: "Hoàn thành: 3 · … · Trễ hạn tại ngày báo cáo: 2". */
export function figuresLine(summary: Counts, lang: keyof Bilingual): string {
  return figuresOf(summary)
    .map((f) => `${f.label[lang]}: ${f.n}`)
    .join(' · ');
}
