/** `phuluc consolidate` and `phuluc summary`: returns merged into a new master, and the roll-up. */
import { ConsolidateOptions, ConsolidationResult, ReturnInput, STATUSES, STATUS_LABEL, SUMMARY_SHEET, consolidate, readTables, ruleTitle, withWorkbookSettings } from '../core';
import ExcelJS from 'exceljs';
import { basename, resolve } from 'node:path';
import { UserError, readWorkbookFile, writeWorkbookSafely } from './check';
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
    if (i <= 0 || i === v.length - 1) throw new UserError(`--unit-of cần dạng TỆP=ĐƠN VỊ (nhận được “${v}”).`, `--unit-of takes FILE=UNIT (got “${v}”).`);
    map.set(basename(v.slice(0, i)), v.slice(i + 1).trim());
  }
  return map;
}

function firstTableSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.name !== SUMMARY_SHEET && readTables(worksheetToGrid(ws)).length > 0);
}

export async function consolidateCommand(
  masterFile: string,
  returnFiles: string[],
  out: string,
  options: ConsolidateOptions,
  unitOf: Map<string, string>,
  json: boolean,
  lang: Lang,
): Promise<number> {
  // Neither the master nor any return is ever written over.
  for (const f of returnFiles) {
    if (resolve(f) === resolve(out)) throw new UserError(`${T.sameAsInput.vi}.`, `${T.sameAsInput.en}.`);
  }
  const wb = await readWorkbookFile(masterFile);
  const masterSheet = firstTableSheet(wb);
  if (!masterSheet) throw new UserError(`${T.noTable.vi}.`, `${T.noTable.en}.`);
  const inputs: ReturnInput[] = [];
  if (returnFiles.length === 0) {
    // Returns kept as the other sheets of the master's own workbook.
    for (const ws of wb.worksheets) {
      if (ws === masterSheet || ws.name === SUMMARY_SHEET) continue;
      const grid = worksheetToGrid(ws);
      if (readTables(grid).length) inputs.push({ file: ws.name, grid, unit: unitOf.get(ws.name) });
    }
  }
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
  const result = consolidate(master, inputs, withWorkbookSettings(grids, options))!;
  for (const w of result.writes) masterSheet.getCell(w.row, w.column).value = w.value as ExcelJS.CellValue;
  const old = wb.getWorksheet(SUMMARY_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(SUMMARY_SHEET);
  for (const row of result.summarySheet) ws.addRow(row as ExcelJS.CellValue[]);
  ws.getColumn(1).width = 60;
  await writeWorkbookSafely(wb, masterFile, out);
  if (json) {
    process.stdout.write(`${JSON.stringify(jsonOf(result), null, 2)}\n`);
  } else {
    process.stdout.write(`${textOf(result, lang)}\n`);
  }
  return 0;
}

export function jsonOf(r: ConsolidationResult) {
  return {
    tasks: r.tasks.map((t) => ({ row: t.row, stt: t.stt, status: t.status, overdue: t.overdue, reports: t.reports })),
    findings: r.findings,
    summary: { byStatus: r.summary.byStatus, byUnit: r.summary.byUnit, byGroup: r.summary.byGroup, overdue: r.summary.overdue },
    senders: r.senders,
  };
}

export function textOf(r: ConsolidationResult, lang: Lang): string {
  const L = (s: (typeof STATUSES)[number]) => STATUS_LABEL[s][lang];
  const lines = [lang === 'en' ? `Merged ${r.senders.length} return(s) into “${r.sheet}”:` : `Đã tổng hợp ${r.senders.length} báo cáo vào “${r.sheet}”:`];
  for (const s of r.senders) lines.push(`  ${s.file}: ${s.unit}`);
  lines.push(STATUSES.map((s) => `${L(s)}: ${r.summary.byStatus[s]}`).join(' · '));
  lines.push(lang === 'en' ? `Overdue: ${r.summary.overdue}` : `Quá hạn: ${r.summary.overdue}`);
  // What is wrong in words; the code is in --json.
  for (const f of r.findings) lines.push(`${f.cell}  ${ruleTitle(f.code, lang)}: ${lang === 'en' ? f.messageEn : f.message}`);
  return lines.join('\n');
}

export async function summaryCommand(file: string, options: ConsolidateOptions, json: boolean, lang: Lang): Promise<number> {
  const wb = await readWorkbookFile(file);
  const sheet = firstTableSheet(wb);
  if (!sheet) throw new UserError(`${T.noTable.vi}.`, `${T.noTable.en}.`);
  // No returns: the statuses as written in the workbook are the roll-up.
  const result = consolidate(worksheetToGrid(sheet), [], { ...withWorkbookSettings(workbookToGrids(wb), options), rollUpOnly: true })!;
  if (json) process.stdout.write(`${JSON.stringify(jsonOf(result), null, 2)}\n`);
  else process.stdout.write(`${textOf(result, lang)}\n`);
  return 0;
}
