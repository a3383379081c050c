/**
 * What crosses google.script.run between the sidebar and the server. Apps Script carries only
 * JSON-like values there (no Date: a request holding one fails), so grids and plans travel with
 * core's JSON cells and dates as YYYY-MM-DD. Both sides of the add-on import this module; the server
 * checks everything it receives against the schemas here, since a call can come from anywhere.
 */
import {
  JsonCell,
  WorkbookSettings,
  cellFromJson,
  cellToJson,
  jsonCellSchema,
  parseIsoDate,
  workbookSettingsSchema,
  type ConsolidationPlan,
  type Finding,
  type Grid,
  type Summary,
} from '../../core';
import { z } from 'zod';

/** The server functions the sidebar calls, each a top-level function of Code.js. */
export const SIDEBAR_FUNCTIONS = [
  'sidebarLocale',
  'sidebarCheck',
  'sidebarSelect',
  'sidebarClear',
  'sidebarFix',
  'sidebarPreviewFix',
  'sidebarCanUndoFix',
  'sidebarUndoFix',
  'sidebarReadSettings',
  'sidebarSaveSettings',
  'sidebarOpenWorkbook',
  'sidebarApplyConsolidation',
  'sidebarUndoConsolidation',
  // Large sheets, in parts (see the end of this file).
  'sidebarBeginSheet',
  'sidebarReadRows',
  'sidebarPaintRows',
  'sidebarWriteEdits',
  'sidebarUndoStep',
  'sidebarClearStep',
  // A consolidation in parts (server/consolidationParts.ts).
  'sidebarBeginWorkbook',
  'sidebarConsolidateRows',
  'sidebarKeepSummary',
  'sidebarConsolidateSummary',
  'sidebarBeginConsolidationUndo',
  'sidebarUndoConsolidationStep',
] as const;

export type SidebarFunction = (typeof SIDEBAR_FUNCTIONS)[number];

/** A finding as the panel shows it; its fix (which may hold dates) stays on the server, whether it has one travels. */
export type JsonFinding = Omit<Finding, 'fix'> & { fixable: boolean };

export interface JsonReport {
  sheet: string;
  /** Appendix tables found on the sheet: 0 is "no appendix table", an error, never a clean sheet. */
  tables: number;
  findings: JsonFinding[];
  summary: Summary;
  /** Whether a fix is kept that sidebarUndoFix can put back. */
  undoable: boolean;
}

/** Which fixes a sidebar call covers (core's FixScope), as JSON text. */
export const fixScopeSchema = z.strictObject({
  unitsOnly: z.boolean().optional(),
  findings: z
    .array(z.strictObject({ code: z.string(), row: z.number().int().positive(), column: z.number().int().positive() }))
    .max(100_000)
    .optional(),
});

/** A fix preview with JSON cells. */
export interface JsonFixPreview {
  sheet: string;
  edits: Array<{ row: number; column: number; before: JsonCell; after: JsonCell }>;
}

export interface JsonGrid {
  name: string;
  rows: JsonCell[][];
}

export interface JsonOpenWorkbook {
  grids: JsonGrid[];
  active: string;
}

export interface JsonSettings {
  planYear?: number;
  /** YYYY-MM-DD. */
  reportDate?: string;
  unitSheet?: string;
}

export function gridToJson(g: Grid): JsonGrid {
  return { name: g.name, rows: g.rows.map((r) => r.map(cellToJson)) };
}

