/** Core entry point: grids in, findings out. No I/O. */
import { Finding, Summary, compareFindings, summarize } from '../model/finding';
import type { Grid } from '../model/grid';
import { Rule, ValidateOptions, compileMessages, makeFinding } from './rule';
import { rules as allRules } from '../rules';
import { AppendixTable, readTables } from '../read/table';
import { PlanPeriod, issueOfTitle, planPeriodFromTitle, spanPeriod, titleText } from '../time/planPeriod';
import { BUILTIN_UNITS } from '../units/builtin';
import { UnitDirectory } from '../units/directory';
import { entriesFromGrid, isDirectorySheet } from '../units/directorySheet';
import { UnitReader } from '../units/unitCell';
import { isSettingsSheet, withWorkbookSettings } from './settings';
import { SheetSource } from './source';

export interface SheetResult {
  sheet: string;
  tables: AppendixTable[];
}

export interface Report {
  findings: Finding[];
  summary: Summary;
  sheets: SheetResult[];
  /** Tables found across all sheets; zero means there is nothing here to check. */
  tableCount: number;
}

/** What every sheet of one workbook shares: the unit directory (built-in, the workbook's sheet, --units). */
export function unitReaderFor(grids: readonly Grid[], options: ValidateOptions): UnitReader {
  const sheet = grids.filter((g) => isDirectorySheet(g, options.unitSheet)).flatMap(entriesFromGrid);
  const extra = options.units ?? [];
  // The same directory is built once and reused, with its match caches: checking again is cheap.
  const key = sheet.length === 0 && extra.length === 0 ? '' : JSON.stringify([sheet, extra]);
  if (lastReader && lastReader.key === key) return lastReader.reader;
  const reader = new UnitReader(UnitDirectory.from(BUILTIN_UNITS, sheet, extra));
  lastReader = { key, reader };
  return reader;
}

let lastReader: { key: string; reader: UnitReader } | undefined;

export function validateGrid(
  grid: Grid,
  options: ValidateOptions = {},
  rules: readonly Rule[] = allRules,
  units: UnitReader = unitReaderFor([grid], options),
): { tables: AppendixTable[]; findings: Finding[] } {
  const tables = isDirectorySheet(grid, options.unitSheet) || isSettingsSheet(grid) ? [] : readTables(grid);
  const findings: Finding[] = [];
  const plan = planPeriodOf(grid, tables, options);
  // Each rule's message templates, split at their placeholders once for the sheet.
  const compiled = tables.length ? rules.map((r) => compileMessages(r.meta)) : [];
  for (const table of tables) {
    const source = new SheetSource(grid, table, plan, units);
    rules.forEach((rule, i) => {
      rule.check({
        grid,
        table,
        source,
        options,
        plan,
        units,
        report: (f) => findings.push(makeFinding(rule.meta, grid.name, f, compiled[i])),
      });
    });
  }
  return { tables, findings };
}

/** The plan period: the option, else the title lines above the sheet's first table. */
export function planPeriodOf(grid: Grid, tables: AppendixTable[], options: ValidateOptions): PlanPeriod | undefined {
  const title = tables.length ? titleText(grid, tables[0].header.row) : [];
  if (options.planYear !== undefined) {
    // The option names the period; the issue date above the table still dates relative deadlines.
    const issue = issueOfTitle(title);
    return { ...spanPeriod(options.planYear, options.planEndYear ?? options.planYear, 'option'), ...issue };
  }
  if (tables.length === 0) return undefined;
  return planPeriodFromTitle(title);
}

/** Checks every sheet; the workbook's own settings sheet fills in what `given` leaves out. */
export function validateWorkbook(grids: readonly Grid[], given: ValidateOptions = {}, rules: readonly Rule[] = allRules): Report {
  const options = withWorkbookSettings(grids, given);
  const sheets: SheetResult[] = [];
  const findings: Finding[] = [];
  const units = unitReaderFor(grids, options);
  for (const grid of grids) {
    const r = validateGrid(grid, options, rules, units);
    sheets.push({ sheet: grid.name, tables: r.tables });
    findings.push(...r.findings);
  }
  findings.sort(compareFindings(grids.map((g) => g.name)));
  return {
    findings,
    summary: summarize(findings),
    sheets,
    tableCount: sheets.reduce((n, s) => n + s.tables.length, 0),
  };
}
