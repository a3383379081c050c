/**
 * Value changes an add-in makes to the user's sheet (safe fixes, consolidation), kept with what each
 * cell held before so that the add-in can put it back. Both add-ins store the record as JSON in the
 * document; it is schema-checked when read back, since the document may have been edited since.
 */
import { z } from 'zod';
import type { CellValue, Grid } from '../model/grid';

export interface ValueEdit {
  row: number;
  column: number;
  before: CellValue;
  after: CellValue;
}

/** A cell value as JSON: dates and error values keep their kind. */
export type JsonCell = string | number | boolean | null | { date: string } | { error: string };

export function cellToJson(v: CellValue): JsonCell {
  if (v instanceof Date) return { date: v.toISOString() };
  return v;
}

export function cellFromJson(v: JsonCell): CellValue {
  if (v !== null && typeof v === 'object' && 'date' in v) return new Date(v.date);
  return v;
}

/** A JsonCell as it must arrive from anywhere outside (a saved record, a sidebar call). */
export const jsonCellSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.strictObject({ date: z.string().refine((s) => !Number.isNaN(new Date(s).getTime())) }),
  z.strictObject({ error: z.string() }),
]);

const savedEditsSchema = z.object({
  version: z.literal(1),
  kind: z.enum(['fix', 'consolidate']),
  sheet: z.string(),
  cells: z.array(
    z.object({
      row: z.number().int().positive(),
      column: z.number().int().positive(),
      before: jsonCellSchema,
      after: jsonCellSchema,
      /** The cell's number format before the change, kept when the change set another (text written as text). */
      format: z.string().optional(),
    }),
  ),
  /** A sheet the change added (Tổng hợp), with what it held before when it already existed. */
  addedSheet: z.object({ name: z.string(), previous: z.array(z.array(jsonCellSchema)).optional() }).optional(),
});

export type SavedEdits = z.infer<typeof savedEditsSchema>;

export function saveEdits(
  kind: SavedEdits['kind'],
  sheet: string,
  edits: ReadonlyArray<ValueEdit & { format?: string }>,
  addedSheet?: { name: string; previous?: CellValue[][] },
): string {
  return JSON.stringify(savedEditsOf(kind, sheet, edits, addedSheet));
}

/** The record saveEdits writes, as an object (hosts that keep several runs store a list of them). */
export function savedEditsOf(
  kind: SavedEdits['kind'],
  sheet: string,
  edits: ReadonlyArray<ValueEdit & { format?: string }>,
  addedSheet?: { name: string; previous?: CellValue[][] },
): SavedEdits {
  const record: SavedEdits = {
    version: 1,
    kind,
    sheet,
    cells: edits.map((e) => ({
      row: e.row,
      column: e.column,
      before: cellToJson(e.before),
      after: cellToJson(e.after),
      ...(e.format !== undefined ? { format: e.format } : {}),
    })),
    addedSheet: addedSheet && { name: addedSheet.name, previous: addedSheet.previous?.map((r) => r.map(cellToJson)) },
  };
  return record;
}

/** The saved record, or undefined when there is none or it no longer reads as one. */
export function readSavedEdits(json: string | null | undefined): SavedEdits | undefined {
  if (!json) return undefined;
  try {
    const r = savedEditsSchema.safeParse(JSON.parse(json));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

const savedRunsSchema = z.object({ version: z.literal(1), runs: z.array(savedEditsSchema) });

/** Several fix runs in one record, newest last (see undo.ts). */
export function saveRuns(runs: readonly SavedEdits[]): string {
  return JSON.stringify({ version: 1, runs });
}

/** The runs of a saved stack; a single record (written before stacks existed) reads as one run; damaged reads as none. */
export function readSavedRuns(json: string | null | undefined): SavedEdits[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    const stack = savedRunsSchema.safeParse(v);
    if (stack.success) return stack.data.runs;
    const one = savedEditsSchema.safeParse(v);
    return one.success ? [one.data] : [];
  } catch {
    return [];
  }
}

/** Two cells hold the same thing for a host: text, number, boolean, the same day, the same error. */
export function sameCell(a: CellValue, b: CellValue): boolean {
  const norm = (v: CellValue) => (v === '' ? null : v);
  const x = norm(a);
  const y = norm(b);
  if (x instanceof Date || y instanceof Date) return x instanceof Date && y instanceof Date && x.getTime() === y.getTime();
  if (x !== null && typeof x === 'object') return y !== null && typeof y === 'object' && 'error' in y && x.error === y.error;
  return x === y;
}

/** Every cell whose value differs between two versions of one sheet. */
export function diffGrids(before: Grid, after: Grid): ValueEdit[] {
  const edits: ValueEdit[] = [];
  const height = Math.max(before.rows.length, after.rows.length);
  for (let r = 0; r < height; r++) {
    const a = before.rows[r] ?? [];
    const b = after.rows[r] ?? [];
    for (let c = 0; c < Math.max(a.length, b.length); c++) {
      const was = a[c] ?? null;
      const now = b[c] ?? null;
      if (!sameCell(was, now)) edits.push({ row: r + 1, column: c + 1, before: was, after: now });
    }
  }
  return edits;
}

/** Writes given as (row, column, value) against the sheet they change: each with its value before. */
export function editsOf(sheet: Grid, writes: ReadonlyArray<{ row: number; column: number; value: CellValue }>): ValueEdit[] {
  const out: ValueEdit[] = [];
  for (const w of writes) {
    const before = sheet.rows[w.row - 1]?.[w.column - 1] ?? null;
    if (!sameCell(before, w.value)) out.push({ row: w.row, column: w.column, before, after: w.value });
  }
  return out;
}

/**
 * Cells grouped into rectangles of neighbours in one row, so a host writes a run of cells in one
 * call instead of one call per cell.
 */
export function rowRuns<T extends { row: number; column: number }>(cells: readonly T[]): Array<{ row: number; column: number; cells: T[] }> {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: Array<{ row: number; column: number; cells: T[] }> = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.column + last.cells.length === c.column) last.cells.push(c);
    else runs.push({ row: c.row, column: c.column, cells: [c] });
  }
  return runs;
}
