/**
 * An .xlsx package made safe for ExcelJS 4.4.0 before it is loaded. ExcelJS expands every
 * data-validation range cell by cell (a drop-down on a whole column is a million entries, a whole
 * sheet seventeen billion) and keeps every row element it reads (a template with a million styled
 * empty rows takes seconds and most of a gigabyte). Here, in the sheet XML:
 *  - a validation over more than LARGE_RANGE_CELLS cells is parked on one far cell, and put back as
 *    the original ranges after loading (`restore`): ExcelJS writes a range key back as that range, so
 *    a highlighted or fixed copy keeps its drop-downs;
 *  - rows after the last row holding a value are dropped when there are more than SPARE_ROWS of them
 *    (their formatting is lost in a written copy; the input is never written).
 * Nothing changes for an ordinary workbook: the same bytes go to ExcelJS. No Node APIs (the panels
 * read returned files through here too).
 */
import JSZip from 'jszip';
import type ExcelJS from 'exceljs';

/** A validation range up to this size is left to ExcelJS. */
export const LARGE_RANGE_CELLS = 10_000;
/** Valueless rows after the data kept as they are (a few formatted blank rows are ordinary). */
export const SPARE_ROWS = 1_000;

const MAX_ROWS = 1_048_576;
const MAX_COLUMN = 'XFD';

export interface TamedPackage {
  bytes: Uint8Array;
  /** Puts parked validations back on their ranges in the loaded workbook. */
  restore(wb: ExcelJS.Workbook): void;
  /** What was changed, for tests and the bench. */
  parked: number;
  droppedRows: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Cells in an sqref list ("A1:B5 D7", whole columns "H:H", whole rows "3:5"). */
export function sqrefCells(sqref: string): number {
  let total = 0;
  for (const part of sqref.trim().split(/\s+/)) {
    const [a, b = a] = part.replace(/\$/g, '').split(':');
    const ca = /^([A-Z]*)(\d*)$/i.exec(a);
    const cb = /^([A-Z]*)(\d*)$/i.exec(b);
    if (!ca || !cb) return Number.POSITIVE_INFINITY; // unreadable: better parked than expanded
    const left = ca[1] ? columnNumber(ca[1]) : 1;
    const right = cb[1] ? columnNumber(cb[1]) : columnNumber(MAX_COLUMN);
    const top = ca[2] ? Number(ca[2]) : 1;
    const bottom = cb[2] ? Number(cb[2]) : MAX_ROWS;
    total += (Math.abs(right - left) + 1) * (Math.abs(bottom - top) + 1);
  }
  return total;
}

/** "H:H" → "H1:H1048576", "3:5" → "A3:XFD5": the forms ExcelJS's range keys take. */
function fullRange(part: string): string {
  const [a, b = a] = part.replace(/\$/g, '').split(':');
  const ca = /^([A-Z]*)(\d*)$/i.exec(a)!;
  const cb = /^([A-Z]*)(\d*)$/i.exec(b)!;
  const tl = `${ca[1] || 'A'}${ca[2] || 1}`;
  const br = `${cb[1] || MAX_COLUMN}${cb[2] || MAX_ROWS}`;
  return tl === br ? tl : `${tl}:${br}`;
}

interface Parked {
  placeholder: string;
  sqref: string;
}

function parkValidations(xml: string, parked: Parked[]): string {
  return xml.replace(/(<dataValidation\b[^>]*?\ssqref=")([^"]*)(")/g, (whole, open: string, sqref: string, close: string) => {
    if (sqrefCells(sqref) <= LARGE_RANGE_CELLS) return whole;
    // One cell per parked validation, far from any table, unique in the workbook.
    const placeholder = `${MAX_COLUMN}${MAX_ROWS - parked.length}`;
    parked.push({ placeholder, sqref });
    return `${open}${placeholder}${close}`;
  });
}

const VALUE_END = ['</v>', '</is>', '</f>', '<f '];

/** Drops the valueless rows after the last row with a value, when there are many. */
function dropSpareRows(xml: string): { xml: string; dropped: number } {
  const dataEnd = xml.indexOf('</sheetData>');
  if (dataEnd < 0) return { xml, dropped: 0 };
  let lastValue = -1;
  for (const mark of VALUE_END) lastValue = Math.max(lastValue, xml.lastIndexOf(mark, dataEnd));
  const sheetData = xml.indexOf('<sheetData');
  const tailStart = lastValue < 0 ? xml.indexOf('>', sheetData) + 1 : xml.indexOf('</row>', lastValue) + '</row>'.length;
  if (tailStart <= 0 || tailStart > dataEnd) return { xml, dropped: 0 };
  let rows = 0;
  for (let i = xml.indexOf('<row', tailStart); i >= 0 && i < dataEnd; i = xml.indexOf('<row', i + 4)) rows++;
  if (rows <= SPARE_ROWS) return { xml, dropped: 0 };
  return { xml: xml.slice(0, tailStart) + xml.slice(dataEnd), dropped: rows };
}

function bytesOf(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

function indexOfBytes(hay: Uint8Array, needle: number[], from = 0): number {
  for (let i = hay.indexOf(needle[0], from); i >= 0 && i <= hay.length - needle.length; i = hay.indexOf(needle[0], i + 1)) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

function hasBytes(hay: Uint8Array, text: string): boolean {
  return indexOfBytes(hay, bytesOf(text)) >= 0;
}

/** More than SPARE_ROWS row elements after the last value: a cheap count on the bytes, from the end. */
function manyTrailingRows(raw: Uint8Array): boolean {
  const row = bytesOf('<row');
  const ends = VALUE_END.map(bytesOf);
  let rows = 0;
  for (let i = raw.length - row.length; i >= 0; i--) {
    if (raw[i] !== 0x3c) continue; // '<'
    if (row.every((b, k) => raw[i + k] === b)) {
      if (++rows > SPARE_ROWS) return true;
    } else if (ends.some((e) => e.every((b, k) => raw[i + k] === b))) return false;
  }
  return false;
}

/** The package as ExcelJS can load it in bounded time; throws when the zip itself cannot be read. */
export async function tameXlsxPackage(bytes: Uint8Array): Promise<TamedPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const parked: Parked[] = [];
  let droppedRows = 0;
  let changed = false;
  const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/i.test(n));
  for (const name of sheets) {
    const raw = await zip.file(name)!.async('uint8array');
    // Most sheets need nothing: look at the bytes, and make a string only of a sheet that will change.
    if (!hasBytes(raw, '<dataValidation ') && !manyTrailingRows(raw)) continue;
    const before = new TextDecoder().decode(raw);
    const spare = dropSpareRows(before);
    const after = before.includes('<dataValidation') ? parkValidations(spare.xml, parked) : spare.xml;
    droppedRows += spare.dropped;
    if (after !== before) {
      zip.file(name, after);
      changed = true;
    }
  }
  const restore = (wb: ExcelJS.Workbook) => {
    if (parked.length === 0) return;
    for (const ws of wb.worksheets) {
      const model = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
      for (const p of parked) {
        const dv = model[p.placeholder];
        if (dv === undefined) continue;
        delete model[p.placeholder];
        for (const part of p.sqref.trim().split(/\s+/)) model[fullRange(part)] = dv;
      }
    }
  };
  if (!changed) return { bytes, restore, parked: 0, droppedRows: 0 };
  const out = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  return { bytes: out, restore, parked: parked.length, droppedRows };
}
