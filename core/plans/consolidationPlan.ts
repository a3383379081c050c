/**
 * What an add-in writes after a consolidation: the master's changed cells (each with its value
 * before, so the merge can be undone), the rows of the "Tổng hợp" sheet and where its status counts
 * sit for a chart. Both add-ins apply the same plan.
 */
import type { CellRange, CellValue, Grid } from '../model/grid';
import { cellText } from '../model/grid';
import { ValueEdit, editsOf } from './valueEdits';
import { STATUSES } from '../consolidate/status';
import { AddedColumn, ConsolidationResult } from '../consolidate/merge';
import { BY_STATUS_TITLE, SUMMARY_SHEET } from '../consolidate/summarySheet';
import { isSettingsSheet } from '../engine/settings';
import { isDirectorySheet } from '../units/directorySheet';
import { readTables } from '../read/table';
import { FINDINGS_SHEET } from './findingsSheet';

export interface ConsolidationPlan {
  sheet: string;
  edits: ValueEdit[];
  summarySheet: { name: string; rows: CellValue[][]; widths?: number[] };
  /** Progress columns added to the master: hosts give them this width (characters) and wrap their text. */
  addedColumns?: AddedColumn[];
  /** The status counts on the summary sheet (labels in the first row), for a column chart. */
  chartRange?: CellRange;
}

export function consolidationPlan(master: Grid, result: ConsolidationResult): ConsolidationPlan {
  const rows = result.summarySheet;
  const at = rows.findIndex((r) => cellText(r[0] ?? null) === BY_STATUS_TITLE);
  return {
    sheet: result.sheet,
    edits: editsOf(master, result.writes),
    summarySheet: { name: SUMMARY_SHEET, rows, widths: result.summaryWidths },
    addedColumns: result.addedColumns,
    chartRange: at >= 0 ? { top: at + 1, left: 1, bottom: at + 2, right: 1 + STATUSES.length } : undefined,
  };
}

/** A width in characters (as the plan gives it) in screen pixels, for hosts that size columns in pixels or points. */
export function widthInPixels(chars: number): number {
  return Math.round(chars * 7 + 5);
}

/** Sheets that are ours or the directory, never a master or a return. */
export function isAppendixCandidate(grid: Pick<Grid, 'name'>): boolean {
  return !isSettingsSheet(grid) && !isDirectorySheet(grid) && grid.name !== SUMMARY_SHEET && grid.name !== FINDINGS_SHEET;
}

/** The appendix of a workbook (the master, or a return): the preferred sheet when it holds a table, else the first sheet that does. */
export function appendixSheet(grids: readonly Grid[], active?: string): Grid | undefined {
  const candidates = grids.filter((g) => isAppendixCandidate(g) && readTables(g).length > 0);
  return candidates.find((g) => g.name === active) ?? candidates[0];
}
