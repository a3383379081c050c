/** `--units FILE`: a unit directory from JSON, .xlsx or .csv, checked where it enters. */
import { type Bilingual, type CellValue, DIRECTORY_SHEET, entriesFromGrid, type Grid, sayIn, UnitEntryInput, unitListSchema } from '../core';
import { extname } from 'node:path';
import { UserError } from './check';
import { WorkbookReadError, workbookToGrids } from '../xlsx/workbook';
import { decodeCsv, parseCsvRows } from '../xlsx/csv';
import { readInputBytes } from './inputFile';
import { READ_FAILURE, T } from './messages';
import { openSpreadsheet } from '../xlsx/spreadsheet';

/** A CSV unit list read by the same RFC 4180 reader as CSV workbooks (comma or semicolon, quotes). */
export function parseCsv(text: string): string[][] {
  return parseCsvRows(text.replace(/^\uFEFF/, ''));
}

function bad(path: string, why: Bilingual): UserError {
  return new UserError(sayIn(T.unitsUnusable, 'vi', { path, why: why.vi }), sayIn(T.unitsUnusable, 'en', { path, why: why.en }));
}

export async function readUnitsFile(path: string): Promise<UnitEntryInput[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readInputBytes(path);
  } catch (e) {
    const reason = e instanceof WorkbookReadError ? e.reason : 'missing';
    if (reason === 'missing') throw UserError.of(T.unitsNotFound, { path });
    throw bad(path, READ_FAILURE[reason]);
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.json') {
    let data: unknown;
    try {
      data = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      throw bad(path, T.unitsNotJson);
    }
    const parsed = unitListSchema.safeParse(data);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first.path.join('.');
      throw bad(path, {
        vi: sayIn(T.unitsNotList, 'vi', { where: where || T.unitsRoot.vi }),
        en: sayIn(T.unitsNotList, 'en', { where: where || T.unitsRoot.en }),
      });
    }
    return parsed.data;
  }
  let grids: Grid[];
  if (ext === '.csv') {
    const decoded = decodeCsv(bytes);
    if (!decoded.ok) throw bad(path, READ_FAILURE.csv_encoding);
    const rows: CellValue[][] = parseCsv(decoded.text);
    grids = [{ name: DIRECTORY_SHEET, rows, merges: [] }];
  } else {
    try {
      grids = workbookToGrids((await openSpreadsheet(bytes, path)).workbook);
    } catch {
      throw bad(path, T.unitsUnreadable);
    }
  }
  const entries = grids.flatMap(entriesFromGrid);
  if (entries.length === 0) throw bad(path, T.unitsNoNameColumn);
  return entries;
}
