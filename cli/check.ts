/**
 * The command line's pipeline: file → grids → core → report, and a highlighted copy on request that
 * opens on a findings list (see reviewSheet.ts).
 */
import { Lang as CoreLang, Report, highlightPlan, validateWorkbook, type Grid, type ValidateOptions } from '../core';
import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { Lang, READ_FAILURE, T } from './messages';
import { WorkbookReadError, applyMarks, loadWorkbook, workbookToGrids } from '../xlsx/workbook';
import { addFindingsList, styleMarks } from './reviewSheet';

/** A failure the person can act on: a message in their language and exit code 2. */
export class UserError extends Error {
  constructor(readonly vi: string, readonly en: string) {
    super(vi);
  }
  text(lang: Lang): string {
    return lang === 'en' ? this.en : this.vi;
  }
}

export async function readWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new WorkbookReadError('not_xlsx');
    bytes = await fs.readFile(path);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw asUserError(e, path);
    throw asUserError(new WorkbookReadError('missing'), path);
  }
  try {
    return await loadWorkbook(bytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw asUserError(e, path);
    throw e;
  }
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
    throw new UserError(
      `${T.noSheet.vi} “${sheet}”. ${T.sheetsAre.vi}: ${names}.`,
      `${T.noSheet.en} “${sheet}”. ${T.sheetsAre.en}: ${names}.`,
    );
  }
  return picked;
}

export function checkGrids(grids: Grid[], options: ValidateOptions): Report {
  const report = validateWorkbook(grids, options);
  if (report.tableCount === 0) throw new UserError(`${T.noTable.vi}.`, `${T.noTable.en}.`);
  return report;
}

/**
 * Writes a workbook next to nothing it could harm: never over the input, and through a temporary
 * file so that a failed write leaves no half-written workbook behind.
 */
export async function writeWorkbookSafely(wb: ExcelJS.Workbook, input: string, out: string): Promise<void> {
  if (resolve(out) === resolve(input)) throw new UserError(`${T.sameAsInput.vi}.`, `${T.sameAsInput.en}.`);
  const tmp = join(dirname(resolve(out)), `.${basename(out)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(dirname(resolve(out)), { recursive: true });
    await wb.xlsx.writeFile(tmp);
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const why = e instanceof Error ? e.message : String(e);
    throw new UserError(`${T.cannotWrite.vi} “${out}”: ${why}`, `${T.cannotWrite.en} “${out}”: ${why}`);
  }
}

export async function writeHighlightedCopy(wb: ExcelJS.Workbook, report: Report, input: string, out: string, lang: CoreLang): Promise<void> {
  if (resolve(out) === resolve(input)) throw new UserError(`${T.sameAsInput.vi}.`, `${T.sameAsInput.en}.`);
  const marks = highlightPlan(report.findings, lang).marks;
  applyMarks(wb, marks);
  styleMarks(wb, marks);
  addFindingsList(wb, report.findings, lang);
  await writeWorkbookSafely(wb, input, out);
}
