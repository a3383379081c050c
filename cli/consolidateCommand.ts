/** `phuluc consolidate` and `phuluc summary`: returns merged into a new master, and the roll-up. */
import {
  consolidate,
  ConsolidateOptions,
  consolidationOptions,
  ConsolidationResult,
  figuresLine,
  isAppendixCandidate,
  readTables,
  ReturnInput,
  ruleTitle,
  sayIn,
  SUMMARY_SHEET,
} from '../core';
import ExcelJS from 'exceljs';
import { basename } from 'node:path';
import { conversionNote, readWorkbookFile, UserError, writeWorkbookSafely } from './check';
import { checkOutput } from './outputPath';
import { Lang, T } from './messages';
import { worksheetToGrid, workbookToGrids } from '../xlsx/workbook';

function progress(done: number, total: number): void {
  if (total < 4 || !process.stderr.isTTY) return;
  const width = 24;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} tệp`);
  if (done === total) process.stderr.write('\n');
}

/** `--unit-of FILE=UNIT`, as many as given. */
export function parseUnitOf(values: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const v of values) {
    const i = v.lastIndexOf('=');
    if (i <= 0 || i === v.length - 1) throw UserError.of(T.badUnitOf, { v });
    map.set(basename(v.slice(0, i)), v.slice(i + 1).trim());
  }
  return map;
}

function firstTableSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => isAppendixCandidate(ws) && readTables(worksheetToGrid(ws)).length > 0);
}

/** Added progress columns wide enough to read and wrapped; status and result cells wrapped too. */
function shapeMaster(ws: ExcelJS.Worksheet, result: ConsolidationResult): void {
  for (const a of result.addedColumns) {
    ws.getColumn(a.column).width = a.width;
    ws.getCell(a.row, a.column).font = { bold: true };
  }
  for (const w of result.writes) {
    const cell = ws.getCell(w.row, w.column);
    cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
  }
}

function writeSummarySheet(wb: ExcelJS.Workbook, result: ConsolidationResult): void {
  const old = wb.getWorksheet(SUMMARY_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(SUMMARY_SHEET);
  for (const row of result.summarySheet) ws.addRow(row);
  result.summaryWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getRow(1).font = { bold: true };
  ws.eachRow((row) => {
    row.eachCell((cell) => (cell.alignment = { wrapText: true, vertical: 'top' }));
  });
}

export async function consolidateCommand(
  masterFile: string,
  returnFiles: string[],
  out: string,
  options: ConsolidateOptions,
  unitOf: Map<string, string>,
  json: boolean,
  lang: Lang,
  otherInputs: readonly string[] = [],
): Promise<number> {
  // Neither the master nor any return is ever written over, whatever path or link names them.
  const allInputs = [masterFile, ...returnFiles, ...otherInputs];
  await checkOutput(out, allInputs);
  const wb = await readWorkbookFile(masterFile);
  const masterSheet = firstTableSheet(wb);
  if (!masterSheet) throw new UserError(`${T.noTable.vi}.`, `${T.noTable.en}.`);
  const inputs: ReturnInput[] = [];
  if (returnFiles.length === 0) {
    // Returns kept as the other sheets of the master's own workbook.
    for (const ws of wb.worksheets) {
      if (ws === masterSheet || !isAppendixCandidate(ws)) continue;
      const grid = worksheetToGrid(ws);
      if (readTables(grid).length) inputs.push({ file: ws.name, grid, unit: unitOf.get(ws.name) });
    }
  }
  // In the order given: when a unit sent two copies, the one given last counts.
  let n = 0;
  for (const f of returnFiles) {
    const rwb = await readWorkbookFile(f);
    const sheet = firstTableSheet(rwb);
    progress(++n, returnFiles.length);
    if (!sheet) {
      inputs.push({ file: basename(f), grid: { name: basename(f), rows: [], merges: [] }, unit: unitOf.get(basename(f)) });
      continue;
    }
    inputs.push({ file: basename(f), grid: worksheetToGrid(sheet), unit: unitOf.get(basename(f)) });
  }
  const grids = workbookToGrids(wb);
  const master = grids.find((g) => g.name === masterSheet.name)!;
  const result = consolidate(master, inputs, consolidationOptions(grids, options, new Date()))!;
  for (const w of result.writes) masterSheet.getCell(w.row, w.column).value = w.value as ExcelJS.CellValue;
  shapeMaster(masterSheet, result);
  writeSummarySheet(wb, result);
  await writeWorkbookSafely(wb, allInputs, out);
  const note = conversionNote(wb, out, lang);
  if (note) process.stderr.write(`${note}\n`);
  if (json) {
    process.stdout.write(`${JSON.stringify(jsonOf(result), null, 2)}\n`);
  } else {
    process.stdout.write(`${textOf(result, lang)}\n`);
  }
  return 0;
}

export function jsonOf(r: ConsolidationResult) {
  return {
    tasks: r.tasks.map((t) => ({ row: t.row, stt: t.stt, number: t.number, status: t.status, overdue: t.overdue, reports: t.reports })),
    findings: r.findings,
    summary: {
      tasks: r.tasks.length,
      withStatus: r.summary.withStatus,
      byStatus: r.summary.byStatus,
      byUnit: r.summary.byUnit,
      byGroup: r.summary.byGroup,
      overdue: r.summary.overdue,
    },
    senders: r.senders,
    ignored: r.ignored,
  };
}

export function textOf(r: ConsolidationResult, lang: Lang, first?: string): string {
  const lines = [first ?? sayIn(T.merged, lang, { n: r.senders.length, sheet: r.sheet })];
  for (const s of r.senders) lines.push(`  ${s.file}: ${s.unit}`);
  for (const s of r.ignored) lines.push(`  ${s.file}: ${sayIn(T.ignoredCopy, lang, { unit: s.unit })}`);
  // The same figures, in the same order and words, as the pane, the sidebar and the Tổng hợp sheet.
  lines.push(figuresLine(r.summary, lang));
  // What is wrong in words; the code is in --json.
  for (const f of r.findings) lines.push(`${f.cell}  ${ruleTitle(f.code, lang)}: ${lang === 'en' ? f.messageEn : f.message}`);
  return lines.join('\n');
}

export async function summaryCommand(file: string, options: ConsolidateOptions, json: boolean, lang: Lang): Promise<number> {
  const wb = await readWorkbookFile(file);
  const sheet = firstTableSheet(wb);
  if (!sheet) throw new UserError(`${T.noTable.vi}.`, `${T.noTable.en}.`);
  const grids = workbookToGrids(wb);
  // No returns: the statuses as written in the workbook are the roll-up.
  const result = consolidate(
    grids.find((g) => g.name === sheet.name)!,
    [],
    consolidationOptions(grids, { ...options, rollUpOnly: true }, new Date()),
  )!;
  if (!result.hadStatusColumn) {
    const say = (l: Lang) => `${sayIn(T.noStatusColumn, l, { sheet: sheet.name })}.`;
    throw new UserError(say('vi'), say('en'));
  }
  if (json) process.stdout.write(`${JSON.stringify(jsonOf(result), null, 2)}\n`);
  else
    process.stdout.write(`${textOf(result, lang, sayIn(T.tableHas, lang, { sheet: result.sheet, n: result.tasks.length, m: result.summary.withStatus }))}\n`);
  return 0;
}
