/**
 * The findings as a sheet of their own, one row per finding: the cell (a link back to it), severity,
 * what is wrong in words, the message, and whether the safe fixes repair it. The CLI's highlighted copy
 * opens on it ("Danh sách vấn đề"); the Excel add-in writes it ("Kết quả kiểm tra") where the host
 * cannot put notes on cells (ExcelApi before 1.18).
 */
import type { Finding } from '../model/finding';
import { Lang, SEVERITY_LABEL } from './editPlan';
import { isFixable } from './fixScope';
import { ruleTitle } from '../rules/titles';

export const FINDINGS_SHEET = 'Kết quả kiểm tra';

const HEADER: Record<Lang, string[]> = {
  vi: ['Ô', 'Mức độ', 'Vấn đề', 'Nội dung', 'Sửa được'],
  en: ['Cell', 'Severity', 'Problem', 'Message', 'Fixable'],
};
const FIXABLE: Record<Lang, string> = { vi: 'Có', en: 'Yes' };

export interface FindingsSheetRow {
  /** The sheet and cell the row is about, for the link. */
  sheet: string;
  cell: string;
  /** One text per header column; the first is the link's text (`Sheet!A1` when the findings span several sheets). */
  values: string[];
}

export function findingsSheetRows(findings: readonly Finding[], lang: Lang = 'vi'): { header: string[]; rows: FindingsSheetRow[] } {
  const multi = new Set(findings.map((f) => f.sheet)).size > 1;
  // What is wrong in words: a rule's code is for JSON and the docs, not for a sheet people read.
  return {
    header: HEADER[lang],
    rows: findings.map((f) => ({
      sheet: f.sheet,
      cell: f.cell,
      values: [
        multi ? `${f.sheet}!${f.cell}` : f.cell,
        SEVERITY_LABEL[f.severity][lang],
        ruleTitle(f.code, lang),
        lang === 'en' ? f.messageEn : f.message,
        isFixable(f) ? FIXABLE[lang] : '',
      ],
    })),
  };
}
