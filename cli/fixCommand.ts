/** `phuluc fix`: the safe fixes written to a new workbook, with a change log sheet. */
import { FixRound, fixWorkbook, LogEntry, ruleByCode, type ValidateOptions } from '../core';
import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import { conversionNote, readWorkbookFile, UserError, writeWorkbookSafely } from './check';
import { checkOutput, writeAtomically } from './outputPath';
import { formatOf } from '../xlsx/spreadsheet';
import { summaryLine } from './format';
import { Lang, T } from './messages';
import { workbookToGrids } from '../xlsx/workbook';

export const LOG_SHEET = 'Nhật ký sửa lỗi';

/** Does to the workbook what the round did to the grids: values only, formats stay. */
export function applyRoundToWorkbook(wb: ExcelJS.Workbook, round: FixRound): void {
  for (const c of round.cells) {
    const ws = wb.getWorksheet(c.sheet);
    if (ws) ws.getCell(c.row, c.column).value = c.after as ExcelJS.CellValue;
  }
  for (const m of round.merges) {
    const ws = wb.getWorksheet(m.sheet);
    if (ws) for (const c of m.cells) ws.getCell(m.into, c.column).value = c.after as ExcelJS.CellValue;
  }
  // Rows are emptied, never spliced out: ExcelJS does not move formulas, merges or notes with
  // spliced rows, and an empty row harms nothing.
  for (const r of round.removals) {
    const ws = wb.getWorksheet(r.sheet);
    if (!ws) continue;
    ws.getRow(r.row).eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type !== ExcelJS.ValueType.Merge) cell.value = null;
    });
  }
}

function addLogSheet(wb: ExcelJS.Workbook, log: LogEntry[]): void {
  const old = wb.getWorksheet(LOG_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(LOG_SHEET);
  ws.columns = [
    { header: 'Trang tính', key: 'sheet', width: 16 },
    { header: 'Ô', key: 'cell', width: 10 },
    { header: 'Trước', key: 'before', width: 50 },
    { header: 'Sau', key: 'after', width: 50 },
    { header: 'Quy tắc', key: 'code', width: 22 },
    { header: 'Nội dung quy tắc', key: 'rule', width: 60 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const e of log) {
    ws.addRow({ ...e, after: e.after || (e.cell.includes(':') ? '(đã làm trống dòng)' : ''), rule: ruleByCode(e.code)?.meta.description.vi ?? '' });
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function fixCommand(file: string, out: string, options: ValidateOptions, json: boolean, lang: Lang, otherInputs: readonly string[] = []): Promise<number> {
  const inputs = [file, ...otherInputs];
  await checkOutput(out, inputs);
  const wb = await readWorkbookFile(file);
  const grids = workbookToGrids(wb);
  const result = fixWorkbook(grids, options);
  if (result.before.tableCount === 0) throw new UserError(`${T.noTable.vi}.`, `${T.noTable.en}.`);
  if (result.rounds.length === 0 && formatOf(wb) === 'xlsx') {
    // Nothing to fix: the output is the input, byte for byte.
    await writeAtomically(out, inputs, (tmp) => fs.copyFile(file, tmp));
  } else {
    for (const round of result.rounds) applyRoundToWorkbook(wb, round);
    if (result.rounds.length > 0) addLogSheet(wb, result.log);
    await writeWorkbookSafely(wb, inputs, out);
  }
  const note = conversionNote(wb, out, lang);
  if (note) process.stderr.write(`${note}\n`);
  const remaining = result.after.summary;
  const cells = result.log.filter((e) => !e.cell.includes(':')).length;
  const rows = result.log.filter((e) => e.cell.includes(':')).length;
  if (json) {
    process.stdout.write(`${JSON.stringify({ file, out, changes: result.log, remaining }, null, 2)}\n`);
  } else if (lang === 'en') {
    process.stdout.write(
      result.rounds.length === 0
        ? `Nothing safe to fix in ${file}; ${out} is an unchanged copy.\n`
        : `Fixed ${cells} cell(s), emptied ${rows} row(s) (cut rows merged upwards, repeated headers); change log in sheet “${LOG_SHEET}” of ${out}.\nLeft to look at: ${summaryLine(remaining, 'en')}.\n`,
    );
  } else {
    process.stdout.write(
      result.rounds.length === 0
        ? `Không có gì sửa được an toàn trong ${file}; ${out} là bản sao nguyên vẹn.\n`
        : `Đã sửa ${cells} ô, làm trống ${rows} dòng (dòng bị ngắt trang đã gộp lên trên, tiêu đề lặp); nhật ký ở trang “${LOG_SHEET}” của ${out}.\nCòn lại cần xem: ${summaryLine(remaining, 'vi')}.\n`,
    );
  }
  return 0;
}
