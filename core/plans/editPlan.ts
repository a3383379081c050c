/** What a host must change, computed here and applied by the host in one batch. */
import { Finding, Severity, severityRank } from '../model/finding';
import { a1 } from '../model/grid';
import { ruleTitle } from '../rules/titles';

import type { Lang } from '../model/lang';
export type { Lang } from '../model/lang';

/** Fill colours (ARGB) by severity: Excel's own "bad", "neutral" and a light blue. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

export const SEVERITY_LABEL: Record<Severity, { vi: string; en: string }> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Gợi ý', en: 'Info' },
};

export interface CellMark {
  sheet: string;
  row: number;
  column: number;
  cell: string;
  /** ARGB fill for the worst severity in the cell. */
  fill: string;
  severity: Severity;
  /** Every message for the cell, one per line, prefixed with severity and what is wrong (never a rule code). */
  note: string;
}

export interface EditPlan {
  marks: CellMark[];
}

/** One mark per cell that has findings: the worst severity's fill and all the messages. */
export function highlightPlan(findings: readonly Finding[], lang: Lang = 'vi'): EditPlan {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.row}\u0000${f.column}`;
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  const marks: CellMark[] = [];
  for (const list of byCell.values()) {
    list.sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
    const worst = list[0].severity;
    const note = list.map((f) => `${SEVERITY_LABEL[f.severity][lang]} – ${ruleTitle(f.code, lang)}: ${lang === 'en' ? f.messageEn : f.message}`).join('\n');
    const { sheet, row, column } = list[0];
    marks.push({ sheet, row, column, cell: a1(row, column), fill: SEVERITY_FILL[worst], severity: worst, note });
  }
  return { marks };
}
