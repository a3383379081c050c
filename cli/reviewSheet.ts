/**
 * What makes `*.kiem-tra.xlsx` readable without hovering every cell: a first sheet "Danh sách vấn đề"
 * (one row per finding: the cell as a link, severity, what is wrong, the message, whether `phuluc fix`
 * repairs it) with a legend, and marks that stay apart in grey print: each severity has its own fill
 * pattern and border besides its colour.
 */
import { SEVERITY_FILL, SEVERITY_LABEL, isFixable, ruleTitle, summarize, type CellMark, type Finding, type Lang, type Severity } from '../core';
import ExcelJS from 'exceljs';

export const FINDINGS_LIST_SHEET = 'Danh sách vấn đề';

/** Fill and border per severity: solid with a thick border, stripes with a dashed one, dots with a dotted one. */
export const SEVERITY_LOOK: Record<Severity, { fill: ExcelJS.Fill; border: Partial<ExcelJS.Borders>; describe: { vi: string; en: string } }> = {
  error: {
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL.error } },
    border: side('thick', 'FF9C0006'),
    describe: { vi: 'nền đỏ nhạt kín, viền liền đậm', en: 'solid light red, thick solid border' },
  },
  warning: {
    fill: { type: 'pattern', pattern: 'lightUp', fgColor: { argb: 'FFBF8F00' }, bgColor: { argb: SEVERITY_FILL.warning } },
    border: side('dashed', 'FF7F6000'),
    describe: { vi: 'nền vàng kẻ sọc chéo, viền nét đứt', en: 'yellow with diagonal stripes, dashed border' },
  },
  info: {
    fill: { type: 'pattern', pattern: 'gray0625', fgColor: { argb: 'FF2F5597' }, bgColor: { argb: SEVERITY_FILL.info } },
    border: side('dotted', 'FF2F5597'),
    describe: { vi: 'nền xanh lấm tấm, viền chấm', en: 'blue, lightly dotted, dotted border' },
  },
};

function side(style: ExcelJS.BorderStyle, argb: string): Partial<ExcelJS.Borders> {
  const b = { style, color: { argb } };
  return { top: b, left: b, bottom: b, right: b };
}

/** Gives every marked cell its severity's pattern and border (after the colour fill is applied). */
export function styleMarks(wb: ExcelJS.Workbook, marks: readonly CellMark[]): void {
  for (const m of marks) {
    const ws = wb.getWorksheet(m.sheet);
    if (!ws) continue;
    const cell = ws.getCell(m.row, m.column).master;
    const look = SEVERITY_LOOK[m.severity];
    cell.style = { ...cell.style, fill: look.fill, border: look.border };
  }
}

const HEADER: Record<Lang, string[]> = {
  vi: ['Ô', 'Mức độ', 'Vấn đề', 'Nội dung', 'Sửa được'],
  en: ['Cell', 'Severity', 'Problem', 'Message', 'Fixable'],
};

/** A formula link to a cell of another sheet: works in Excel, LibreOffice and Google Sheets alike. */
export function linkFormula(sheet: string, cell: string, text: string): string {
  const target = `#'${sheet.replace(/'/g, "''")}'!${cell}`;
  return `HYPERLINK("${target.replace(/"/g, '""')}","${text.replace(/"/g, '""')}")`;
}

/** Adds the findings list as the workbook's first sheet, the one it opens on. */
export function addFindingsList(wb: ExcelJS.Workbook, findings: readonly Finding[], lang: Lang): ExcelJS.Worksheet {
  const old = wb.getWorksheet(FINDINGS_LIST_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(FINDINGS_LIST_SHEET);
  // First in the tab order, and the selected tab.
  // ExcelJS orders sheets by orderNo, which its typings do not declare.
  const order = (w: ExcelJS.Worksheet) => w as unknown as { orderNo: number };
  order(ws).orderNo = Math.min(0, ...wb.worksheets.filter((w) => w !== ws).map((w) => order(w).orderNo)) - 1;
  for (const other of wb.worksheets) if (other !== ws) for (const v of other.views ?? []) (v as { tabSelected?: boolean }).tabSelected = false;
  ws.views = [{ state: 'frozen', ySplit: 1, tabSelected: true } as unknown as ExcelJS.WorksheetView];
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];

  ws.columns = [{ width: 16 }, { width: 11 }, { width: 30 }, { width: 70 }, { width: 10 }, { width: 3 }, { width: 14 }, { width: 48 }];
  const header = ws.getRow(1);
  HEADER[lang].forEach((h, i) => (header.getCell(i + 1).value = h));
  header.font = { bold: true };
  const multi = new Set(findings.map((f) => f.sheet)).size > 1;
  findings.forEach((f, i) => {
    const row = ws.getRow(i + 2);
    const text = multi ? `${f.sheet}!${f.cell}` : f.cell;
    row.getCell(1).value = { formula: linkFormula(f.sheet, f.cell, text), result: text };
    row.getCell(1).font = { color: { argb: 'FF0563C1' }, underline: true };
    const severity = row.getCell(2);
    severity.value = SEVERITY_LABEL[f.severity][lang];
    const look = SEVERITY_LOOK[f.severity];
    severity.style = { fill: look.fill, border: look.border };
    row.getCell(3).value = ruleTitle(f.code, lang);
    row.getCell(4).value = lang === 'en' ? f.messageEn : f.message;
    row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(5).value = isFixable(f) ? (lang === 'en' ? 'Yes' : 'Có') : '';
  });
  if (findings.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: findings.length + 1, column: 5 } };
  addLegend(ws, findings, lang);
  return ws;
}

/** The legend, to the right of the list: what each mark looks like and how to use the list. */
function addLegend(ws: ExcelJS.Worksheet, findings: readonly Finding[], lang: Lang): void {
  const s = summarize(findings);
  const put = (row: number, col: number, value: string, bold = false) => {
    const c = ws.getCell(row, col);
    c.value = value;
    if (bold) c.font = { bold: true };
    c.alignment = { wrapText: true, vertical: 'top' };
    return c;
  };
  put(1, 7, lang === 'en' ? 'Legend' : 'Chú giải', true);
  (['error', 'warning', 'info'] as Severity[]).forEach((sev, i) => {
    const sample = put(i + 2, 7, `${SEVERITY_LABEL[sev][lang]} (${s[sev]})`);
    sample.style = { ...sample.style, fill: SEVERITY_LOOK[sev].fill, border: SEVERITY_LOOK[sev].border };
    put(i + 2, 8, SEVERITY_LOOK[sev].describe[lang]);
  });
  put(
    6,
    8,
    lang === 'en'
      ? 'Click a cell in column A to go to it; its note holds every message.'
      : 'Bấm vào ô ở cột A để đến ô đó; ghi chú của ô có đủ lời giải thích.',
  );
  put(7, 8, lang === 'en' ? '“Yes” under Fixable: `phuluc fix` repairs it.' : '“Có” ở cột Sửa được: lệnh `phuluc fix` sửa được.');
}
