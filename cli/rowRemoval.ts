/**
 * Rows a fix emptied (cut rows merged upwards, repeated headers) are deleted only where nothing in
 * the workbook could point at a row below them: ExcelJS moves values and styles up, but not formulas'
 * references, merges, notes, validations, conditional formats, pictures or names. Otherwise they stay
 * as empty rows and the person is told why.
 */
import ExcelJS from 'exceljs';
import type { Bilingual } from '../core';
import { T } from './messages';

export interface RowRemovalOutcome {
  sheet: string;
  rows: number[];
  deleted: boolean;
  /** Why the rows were left empty. */
  why?: Bilingual;
}

function hasFormula(wb: ExcelJS.Workbook): boolean {
  for (const ws of wb.worksheets) {
    let found = false;
    ws.eachRow({ includeEmpty: false }, (row) => {
      if (found) return;
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) found = true;
      });
    });
    if (found) return true;
  }
  return false;
}

/** Why rows from `from` down cannot move up in `ws`, or undefined when nothing holds them. */
function heldBelow(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, from: number, formulas: boolean): Bilingual | undefined {
  if (formulas) return T.heldFormulas;
  const names = (wb.definedNames as unknown as { model: unknown[] }).model;
  if (names && names.length) return T.heldNames;
  const merges = Object.values((ws as unknown as { _merges: Record<string, { model: { bottom: number } }> })._merges ?? {});
  if (merges.some((m) => m.model.bottom >= from)) return T.heldMerges;
  let noteBelow = false;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n >= from) row.eachCell({ includeEmpty: false }, (c) => (noteBelow ||= !!c.note));
  });
  if (noteBelow) return T.heldNotes;
  const validations = (ws as unknown as { dataValidations?: { model?: Record<string, unknown> } }).dataValidations?.model ?? {};
  if (Object.keys(validations).length) return T.heldValidation;
  const formats = (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? [];
  if (formats.length) return T.heldFormats;
  if (ws.getImages().length) return T.heldImages;
  return undefined;
}

/** Deletes the emptied rows of each sheet where that is safe; says for each sheet what happened. */
export function removeEmptiedRows(wb: ExcelJS.Workbook, removals: ReadonlyArray<{ sheet: string; row: number }>): RowRemovalOutcome[] {
  const bySheet = new Map<string, number[]>();
  for (const r of removals) bySheet.set(r.sheet, [...(bySheet.get(r.sheet) ?? []), r.row]);
  const formulas = hasFormula(wb);
  const out: RowRemovalOutcome[] = [];
  for (const [sheet, list] of bySheet) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    const rows = [...new Set(list)].sort((a, b) => b - a);
    const why = heldBelow(wb, ws, Math.min(...rows), formulas);
    if (why) {
      out.push({ sheet, rows: rows.reverse(), deleted: false, why });
      continue;
    }
    for (const r of rows) ws.spliceRows(r, 1);
    out.push({ sheet, rows: rows.reverse(), deleted: true });
  }
  return out;
}
