/** The shape every check has, after ESLint's rule modules: meta (code, severity, docs) and a check. */
import type { Finding, Fix, Severity } from '../model/finding';
import type { Grid } from '../model/grid';
import { a1 } from '../model/grid';
import type { AppendixTable } from '../read/table';
import type { PlanPeriod } from '../time/planPeriod';
import type { UnitEntryInput } from '../units/directory';
import type { UnitReader } from '../units/unitCell';

import type { Bilingual } from '../model/lang';
export type { Bilingual } from '../model/lang';

export interface RuleMeta {
  /** Stable code, e.g. `stt.gap`. Never renamed: reports and filters depend on it. */
  code: string;
  severity: Severity;
  /** One line for the catalogue in the README. */
  description: Bilingual;
  /** True where the rule offers a fix that `phuluc fix` may apply unasked. */
  fixable: boolean;
}

export interface ValidateOptions {
  planYear?: number;
  /** The last year of a plan that spans several (`--plan-year 2026-2030`); planYear is the first. */
  planEndYear?: number;
  reportDate?: Date;
  /** Unit directory entries from outside the workbook (`--units`), overriding the built-in ones. */
  units?: UnitEntryInput[];
  /** The sheet holding the workbook's unit directory, when not "Danh mục đơn vị" (workbook settings). */
  unitSheet?: string;
}

export interface RuleContext {
  grid: Grid;
  table: AppendixTable;
  options: ValidateOptions;
  /** The period the plan covers, when the option or the title tells it. */
  plan?: PlanPeriod;
  /** Reads unit cells against the workbook's directory. */
  units: UnitReader;
  report(f: { row: number; column: number; message: Bilingual; severity?: Severity; fix?: Fix }): void;
}

/** A sheet-level rule sees every table of the sheet, and the sheet when no table was found. */
export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export function makeFinding(meta: RuleMeta, sheet: string, f: { row: number; column: number; message: Bilingual; severity?: Severity; fix?: Fix }): Finding {
  const finding: Finding = {
    sheet,
    row: f.row,
    column: f.column,
    cell: a1(f.row, f.column),
    code: meta.code,
    severity: f.severity ?? meta.severity,
    message: f.message.vi,
    messageEn: f.message.en,
  };
  if (f.fix) finding.fix = f.fix;
  return finding;
}
