/**
 * Legacy .xls (and the HTML tables some systems save under that name), .ods and .xlsb, read with
 * SheetJS into Grids. Values only, as core needs: text, numbers, booleans, errors, and dates where
 * the cell's number format is a date (made at UTC midnight like ExcelJS's, never shifted by the time
 * zone of the computer reading it). No Node APIs: the panels read returned files with it too.
 */
import type { CellRange, CellValue, Grid } from '../core';
import * as XLSX from '@e965/xlsx';

// SheetJS types its number-format library as `any`; this is the one function used from it.
const SSF = XLSX.SSF as { is_date(format: string): boolean };

export class SheetJsReadError extends Error {
  constructor(readonly reason: 'encrypted' | 'corrupt') {
    super(reason);
  }
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

function cellValue(cell: XLSX.CellObject | undefined, date1904: boolean): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' && cell.v !== '' ? cell.v : null;
    case 'b':
      return !!cell.v;
    case 'e':
      return { error: cell.w ?? '#N/A' };
    case 'd':
      return cell.v instanceof Date ? cell.v : null;
    case 'n': {
      const n = cell.v as number;
      if (typeof cell.z === 'string' && SSF.is_date(cell.z) && Number.isFinite(n)) {
        const d = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(n * DAY_MS));
        return Number.isNaN(d.getTime()) ? n : d;
      }
      return n;
    }
    default:
      return null;
  }
}

function sheetToGrid(name: string, ws: XLSX.WorkSheet, date1904: boolean): Grid {
  const rows: CellValue[][] = [];
  const dense = (ws as { '!data'?: Array<Array<XLSX.CellObject | undefined> | undefined> })['!data'] ?? [];
  dense.forEach((r, ri) => {
    if (!r) return;
    const out: CellValue[] = [];
    r.forEach((cell, ci) => {
      const v = cellValue(cell, date1904);
      if (v !== null) out[ci] = v;
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    rows[ri] = out;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  // Trailing empty rows carry nothing core reads.
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  const merges: CellRange[] = (ws['!merges'] ?? []).map((m) => ({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 }));
  return { name, rows, merges };
}

/** Every worksheet of an .xls/.ods/.xlsb file (chart sheets have no cells and are left out). */
export function readWithSheetJs(bytes: Uint8Array): Grid[] {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellDates: false, cellFormula: false, cellHTML: false, cellStyles: false });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new SheetJsReadError(/password|encrypt/i.test(why) ? 'encrypted' : 'corrupt');
  }
  const date1904 = !!wb.Workbook?.WBProps?.date1904;
  return wb.SheetNames.filter((n) => wb.Sheets[n]).map((n) => sheetToGrid(n, wb.Sheets[n], date1904));
}

/** SheetJS's writer, for making test files and benchmarks: a grid as .xls (BIFF8), .ods or .xlsx bytes. */
export function writeWithSheetJs(grids: Grid[], bookType: 'xls' | 'ods' | 'xlsx' | 'csv'): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const g of grids) {
    const ws = XLSX.utils.aoa_to_sheet(
      g.rows.map((r) => r.map((v) => (v && typeof v === 'object' && !(v instanceof Date) ? null : v))),
      { cellDates: true },
    );
    ws['!merges'] = g.merges.map((m) => ({ s: { r: m.top - 1, c: m.left - 1 }, e: { r: m.bottom - 1, c: m.right - 1 } }));
    XLSX.utils.book_append_sheet(wb, ws, g.name);
  }
  const out = XLSX.write(wb, { bookType, type: 'array' }) as ArrayBuffer | Uint8Array;
  return out instanceof Uint8Array ? out : new Uint8Array(out);
}
