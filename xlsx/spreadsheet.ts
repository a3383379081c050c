/**
 * Any spreadsheet an officer hands over, as one ExcelJS workbook: .xlsx/.xlsm read by ExcelJS (so a
 * copy keeps its formatting), .xls, .ods and .xlsb by SheetJS, .csv by csv.ts; the last three become
 * a workbook of values and merges, written back only ever as .xlsx. Each way a file can fail has its
 * own reason. No Node APIs: the add-ins' panels read returned files with it too.
 */
import type { Grid } from '../core';
import ExcelJS from 'exceljs';
import { CsvEncoding, csvToGrid, decodeCsv } from './csv';
import {
  EOCD,
  includes,
  isEncryptedPackage,
  lastIndexOf,
  loadWorkbook,
  OLE_MAGIC,
  startsWith,
  WorkbookReadError,
  workbookToGrids,
  ZIP_MAGIC,
} from './workbook';

export type SpreadsheetFormat = 'xlsx' | 'xls' | 'ods' | 'xlsb' | 'csv';

export interface OpenedSpreadsheet {
  workbook: ExcelJS.Workbook;
  format: SpreadsheetFormat;
  /** For .csv: the code page it was read in. */
  encoding?: CsvEncoding;
}

const formats = new WeakMap<ExcelJS.Workbook, SpreadsheetFormat>();

/** The format a workbook was read from ('xlsx' for one made here or unknown). */
export function formatOf(wb: ExcelJS.Workbook): SpreadsheetFormat {
  return formats.get(wb) ?? 'xlsx';
}

function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? m[1].toLowerCase() : '';
}

/** What the bytes are, from their content first and the file name only where content cannot tell. */
export function sniffFormat(bytes: Uint8Array, fileName: string): SpreadsheetFormat | 'encrypted' | 'corrupt' | 'unknown' {
  const ext = extensionOf(fileName);
  if (startsWith(bytes, OLE_MAGIC)) return isEncryptedPackage(bytes) ? 'encrypted' : 'xls';
  if (startsWith(bytes, ZIP_MAGIC)) {
    // A whole zip ends with its directory record (within 64 KB of the end); a cut one does not.
    if (lastIndexOf(bytes, EOCD, Math.max(0, bytes.length - 65_557)) < 0) return 'corrupt';
    // Part names are stored as plain text in a zip: they tell the formats apart.
    if (includes(bytes, 'xl/workbook.bin')) return 'xlsb';
    if (includes(bytes, 'xl/workbook')) return 'xlsx';
    // OpenDocument: a spreadsheet, not a text or slides (their mimetype part says which).
    if (includes(bytes, 'content.xml') && !includes(bytes, 'opendocument.text') && !includes(bytes, 'opendocument.presentation')) return 'ods';
    return 'unknown';
  }
  if (ext === 'csv') return 'csv';
  // Some systems save an HTML table under the name .xls; SheetJS reads those too.
  if (ext === 'xls' && /^\s*</.test(new TextDecoder('latin1').decode(bytes.subarray(0, 64)))) return 'xls';
  return 'unknown';
}

function gridsToWorkbook(grids: Grid[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const g of grids) {
    // Excel's sheet names: 31 characters, none of : \ / ? * [ ], unique.
    let name =
      g.name
        .replace(/[:\\/?*[\]]/g, ' ')
        .slice(0, 31)
        .trim() || 'Sheet';
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${name.slice(0, 27)} (${k})`;
    used.add(name.toLowerCase());
    const ws = wb.addWorksheet(name);
    g.rows.forEach((row, r) => {
      if (row.length === 0) return;
      const values: ExcelJS.CellValue[] = [];
      row.forEach((v, c) => {
        values[c + 1] = v === null ? null : (v as ExcelJS.CellValue);
      });
      ws.getRow(r + 1).values = values;
    });
    for (const m of g.merges) {
      try {
        ws.mergeCells(m.top, m.left, m.bottom, m.right);
      } catch {
        // Overlapping merges in a damaged file: the values are what matter.
      }
    }
  }
  return wb;
}

/** Opens a spreadsheet from its bytes; throws WorkbookReadError with the reason it cannot be read. */
export async function openSpreadsheet(bytes: Uint8Array, fileName: string): Promise<OpenedSpreadsheet> {
  if (bytes.length === 0) throw new WorkbookReadError('empty');
  const format = sniffFormat(bytes, fileName);
  if (format === 'encrypted' || format === 'corrupt') throw new WorkbookReadError(format);
  if (format === 'unknown') throw new WorkbookReadError('not_spreadsheet');
  let opened: OpenedSpreadsheet;
  if (format === 'xlsx') {
    opened = { workbook: await loadWorkbook(bytes), format };
  } else if (format === 'csv') {
    const decoded = decodeCsv(bytes);
    if (!decoded.ok) throw new WorkbookReadError('csv_encoding');
    const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
    opened = { workbook: gridsToWorkbook([csvToGrid(decoded.text, base)]), format, encoding: decoded.encoding };
  } else {
    let grids: Grid[];
    // SheetJS is large and most files are .xlsx: it is loaded on the first file that needs it.
    const { SheetJsReadError, readWithSheetJs } = await import('./sheetjs');
    try {
      grids = readWithSheetJs(bytes);
    } catch (e) {
      if (e instanceof SheetJsReadError) throw new WorkbookReadError(e.reason);
      throw new WorkbookReadError('corrupt');
    }
    if (grids.length === 0) throw new WorkbookReadError('no_sheets');
    opened = { workbook: gridsToWorkbook(grids), format };
  }
  formats.set(opened.workbook, opened.format);
  return opened;
}

/** The grids of any spreadsheet (the panels' returned files). */
export async function readSpreadsheetGrids(bytes: Uint8Array, fileName: string): Promise<Grid[]> {
  return workbookToGrids((await openSpreadsheet(bytes, fileName)).workbook);
}
