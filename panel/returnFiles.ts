/**
 * Returned files (.xlsx, .xls, .ods, .csv) read inside the panel with the command line's own reader
 * (cli/spreadsheet.ts: ExcelJS, SheetJS), so a file reads the same in Excel, in Google Sheets and on
 * the command line. Nothing is uploaded.
 */
import { NO_TABLE, appendixSheet, type ReturnInput } from '../core';
import { READ_FAILURE } from '../xlsx/readFailure';
import { WorkbookReadError } from '../xlsx/workbook';
import { readSpreadsheetGrids } from '../xlsx/spreadsheet';
import { say, type PanelLang } from './strings';

/** The names the picker offers and the reader takes. */
export const SPREADSHEET_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.ods', '.csv'];

export function isSpreadsheetName(name: string): boolean {
  return SPREADSHEET_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e));
}

export type ReadReturn = { ok: true; input: ReturnInput; rows: number } | { ok: false; file: string; why: string };

/** Larger returns are refused before reading: an appendix is a few hundred kilobytes. */
export const MAX_RETURN_BYTES = 50 * 1024 * 1024;

export async function readReturn(file: string, bytes: Uint8Array, lang: PanelLang): Promise<ReadReturn> {
  if (bytes.byteLength > MAX_RETURN_BYTES) {
    return { ok: false, file, why: say('returnTooLarge', lang, { mb: MAX_RETURN_BYTES / 1024 / 1024 }) };
  }
  try {
    const grids = await readSpreadsheetGrids(bytes, file);
    const grid = appendixSheet(grids);
    if (!grid) return { ok: false, file, why: NO_TABLE[lang] };
    return { ok: true, input: { file, grid }, rows: grid.rows.length };
  } catch (e) {
    if (e instanceof WorkbookReadError) return { ok: false, file, why: READ_FAILURE[e.reason][lang] };
    return { ok: false, file, why: READ_FAILURE.corrupt[lang] };
  }
}
