/** `--units FILE`: a unit directory from JSON, .xlsx or .csv, checked where it enters. */
import { type CellValue, DIRECTORY_SHEET, entriesFromGrid, type Grid, UnitEntryInput, unitListSchema } from '../core';
import { extname } from 'node:path';
import { UserError } from './check';
import { WorkbookReadError, workbookToGrids } from '../xlsx/workbook';
import { decodeCsv, parseCsvRows } from '../xlsx/csv';
import { readInputBytes } from './inputFile';
import { READ_FAILURE } from './messages';
import { openSpreadsheet } from '../xlsx/spreadsheet';

/** A CSV unit list read by the same RFC 4180 reader as CSV workbooks (comma or semicolon, quotes). */
export function parseCsv(text: string): string[][] {
  return parseCsvRows(text.replace(/^\uFEFF/, ''));
}

function bad(path: string, why: { vi: string; en: string }): UserError {
  return new UserError(`Danh mục đơn vị “${path}” không dùng được: ${why.vi}.`, `Unit directory “${path}” cannot be used: ${why.en}.`);
}

export async function readUnitsFile(path: string): Promise<UnitEntryInput[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readInputBytes(path);
  } catch (e) {
    const reason = e instanceof WorkbookReadError ? e.reason : 'missing';
    if (reason === 'missing')
      throw new UserError(`Không tìm thấy tệp danh mục đơn vị (--units): “${path}”.`, `Unit directory file (--units) not found: “${path}”.`);
    throw bad(path, READ_FAILURE[reason]);
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.json') {
    let data: unknown;
    try {
      data = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      throw bad(path, { vi: 'không phải JSON hợp lệ', en: 'it is not valid JSON' });
    }
    const parsed = unitListSchema.safeParse(data);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first.path.join('.');
      throw bad(path, {
        vi: `cần một danh sách [{"name", "aliases"}] (sai ở ${where || 'gốc'})`,
        en: `expected a list of {"name", "aliases"} (wrong at ${where || 'root'})`,
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
      throw bad(path, {
        vi: 'không đọc được tệp (cần .json, .xlsx, .xls, .ods hoặc .csv)',
        en: 'the file cannot be read (use .json, .xlsx, .xls, .ods or .csv)',
      });
    }
  }
  const entries = grids.flatMap(entriesFromGrid);
  if (entries.length === 0) throw bad(path, { vi: 'không có cột “Tên chuẩn”', en: 'there is no “Tên chuẩn” column' });
  return entries;
}
