/**
 * Which cells a fix button changes, worked out before anything is written, so that the panel can show
 * every change (before → after, with a count) and the person confirms it. Both add-ins call this, so a
 * preview in Excel and in Google Sheets lists the same changes.
 */
import type { Finding } from '../model/finding';
import type { Grid } from '../model/grid';
import type { Rule, ValidateOptions } from '../engine/rule';
import { SAFE_FIX_CODES, applyRound, fixWorkbook, planRound } from '../engine/fixes';
import { validateWorkbook } from '../engine/validate';
import { rules as allRules } from '../rules';
import { ValueEdit, diffGrids } from './valueEdits';

/** A finding as the panel names it back to its host: its code and cell. */
export interface FindingKey {
  code: string;
  row: number;
  column: number;
}

/**
 * What a fix button covers: every safe fix (the default), only unit names, or exactly the findings
 * listed (one group of identical findings, "Sửa tất cả (21)").
 */
export interface FixScope {
  unitsOnly?: boolean;
  findings?: FindingKey[];
}

export interface FixPreview {
  sheet: string;
  edits: ValueEdit[];
}

const UNIT_CODES: ReadonlySet<string> = new Set(['unit.noncanonical', 'unit.defunct']);

/** True when a safe fix can repair the finding unasked (the "sửa được" badge). */
export function isFixable(f: Finding): boolean {
  return f.fix !== undefined && SAFE_FIX_CODES.has(f.code);
}

const keyOf = (k: FindingKey) => `${k.code}\u0000${k.row}\u0000${k.column}`;

/**
 * The value changes a fix of `scope` makes to `grid` (the sheet checked); `others` are the workbook's
 * other sheets, read for its settings and unit directory.
 */
export function planFixes(grid: Grid, others: readonly Grid[], options: ValidateOptions, scope: FixScope = {}): ValueEdit[] {
  const grids = [grid, ...others.filter((g) => g.name !== grid.name)];
  if (scope.findings) {
    const wanted = new Set(scope.findings.map(keyOf));
    const report = validateWorkbook(grids, options);
    const picked = report.findings.filter((f) => f.sheet === grid.name && isFixable(f) && wanted.has(keyOf(f)));
    if (picked.length === 0) return [];
    const round = planRound(grids, { ...report, findings: picked });
    return diffGrids(grid, applyRound(grids, round)[0]);
  }
  const rules: readonly Rule[] = scope.unitsOnly ? allRules.filter((r) => UNIT_CODES.has(r.meta.code)) : allRules;
  return diffGrids(grid, fixWorkbook(grids, options, rules).grids[0]);
}
