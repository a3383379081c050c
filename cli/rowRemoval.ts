/**
 * Rows a fix emptied (cut rows merged upwards, repeated headers) are deleted only where nothing in
 * the workbook could point at a row below them: ExcelJS moves values and styles up, but not formulas'
 * references, merges, notes, validations, conditional formats, pictures or names. Otherwise they stay
 * as empty rows and the person is told why.
 */
import ExcelJS from 'exceljs';
import type { Bilingual } from '../core';

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
  if (formulas)
    return { vi: 'tệp có công thức, mà công thức không tự dời theo khi xóa dòng', en: 'the workbook has formulas, which would not follow deleted rows' };
  const names = (wb.definedNames as unknown as { model: unknown[] }).model;
  if (names && names.length) return { vi: 'tệp có vùng được đặt tên', en: 'the workbook has named ranges' };
  const merges = Object.values((ws as unknown as { _merges: Record<string, { model: { bottom: number } }> })._merges ?? {});
  if (merges.some((m) => m.model.bottom >= from)) return { vi: 'có ô gộp ở các dòng phía dưới', en: 'there are merged cells further down' };
  let noteBelow = false;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n >= from) row.eachCell({ includeEmpty: false }, (c) => (noteBelow ||= !!c.note));
  });
  if (noteBelow) return { vi: 'có ghi chú ở các ô phía dưới', en: 'there are notes further down' };
  const validations = (ws as unknown as { dataValidations?: { model?: Record<string, unknown> } }).dataValidations?.model ?? {};
  if (Object.keys(validations).length) return { vi: 'trang tính có kiểm tra dữ liệu (data validation)', en: 'the sheet has data validation' };
  const formats = (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? [];
  if (formats.length) return { vi: 'trang tính có định dạng có điều kiện', en: 'the sheet has conditional formatting' };
  if (ws.getImages().length) return { vi: 'trang tính có hình ảnh', en: 'the sheet has pictures' };
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
