/**
 * The command line's pipeline: file → grids → core → report, and a highlighted copy on request that
 * opens on a findings list (see reviewSheet.ts).
 */
import { type Grid, highlightPlan, Lang as CoreLang, Report, sayIn, type ValidateOptions, validateWorkbook } from '../core';
import ExcelJS from 'exceljs';
import { basename } from 'node:path';
import { Lang, READ_FAILURE, T } from './messages';
import { applyMarks, WorkbookReadError, workbookToGrids } from '../xlsx/workbook';
import { UserError } from './userError';
import { readInputBytes } from './inputFile';
import { checkOutput, writeAtomically } from './outputPath';
import { formatOf, openSpreadsheet } from '../xlsx/spreadsheet';
import { addFindingsList, styleMarks } from './reviewSheet';

export { UserError };

/** Reads any spreadsheet (.xlsx, .xls, .ods, .csv…) into one ExcelJS workbook, or fails with a message. */
export async function readWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  try {
    return (await openSpreadsheet(await readInputBytes(path), basename(path))).workbook;
  } catch (e) {
    if (e instanceof WorkbookReadError) throw asUserError(e, path);
    throw asUserError(new WorkbookReadError('corrupt'), path);
  }
}

/** For a copy of an .xls, .ods or .csv: a line saying it was written as .xlsx, values and merges only. */
export function conversionNote(wb: ExcelJS.Workbook, out: string, lang: Lang): string | undefined {
  const format = formatOf(wb);
  if (format === 'xlsx') return undefined;
  return sayIn(T.conversionNote, lang, { format, out });
}

function asUserError(e: WorkbookReadError, path: string): UserError {
  const m = READ_FAILURE[e.reason];
  return new UserError(`${T.cannotRead.vi} “${path}”: ${m.vi}.`, `${T.cannotRead.en} “${path}”: ${m.en}.`);
}

export function selectGrids(wb: ExcelJS.Workbook, sheet?: string): Grid[] {
  const grids = workbookToGrids(wb);
  if (sheet === undefined) return grids;
  const picked = grids.filter((g) => g.name === sheet || g.name.normalize('NFC') === sheet.normalize('NFC'));
  if (picked.length === 0) {
    const names = grids.map((g) => `“${g.name}”`).join(', ');
    throw new UserError(`${T.noSheet.vi} “${sheet}”. ${T.sheetsAre.vi}: ${names}.`, `${T.noSheet.en} “${sheet}”. ${T.sheetsAre.en}: ${names}.`);
  }
  return picked;
}

export function checkGrids(grids: Grid[], options: ValidateOptions): Report {
  const report = validateWorkbook(grids, options);
  if (report.tableCount === 0) throw new UserError(`${T.noTable.vi}.`, `${T.noTable.en}.`);
  return report;
}

/**
 * Writes a workbook next to nothing it could harm: never over an input (see outputPath.ts), and
 * through a temporary file so that a failed write leaves no half-written workbook behind.
 */
export async function writeWorkbookSafely(wb: ExcelJS.Workbook, inputs: string | readonly string[], out: string): Promise<void> {
  await writeAtomically(out, typeof inputs === 'string' ? [inputs] : inputs, (tmp) => wb.xlsx.writeFile(tmp));
}

export async function writeHighlightedCopy(
  wb: ExcelJS.Workbook,
  report: Report,
  inputs: string | readonly string[],
  out: string,
  lang: CoreLang,
): Promise<void> {
  await checkOutput(out, typeof inputs === 'string' ? [inputs] : inputs);
  const marks = highlightPlan(report.findings, lang).marks;
  applyMarks(wb, marks);
  styleMarks(wb, marks);
  addFindingsList(wb, report.findings, lang);
  await writeWorkbookSafely(wb, inputs, out);
}
