/** `phuluc fix`: the safe fixes written to a new workbook, with a change log sheet. */
import { FixRound, fixWorkbook, LogEntry, ruleByCode, ruleTitle, type ValidateOptions } from '../core';
import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import { conversionNote, readWorkbookFile, UserError, writeWorkbookSafely } from './check';
import { checkOutput, writeAtomically } from './outputPath';
import { formatOf } from '../xlsx/spreadsheet';
import { summaryLine } from './format';
import { Lang, T } from './messages';
import { workbookToGrids } from '../xlsx/workbook';
import { RowRemovalOutcome, removeEmptiedRows } from './rowRemoval';

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

function addLogSheet(wb: ExcelJS.Workbook, log: LogEntry[], removed: readonly RowRemovalOutcome[]): void {
  const old = wb.getWorksheet(LOG_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(LOG_SHEET);
  ws.columns = [
    { header: 'Trang tính', key: 'sheet', width: 16 },
    { header: 'Ô', key: 'cell', width: 10 },
    { header: 'Trước', key: 'before', width: 50 },
    { header: 'Sau', key: 'after', width: 50 },
    { header: 'Vấn đề', key: 'title', width: 30 },
    { header: 'Nội dung quy tắc', key: 'rule', width: 60 },
  ];
  ws.getRow(1).font = { bold: true };
  const deleted = new Set(removed.filter((r) => r.deleted).flatMap((r) => r.rows.map((n) => `${r.sheet}\u0000${n}:${n}`)));
  for (const e of log) {
    const wholeRow = e.cell.includes(':');
    const after = e.after || (wholeRow ? (deleted.has(`${e.sheet}\u0000${e.cell}`) ? '(đã xóa dòng)' : '(đã làm trống dòng)') : '');
    ws.addRow({
      sheet: e.sheet,
      cell: e.cell,
      before: e.before,
      after,
      title: ruleTitle(e.code, 'vi'),
      rule: ruleByCode(e.code)?.meta.docs.description.vi ?? '',
    });
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** What happened to the emptied rows, one sentence per sheet. */
function rowsSentence(removed: readonly RowRemovalOutcome[], lang: Lang): string {
  return removed
    .map((r) => {
      const list = r.rows.join(', ');
      if (r.deleted) return lang === 'en' ? `Deleted empty row(s) ${list} of “${r.sheet}”.` : `Đã xóa dòng trống ${list} của trang tính “${r.sheet}”.`;
      return lang === 'en'
        ? `Left row(s) ${list} of “${r.sheet}” empty rather than deleting them: ${r.why!.en}.`
        : `Để trống, không xóa, dòng ${list} của trang tính “${r.sheet}” vì ${r.why!.vi}.`;
    })
    .map((line) => `${line}\n`)
    .join('');
}

export async function fixCommand(
  file: string,
  out: string,
  options: ValidateOptions,
  json: boolean,
  lang: Lang,
  otherInputs: readonly string[] = [],
): Promise<number> {
  const inputs = [file, ...otherInputs];
  await checkOutput(out, inputs);
  const wb = await readWorkbookFile(file);
  const grids = workbookToGrids(wb);
  const result = fixWorkbook(grids, options);
  if (result.before.tableCount === 0) throw new UserError(`${T.noTable.vi}.`, `${T.noTable.en}.`);
  let removed: RowRemovalOutcome[] = [];
  if (result.rounds.length === 0 && formatOf(wb) === 'xlsx') {
    // Nothing to fix: the output is the input, byte for byte.
    await writeAtomically(out, inputs, (tmp) => fs.copyFile(file, tmp));
  } else {
    for (const round of result.rounds) applyRoundToWorkbook(wb, round);
    if (result.rounds.length > 0) {
      // Rows keep their numbers through every round; they are deleted, where safe, once all are applied.
      removed = removeEmptiedRows(
        wb,
        result.rounds.flatMap((r) => r.removals),
      );
      addLogSheet(wb, result.log, removed);
    }
    await writeWorkbookSafely(wb, inputs, out);
  }
  const note = conversionNote(wb, out, lang);
  if (note) process.stderr.write(`${note}\n`);
  const remaining = result.after.summary;
  const cells = result.log.filter((e) => !e.cell.includes(':')).length;
  const rows = result.log.filter((e) => e.cell.includes(':')).length;
  if (json) {
    const rowsOut = removed.map((r) => ({ sheet: r.sheet, rows: r.rows, deleted: r.deleted, ...(r.why ? { why: r.why.vi, whyEn: r.why.en } : {}) }));
    process.stdout.write(`${JSON.stringify({ file, out, changes: result.log, rows: rowsOut, remaining }, null, 2)}\n`);
  } else if (lang === 'en') {
    process.stdout.write(
      result.rounds.length === 0
        ? `Nothing safe to fix in ${file}; ${out} is an unchanged copy.\n`
        : `Fixed ${cells} cell(s)${rows ? ` and ${rows} row(s) (cut rows merged upwards, repeated headers)` : ''}; change log in sheet “${LOG_SHEET}” of ${out}.\n${rowsSentence(removed, 'en')}Left to look at: ${summaryLine(remaining, 'en')}.\n`,
    );
  } else {
    process.stdout.write(
      result.rounds.length === 0
        ? `Không có gì sửa được an toàn trong ${file}; ${out} là bản sao nguyên vẹn.\n`
        : `Đã sửa ${cells} ô${rows ? ` và ${rows} dòng (dòng bị ngắt trang đã gộp lên trên, tiêu đề lặp)` : ''}; nhật ký ở trang tính “${LOG_SHEET}” của ${out}.\n${rowsSentence(removed, 'vi')}Còn lại cần xem: ${summaryLine(remaining, 'vi')}.\n`,
    );
  }
  return 0;
}
