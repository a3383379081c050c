/** The readable report: cell, severity, message, then counts by severity. */
import { SEVERITY_LABEL, type Finding, type Report, type Summary } from '../core';
import { Lang, T, t } from './messages';

function pad(s: string, n: number): string {
  const len = [...s].length;
  return len >= n ? s : s + ' '.repeat(n - len);
}

export function summaryLine(s: Summary, lang: Lang): string {
  return `${s.error} ${t(T.errors, lang)}, ${s.warning} ${t(T.warnings, lang)}, ${s.info} ${t(T.infos, lang)}`;
}

export function formatReport(file: string, report: Report, lang: Lang): string {
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
    const w2 = Math.max(t(T.level, lang).length, ...report.findings.map((f) => [...sev(f)].length));
    const w3 = Math.max(t(T.code, lang).length, ...report.findings.map((f) => f.code.length));
    lines.push('');
    lines.push(`${pad(t(T.cell, lang), w1)}  ${pad(t(T.level, lang), w2)}  ${pad(t(T.code, lang), w3)}  ${t(T.message, lang)}`);
    for (const f of report.findings) {
      lines.push(`${pad(where(f), w1)}  ${pad(sev(f), w2)}  ${pad(f.code, w3)}  ${lang === 'en' ? f.messageEn : f.message}`);
    }
  }
  lines.push('');
  lines.push(`${t(T.total, lang)}: ${summaryLine(report.summary, lang)}`);
  return lines.join('\n');
}
