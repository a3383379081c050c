/**
 * The findings as a sheet of their own, for hosts that cannot put notes on cells (Excel before
 * ExcelApi 1.18): one row per finding, the first cell linking back to the cell it is about.
 */
import type { Finding } from '../model/finding';
import { Lang, SEVERITY_LABEL } from './editPlan';
import { ruleTitle } from '../rules/titles';

export const FINDINGS_SHEET = 'Kết quả kiểm tra';

export interface FindingsSheetRow {
  sheet: string;
  cell: string;
  values: string[];
}

export function findingsSheetRows(findings: readonly Finding[], lang: Lang = 'vi'): { header: string[]; rows: FindingsSheetRow[] } {
  // What is wrong in words: a rule's code is for JSON and the docs, not for a sheet people read.
  const header = lang === 'en' ? ['Cell', 'Severity', 'Problem', 'Message'] : ['Ô', 'Mức độ', 'Vấn đề', 'Nội dung'];
  return {
    header,
    rows: findings.map((f) => ({
      sheet: f.sheet,
      cell: f.cell,
      values: [f.cell, SEVERITY_LABEL[f.severity][lang], ruleTitle(f.code, lang), lang === 'en' ? f.messageEn : f.message],
    })),
  };
}
