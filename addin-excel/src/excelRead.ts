import { a1, type CellValue, type Grid } from '../../core';
import { jsonBytes } from './excelPayload';
/**
 * Reading a sheet through Office.js: the used range's values as a Grid. Excel on the web refuses
 * requests and responses over 5 MB; a sheet too large for one response is read again in row blocks.
 */

/** The part of Office.js used here: `Excel.run`, and the requirement-set check. Tests pass a faithful fake. */
export interface ExcelLike {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.platform ("OfficeOnline" for Excel on the web, where requests are limited in size). */
  platform?: string;
  /** Office.context.requirements.isSetSupported; absent means "assume the manifest's minimum". */
  isSetSupported?(name: string, version: string): boolean;
}

/** Excel's values (rows of the used range) placed where they sit on the sheet. */
export function gridFromUsedRange(name: string, values: unknown[][], rowIndex: number, columnIndex: number): Grid {
  const rows: CellValue[][] = [];
  for (let r = 0; r < rowIndex; r++) rows.push([]);
  for (const line of values) {
    const row = new Array<CellValue>(columnIndex).fill(null);
    for (const v of line) row.push(toCellValue(v));
    rows.push(row);
  }
  return { name, rows, merges: [] };
}

function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string')
    return /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!|GETTING_DATA)$/.test(v) ? { error: v } : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  // Office answers strings, numbers and booleans; anything else is kept as its JSON text.
  return JSON.stringify(v) ?? null;
}

/** A value as Excel takes it back: text, number, boolean or empty. */
export function toExcelValue(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v.error;
}

export function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded' || code === 'RangeExceedsLimit';
}

/** A sheet address Excel accepts: the name quoted, quotes doubled. */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

export interface UsedRead {
  /** Call after the sync that carried the load; null when the sheet is empty. */
  grid(): Grid | null;
}

/** Queues the read of a sheet's used values; nothing leaves until the caller syncs. */
export function queueUsedRead(ws: Excel.Worksheet, name: () => string): UsedRead {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load(['values', 'rowIndex', 'columnIndex']);
  return { grid: () => (used.isNullObject ? null : gridFromUsedRange(name(), used.values as unknown[][], used.rowIndex, used.columnIndex)) };
}

/** A block of cells by 1-based position, through getRange (ExcelApi 1.1, where getRangeByIndexes needs 1.7). */
export function rangeAt(ws: Excel.Worksheet, row: number, column: number, rows = 1, columns = 1): Excel.Range {
  return ws.getRange(rows === 1 && columns === 1 ? a1(row, column) : `${a1(row, column)}:${a1(row + rows - 1, column + columns - 1)}`);
}

/** Rows of the used range read in the first sync on Excel on the web, before the sheet's size is known. */
export const HEAD_ROWS = 1000;

export type SheetProp = 'values' | 'formulas' | 'numberFormat';

/** A sheet's used range as read: each property's rows, from the used range's first cell. */
export interface SheetData {
  name: string;
  /** 0-based position of the used range's first cell. */
  rowIndex: number;
  columnIndex: number;
  rows: Partial<Record<SheetProp, unknown[][]>>;
}

export function gridOf(data: SheetData): Grid {
  return gridFromUsedRange(data.name, data.rows.values ?? [], data.rowIndex, data.columnIndex);
}

export interface QueuedSheetRead {
  /** After the sync that carried the first load: the rest in blocks under the limit; null when the sheet is empty. */
  finish(): Promise<SheetData | null>;
}

/**
 * Queues a sheet's read. On the desktop (no limit) the whole used range comes in the caller's sync.
 * On Excel on the web the first sync brings the used range's size and its first `head` rows; the
 * rest follows in blocks whose size comes from the bytes per row measured so far, each under the
 * limit (halved again should Excel still refuse one).
 */
export function queueSheetRead(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  name: () => string,
  limit: number,
  props: SheetProp[] = ['values'],
  head = HEAD_ROWS,
): QueuedSheetRead {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
  const whole = limit === Infinity;
  if (whole) used.load(props);
  const first = !whole && head > 0 ? used.getIntersectionOrNullObject(`1:${head}`) : undefined;
  first?.load([...props, 'rowCount']);
  return {
    async finish() {
      if (used.isNullObject) return null;
      const data: SheetData = { name: name(), rowIndex: used.rowIndex, columnIndex: used.columnIndex, rows: {} };
      if (whole) {
        for (const p of props) data.rows[p] = used[p] as unknown[][];
        return data;
      }
      for (const p of props) data.rows[p] = [];
      let done = 0;
      let perRow = 64;
      if (first && !first.isNullObject) {
        let bytes = 0;
        for (const p of props) {
          const rows = first[p] as unknown[][];
          data.rows[p]!.push(...rows);
          bytes += jsonBytes(rows);
        }
        done = first.rowCount;
        perRow = Math.max(perRow, (bytes / Math.max(1, done)) * 1.5);
      }
      let take = Math.max(1, Math.floor((limit * 0.8) / perRow));
      while (done < used.rowCount) {
        const n = Math.min(take, used.rowCount - done);
        const block = rangeAt(ws, used.rowIndex + done + 1, used.columnIndex + 1, n, used.columnCount);
        block.load(props);
        try {
          await ctx.sync();
        } catch (e) {
          if (!isPayloadTooLarge(e) || n === 1) throw e;
          take = Math.max(1, Math.floor(n / 2));
          continue;
        }
        let bytes = 0;
        for (const p of props) {
          const rows = block[p] as unknown[][];
          data.rows[p]!.push(...rows);
          bytes += jsonBytes(rows);
        }
        done += n;
        // Later rows may be longer: the block size follows what was read.
        take = Math.max(1, Math.floor((limit * 0.8) / Math.max(64, (bytes / n) * 1.5)));
      }
      return data;
    },
  };
}

/**
 * Keeps a batch of writes under the request limit: the caller reports the size of what it queued and
 * a sync is sent before the next write would pass the limit. Small sheets never sync here.
 */
export class WriteBudget {
  private bytes = 0;
  syncs = 0;
  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly limit = 4 * 1024 * 1024,
  ) {}
  async add(bytes: number): Promise<void> {
    if (this.bytes + bytes > this.limit && this.bytes > 0) {
      await this.ctx.sync();
      this.syncs++;
      this.bytes = 0;
    }
    this.bytes += bytes;
  }
}

/** About what a value costs in a request: its JSON plus the operation around it. */
export function sizeOf(v: unknown): number {
  return 120 + (typeof v === 'string' ? v.length * 2 : JSON.stringify(v ?? null).length);
}
