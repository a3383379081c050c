/** The readable report: cell, severity, message (no rule codes unless asked for), then counts by severity. */
import { SEVERITY_LABEL, type Finding, type Report, type Summary } from '../core';
import { Lang, T, t } from './messages';

function pad(s: string, n: number): string {
  const len = [...s].length;
  return len >= n ? s : s + ' '.repeat(n - len);
}

export function summaryLine(s: Summary, lang: Lang): string {
  return `${s.error} ${t(T.errors, lang)}, ${s.warning} ${t(T.warnings, lang)}, ${s.info} ${t(T.infos, lang)}`;
}

/** Cell, severity and message; the rule's code only when asked for (`--codes`). */
export function formatReport(file: string, report: Report, lang: Lang, codes = false): string {
  const lines: string[] = [`${t(T.file, lang)}: ${file}`];
  const multi = report.sheets.length > 1;
  for (const s of report.sheets) {
    if (s.tables.length === 0 && multi) continue;
    lines.push(`${t(T.sheet, lang)} “${s.sheet}”: ${s.tables.length} ${t(T.tables, lang)}`);
  }
  if (report.findings.length === 0) {
    lines.push(t(T.noFindings, lang));
  } else {
    const where = (f: Finding) => (multi ? `${f.sheet}!${f.cell}` : f.cell);
    const w1 = Math.max(t(T.cell, lang).length, ...report.findings.map((f) => where(f).length));
    const sev = (f: Finding) => SEVERITY_LABEL[f.severity][lang];
    const w2 = Math.max([...t(T.level, lang)].length, ...report.findings.map((f) => [...sev(f)].length));
    const text = (f: Finding) => (lang === 'en' ? f.messageEn : f.message);
    const w3 = codes ? Math.max(t(T.code, lang).length, ...report.findings.map((f) => f.code.length)) : 0;
    const row = (cell: string, level: string, message: string, code: string) =>
      codes ? `${pad(cell, w1)}  ${pad(level, w2)}  ${pad(code, w3)}  ${message}` : `${pad(cell, w1)}  ${pad(level, w2)}  ${message}`;
    lines.push('');
    lines.push(row(t(T.cell, lang), t(T.level, lang), t(T.message, lang), t(T.code, lang)));
    for (const f of report.findings) lines.push(row(where(f), sev(f), text(f), f.code));
  }
  lines.push('');
  lines.push(`${t(T.total, lang)}: ${summaryLine(report.summary, lang)}`);
  return lines.join('\n');
}
