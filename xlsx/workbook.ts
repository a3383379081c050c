/**
 * ExcelJS ⇄ Grid: the only place the command line touches workbook internals. The reading half runs
 * unchanged in the add-ins' panels (ExcelJS's browser build), so returned files are read the same way
 * everywhere: no Node APIs here.
 */
import { CellMark, CellRange, CellValue, Grid } from '../core';
import ExcelJS from 'exceljs';
import { tameXlsxPackage } from './xlsxPackage';

export type ReadFailure =
  'missing' | 'unreadable' | 'folder' | 'not_regular' | 'too_large' | 'empty' | 'not_spreadsheet' | 'encrypted' | 'corrupt' | 'csv_encoding' | 'no_sheets';

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: ReadFailure,
    readonly detail?: string,
  ) {
    super(reason);
  }
}

export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
export const EOCD = [0x50, 0x4b, 0x05, 0x06];

export function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

/** Where `needle` last occurs at or after `from`, or -1. */
export function lastIndexOf(buf: Uint8Array, needle: number[], from: number): number {
  outer: for (let i = buf.length - needle.length; i >= from; i--) {
    for (let j = 0; j < needle.length; j++) if (buf[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Directory entries of an OLE file name their streams in UTF-16LE. */
export function isEncryptedPackage(buf: Uint8Array): boolean {
  return includes(buf, [...'EncryptedPackage'].join('\0'));
}

export function includes(buf: Uint8Array, text: string): boolean {
  const needle = [...text].map((c) => c.charCodeAt(0));
  const first = needle[0];
  for (let i = buf.indexOf(first); i >= 0 && i <= buf.length - needle.length; i = buf.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && buf[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

/** Loads an .xlsx from bytes, telling apart the ways a file can fail to be one. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) throw new WorkbookReadError('empty');
  // An encrypted .xlsx is an OLE container holding an EncryptedPackage; other OLE files are .xls/.doc.
  if (startsWith(bytes, OLE_MAGIC)) throw new WorkbookReadError(isEncryptedPackage(bytes) ? 'encrypted' : 'not_spreadsheet');
  if (!startsWith(bytes, ZIP_MAGIC)) throw new WorkbookReadError('not_spreadsheet');
  // A whole zip ends with its directory record (within 64 KB of the end); a cut one does not.
  if (lastIndexOf(bytes, EOCD, Math.max(0, bytes.length - 65_557)) < 0) throw new WorkbookReadError('corrupt');
  // Entry names are stored as plain text: a .docx or a plain archive has no workbook part.
  if (!includes(bytes, 'xl/workbook')) throw new WorkbookReadError('not_spreadsheet');
  const wb = new ExcelJS.Workbook();
  try {
    // Whole-column validations and masses of empty rows are tamed first (see xlsxPackage.ts).
    const tamed = await tameXlsxPackage(bytes);
    // ExcelJS's typings name a Node Buffer; its zip reader takes any byte array (Node and browser).
    await wb.xlsx.load(tamed.bytes as unknown as ExcelJS.Buffer);
    tamed.restore(wb);
  } catch (e) {
    // The package names a workbook part, so whatever fails inside is damage, not another format.
    throw new WorkbookReadError('corrupt', e instanceof Error ? e.message : String(e));
  }
  if (wb.worksheets.length === 0) throw new WorkbookReadError('no_sheets');
  return wb;
}

type RawValue = ExcelJS.CellValue | undefined;

/** One ExcelJS value as core sees it: rich text flattened, formula results, hyperlink text, errors. */
export function toCellValue(v: RawValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'object') {
    const o = v as unknown as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as Array<{ text?: string }>).map((p) => p.text ?? '').join('');
    if ('error' in o && typeof o.error === 'string') return { error: o.error };
    if ('formula' in o || 'sharedFormula' in o) return toCellValue(o.result as RawValue);
    if ('hyperlink' in o || 'text' in o) return toCellValue(o.text as RawValue);
  }
  return null;
}

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const raw = (ws as unknown as { _merges?: Record<string, MergeRange> })._merges ?? {};
  return Object.values(raw).map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
}

export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // Merged-over cells echo their master in ExcelJS; in a Grid only the master holds the value.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      out[c - 1] = toCellValue(cell.value);
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    rows[r - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  return { name: ws.name, rows, merges: mergesOf(ws) };
}

export function workbookToGrids(wb: ExcelJS.Workbook): Grid[] {
  return wb.worksheets.map(worksheetToGrid);
}

const NOTE_MARK = '── Phụ lục ──';

/** Paints each marked cell and adds a note; a cell's own note is kept above ours. */
export function applyMarks(wb: ExcelJS.Workbook, marks: readonly CellMark[]): void {
  for (const m of marks) {
    const ws = wb.getWorksheet(m.sheet);
    if (!ws) continue;
    const cell = ws.getCell(m.row, m.column).master;
    // Loaded cells can share one style object; give this one its own before painting it.
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: m.fill } } };
    const own = noteText(cell.note);
    cell.note = own ? `${own}\n${NOTE_MARK}\n${m.note}` : m.note;
  }
}

function noteText(note: ExcelJS.Comment | string | undefined): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}
