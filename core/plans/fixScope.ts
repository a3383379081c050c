/**
 * Which cells a fix button changes, worked out before anything is written, so that the panel can show
 * every change (before → after, with a count) and the person confirms it. Both add-ins call this, so a
 * preview in Excel and in Google Sheets lists the same changes.
 */
import type { Finding } from '../model/finding';
import type { Grid } from '../model/grid';
import type { ValidateOptions } from '../engine/rule';
import { applyRound, fixWorkbook, planRound } from '../engine/fixes';
import { isSafeFixCode } from '../rules/catalogue';
import { validateWorkbook } from '../engine/validate';
import { fixRules } from './hostRules';
import { rowGroupsOf } from './undo';
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

/** True when a safe fix can repair the finding unasked (the "sửa được" badge). */
export function isFixable(f: Finding): boolean {
  return f.fix !== undefined && isSafeFixCode(f.code);
}

const keyOf = (k: FindingKey) => `${k.code}\u0000${k.row}\u0000${k.column}`;

/** What a fix of a scope changes: the value edits, and the rows a row fix (merge, removal) joins, to be written whole or not at all. */
export interface FixPlan {
  edits: ValueEdit[];
  /** Rows changed together by one row fix (core/plans/undo.ts's rowGroupsOf): a host leaves a group with a formula alone. */
  rowGroups: number[][];
}

/**
 * The value changes a fix of `scope` makes to `grid` (the sheet checked), with its row groups; `others`
 * are the workbook's other sheets, read for its settings and unit directory. Hosts then keep formula
 * cells and formula rows out (selectFixEdits), the same way for the preview and the fix.
 */
export function planFixRun(grid: Grid, others: readonly Grid[], options: ValidateOptions, scope: FixScope = {}): FixPlan {
  const grids = [grid, ...others.filter((g) => g.name !== grid.name)];
  if (scope.findings) {
    const wanted = new Set(scope.findings.map(keyOf));
    const report = validateWorkbook(grids, options);
    const picked = report.findings.filter((f) => f.sheet === grid.name && isFixable(f) && wanted.has(keyOf(f)));
    if (picked.length === 0) return { edits: [], rowGroups: [] };
    const round = planRound(grids, { ...report, findings: picked });
    return { edits: diffGrids(grid, applyRound(grids, round)[0]), rowGroups: rowGroupsOf({ rounds: [round] }, grid.name) };
  }
  const result = fixWorkbook(grids, options, fixRules(scope.unitsOnly === true));
  return { edits: diffGrids(grid, result.grids[0]), rowGroups: rowGroupsOf(result, grid.name) };
}

/** The value changes a fix of `scope` makes to `grid` (see planFixRun). */
export function planFixes(grid: Grid, others: readonly Grid[], options: ValidateOptions, scope: FixScope = {}): ValueEdit[] {
  return planFixRun(grid, others, options, scope).edits;
}
