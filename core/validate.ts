/** Core entry point: grids in, findings out. No I/O. */
import { Finding, Summary, compareFindings, summarize } from './finding';
import type { Grid } from './grid';
import { Rule, ValidateOptions, makeFinding } from './rule';
import { rules as allRules } from './rules';
import { AppendixTable, readTables } from './table';
import { PlanPeriod, planPeriodFromTitle, titleText, yearPeriod } from './planPeriod';

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

export function validateGrid(grid: Grid, options: ValidateOptions = {}, rules: readonly Rule[] = allRules): { tables: AppendixTable[]; findings: Finding[] } {
  const tables = readTables(grid);
  const findings: Finding[] = [];
  const plan = planPeriodOf(grid, tables, options);
  for (const table of tables) {
    for (const rule of rules) {
      rule.check({
        grid,
        table,
        options,
        plan,
        report: (f) => findings.push(makeFinding(rule.meta, grid.name, f)),
      });
    }
  }
  return { tables, findings };
}

/** The plan period: the option, else the title lines above the sheet's first table. */
export function planPeriodOf(grid: Grid, tables: AppendixTable[], options: ValidateOptions): PlanPeriod | undefined {
  if (options.planYear !== undefined) return yearPeriod(options.planYear, 'option');
  if (tables.length === 0) return undefined;
  return planPeriodFromTitle(titleText(grid, tables[0].header.row));
}

export function validateWorkbook(grids: readonly Grid[], options: ValidateOptions = {}, rules: readonly Rule[] = allRules): Report {
  const sheets: SheetResult[] = [];
  const findings: Finding[] = [];
  for (const grid of grids) {
    const r = validateGrid(grid, options, rules);
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
