/**
 * What makes `*.kiem-tra.xlsx` readable without hovering every cell: a first sheet "Danh sách vấn đề"
 * (one row per finding: the cell as a link, severity, what is wrong, the message, whether `phuluc fix`
 * repairs it) with a legend, and marks that stay apart in grey print: each severity has its own fill
 * pattern and border besides its colour.
 */
import { SEVERITY_FILL, SEVERITY_LABEL, findingsSheetRows, summarize, type Bilingual, type CellMark, type Finding, type Lang, type Severity } from '../core';
import { T } from './messages';
import ExcelJS from 'exceljs';

export const FINDINGS_LIST_SHEET = 'Danh sách vấn đề';

/** Fill and border per severity: solid with a thick border, stripes with a dashed one, dots with a dotted one. */
export const SEVERITY_LOOK: Record<Severity, { fill: ExcelJS.Fill; border: Partial<ExcelJS.Borders>; describe: Bilingual }> = {
  error: {
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL.error } },
    border: side('thick', 'FF9C0006'),
    describe: T.lookError,
  },
  warning: {
    fill: { type: 'pattern', pattern: 'lightUp', fgColor: { argb: 'FFBF8F00' }, bgColor: { argb: SEVERITY_FILL.warning } },
    border: side('dashed', 'FF7F6000'),
    describe: T.lookWarning,
  },
  info: {
    fill: { type: 'pattern', pattern: 'gray0625', fgColor: { argb: 'FF2F5597' }, bgColor: { argb: SEVERITY_FILL.info } },
    border: side('dotted', 'FF2F5597'),
    describe: T.lookInfo,
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

  ws.columns = LIST_WIDTHS.map((width) => ({ width }));
  // Printed, the list and its legend fit one landscape page across, the heading on every page.
  ws.pageSetup = { ...ws.pageSetup, orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  const { header, rows } = findingsSheetRows(findings, lang);
  ws.getRow(1).values = header;
  ws.getRow(1).font = { bold: true };
  rows.forEach(({ sheet, cell, values: [text, ...rest] }, i) => {
    const row = ws.getRow(i + 2);
    row.values = [{ formula: linkFormula(sheet, cell, text), result: text }, ...rest];
    row.getCell(1).font = { color: { argb: 'FF0563C1' }, underline: true };
    const look = SEVERITY_LOOK[findings[i].severity];
    row.getCell(2).style = { fill: look.fill, border: look.border };
    for (const c of [1, 2, 5]) row.getCell(c).alignment = { vertical: 'top' };
    for (const c of [3, 4]) row.getCell(c).alignment = { wrapText: true, vertical: 'top' };
  });
  if (findings.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: findings.length + 1, column: header.length } };
  addLegend(ws, findings, lang);
  fitRowHeights(ws, findings.length + 1);
  return ws;
}

/** Column widths of the list (A–E), a gap (F) and the legend (G–H), in characters. */
const LIST_WIDTHS = [16, 11, 26, 60, 10, 3, 14, 40];

/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;

/**
 * Lines a wrapped text takes in a column of `width` characters: each paragraph wraps on its own. An
 * estimate (the program measures the font), rounded up, so text is never cut off.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, width - 2);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/**
 * Rows as tall as their wrapped text. A row with no height of its own is laid out by Excel, but not by
 * LibreOffice or a print driver, which print it one line tall with the text running into the rows below.
 */
function fitRowHeights(ws: ExcelJS.Worksheet, lastRow: number): void {
  for (let r = 1; r <= Math.max(lastRow, 7); r++) {
    const row = ws.getRow(r);
    let lines = 1;
    row.eachCell((cell, col) => {
      if (!cell.alignment?.wrapText) return;
      lines = Math.max(lines, wrappedLines(cell.text, LIST_WIDTHS[col - 1] ?? 10));
    });
    if (lines > 1) row.height = lines * LINE_HEIGHT;
  }
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
  put(1, 7, T.legend[lang], true);
  (['error', 'warning', 'info'] as Severity[]).forEach((sev, i) => {
    const sample = put(i + 2, 7, `${SEVERITY_LABEL[sev][lang]} (${s[sev]})`);
    sample.style = { ...sample.style, fill: SEVERITY_LOOK[sev].fill, border: SEVERITY_LOOK[sev].border };
    put(i + 2, 8, SEVERITY_LOOK[sev].describe[lang]);
  });
  put(6, 8, T.legendLinks[lang]);
  put(7, 8, T.legendFixable[lang]);
}