export function gridFromJson(g: JsonGrid): Grid {
  return { name: g.name, rows: g.rows.map((r) => r.map(cellFromJson)), merges: [] };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export function settingsToJson(s: WorkbookSettings): JsonSettings {
  const out: JsonSettings = {};
  if (s.planYear !== undefined) out.planYear = s.planYear;
  if (s.reportDate) out.reportDate = isoDay(s.reportDate);
  if (s.unitSheet !== undefined) out.unitSheet = s.unitSheet;
  return out;
}

/** The sidebar's side: the server's answer back to core's settings (the server has checked it). */
export function settingsFromJson(s: JsonSettings): WorkbookSettings {
  const out: WorkbookSettings = {};
  if (s.planYear !== undefined) out.planYear = s.planYear;
  const day = s.reportDate ? parseIsoDate(s.reportDate) : undefined;
  if (day) out.reportDate = day;
  if (s.unitSheet) out.unitSheet = s.unitSheet;
  return out;
}

export function planToJson(plan: ConsolidationPlan): string {
  return JSON.stringify({
    sheet: plan.sheet,
    edits: plan.edits.map((e) => ({ row: e.row, column: e.column, before: cellToJson(e.before), after: cellToJson(e.after) })),
    summarySheet: {
      name: plan.summarySheet.name,
      rows: plan.summarySheet.rows.map((r) => r.map(cellToJson)),
      ...(plan.summarySheet.widths ? { widths: plan.summarySheet.widths } : {}),
    },
    ...(plan.chartRange ? { chartRange: plan.chartRange } : {}),
    ...(plan.addedColumns?.length ? { addedColumns: plan.addedColumns } : {}),
  });
}

// Sheets' limits: 10 million cells a spreadsheet, 18,278 columns (ZZZ).
const row = z.number().int().min(1).max(10_000_000);
const column = z.number().int().min(1).max(18_278);

export const planJsonSchema = z.strictObject({
  sheet: z.string().min(1).max(100),
  edits: z.array(z.strictObject({ row, column, before: jsonCellSchema, after: jsonCellSchema })),
  summarySheet: z.strictObject({
    name: z.string().min(1).max(100),
    rows: z.array(z.array(jsonCellSchema)),
    widths: z.array(z.number().min(1).max(255)).max(100).optional(),
  }),
  chartRange: z.strictObject({ top: row, left: column, bottom: row, right: column }).optional(),
  addedColumns: z
    .array(z.strictObject({ column, role: z.enum(['status', 'result']), row, width: z.number().min(1).max(255) }))
    .max(2)
    .optional(),
});

export type PlanJson = z.infer<typeof planJsonSchema>;

export function planFromJson(p: PlanJson): ConsolidationPlan {
  return {
    sheet: p.sheet,
    edits: p.edits.map((e) => ({ row: e.row, column: e.column, before: cellFromJson(e.before), after: cellFromJson(e.after) })),
    summarySheet: { name: p.summarySheet.name, rows: p.summarySheet.rows.map((r) => r.map(cellFromJson)), widths: p.summarySheet.widths },
    chartRange: p.chartRange,
    addedColumns: p.addedColumns,
  };
}

export const settingsJsonSchema = z.strictObject({
  planYear: workbookSettingsSchema.shape.planYear,
  reportDate: z.string().optional(),
  unitSheet: z.string().optional(),
});

// --- Large sheets, in parts (issue 17 item 6) ---
// Apps Script stops a call after 6 minutes and every Spreadsheet call costs time by the cells it
// touches, so the sidebar drives long work as several calls, each touching at most CELLS_PER_CALL
// cells per Spreadsheet call. The sidebar assembles the whole grid and runs core itself (see
// addin-gsheets/README.md for the numbers behind this choice).

/** Cells one Spreadsheet call of a part may read or write (rows × columns of its range). */
export const CELLS_PER_CALL = 50_000;

/** What the sidebar needs before reading a sheet in parts. */
export interface JsonBegin {
  sheet: string;
  sheetId: number;
  /** The sheet's last row and column holding data (its data range from A1). */
  rows: number;
  columns: number;
  /** The settings and directory sheets a check reads beside it (small, read whole). */
  side: JsonGrid[];
  /** The last row and column of the cells painted by the previous check, 0 when none. */
  paintedBottom: number;
  paintedRight: number;
  /** Whether a fix is kept that can be undone. */
  undoable: boolean;
}

/** One part of a sheet: values (when asked) and where its formulas are. */
export interface JsonRows {
  rows?: JsonCell[][];
  /** Cells holding a formula, [row, column]. */
  formulas: Array<[number, number]>;
  /** Rows holding an array formula (it may spill), with the leftmost such column: [row, column]. */
  arrays: Array<[number, number]>;
}

const row1 = z.number().int().min(1).max(10_000_000);
const column1 = z.number().int().min(1).max(18_278);
const sheetRef = { sheet: z.string().min(1).max(100), sheetId: z.number().int() };
const arraysSchema = z.array(z.tuple([row1, column1])).max(CELLS_PER_CALL);

export const readRowsSchema = z.strictObject({
  ...sheetRef,
  top: row1,
  count: z.number().int().min(1).max(CELLS_PER_CALL),
  columns: column1,
  values: z.boolean(),
  formulas: z.boolean(),
});
export type ReadRowsJson = z.infer<typeof readRowsSchema>;

export const paintRowsSchema = z.strictObject({
  ...sheetRef,
  top: row1,
  bottom: row1,
  marks: z
    .array(
      z.strictObject({
        row: row1,
        column: column1,
        fill: z.string().regex(/^[0-9A-Fa-f]{8}$/),
        note: z.string().max(50_000),
        severity: z.enum(['error', 'warning', 'info']),
      }),
    )
    .max(CELLS_PER_CALL),
});
export type PaintRowsJson = z.infer<typeof paintRowsSchema>;

export const writeEditsSchema = z.strictObject({
  ...sheetRef,
  edits: z.array(z.strictObject({ row: row1, column: column1, before: jsonCellSchema, after: jsonCellSchema })).max(CELLS_PER_CALL),
  /** The first part of a fix starts a new undo run; the next parts add to it. */
  newRun: z.boolean(),
  arrays: arraysSchema,
});
export type WriteEditsJson = z.infer<typeof writeEditsSchema>;

/** `arrays`: the array formulas of sheet `sheet` (used only when the run to undo is on that sheet). */
export const undoStepSchema = z.strictObject({ sheet: z.string().max(100), arrays: arraysSchema });

export interface JsonWriteOutcome {
  written: number;
  formulas: number;
  changedSince: number;
}

export interface JsonStepOutcome {
  /** Cells put back by this call. */
  done: number;
  /** Cells still to put back (0: finished). */
  left: number;
}

/** A sheet of the open workbook before a consolidation: its size, and its values when small enough to come at once. */
export interface JsonWorkbookSheet {
  sheet: string;
  sheetId: number;
  rows: number;
  columns: number;
  /** The sheet's values, for the sheets that fit together in CELLS_PER_CALL cells; the others are read in bands. */
  grid?: JsonGrid;
  /** With `grid`: rows holding an array formula, with the leftmost such column. */
  arrays?: Array<[number, number]>;
}

export interface JsonBeginWorkbook {
  active: string;
  sheets: JsonWorkbookSheet[];
}

/**
 * One band of a consolidation's master cells: compared with what the preview saw (`write` false: nothing
 * written), or written and added to the undo record (`write` true; the first band that writes starts it).
 * `arrays`: the array formulas of the master above the band, when the sidebar read it in bands.
 */
export const consolidateRowsSchema = z.strictObject({
  ...sheetRef,
  edits: z.array(z.strictObject({ row: row1, column: column1, before: jsonCellSchema, after: jsonCellSchema })).max(CELLS_PER_CALL),
  write: z.boolean(),
  newRecord: z.boolean(),
  arrays: arraysSchema.optional(),
});
export type ConsolidateRowsJson = z.infer<typeof consolidateRowsSchema>;

/**
 * What "Tổng hợp" holds before a consolidation, kept in its undo record a band of rows at a time from
 * row `top` (the first call, `top` 1, notes the sheet; `sheet`: the master; `newRecord`: no band of the master wrote anything).
 */
export const keepSummarySchema = z.strictObject({ sheet: sheetRef.sheet, name: z.string().min(1).max(100), top: row1, newRecord: z.boolean() });

/**
 * The consolidation's last parts: the plan without its master cells, `summarySheet.rows` being one band
 * of "Tổng hợp"'s rows from row `top`; the first band empties the sheet, the last adds widths and chart
 * (`width`: the widest row of the whole sheet).
 */
export const consolidateSummarySchema = z.strictObject({ plan: planJsonSchema, top: row1, first: z.boolean(), last: z.boolean(), width: column1 });

/** The master of the consolidation kept for undo, or null when there is none to undo. */
export type JsonUndoBegin = { sheet: string; sheetId: number; rows: number; columns: number } | null;
