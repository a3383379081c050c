import { a1, type CellValue, type Grid } from '../../core';
/**
 * Reading a sheet through Office.js: the used range's values as a Grid. Excel on the web refuses
 * requests and responses over 5 MB; a sheet too large for one response is read again in row blocks.
 */

/** The part of Office.js used here: `Excel.run`, and the requirement-set check. Tests pass a faithful fake. */
export interface ExcelLike {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported; absent means "assume the manifest's minimum". */
  isSetSupported?(name: string, version: string): boolean;
}

/** Excel's values (rows of the used range) placed where they sit on the sheet. */
export function gridFromUsedRange(name: string, values: unknown[][], rowIndex: number, columnIndex: number): Grid {
  const rows: CellValue[][] = [];
  for (let r = 0; r < rowIndex; r++) rows.push([]);
  for (const line of values) {
    const row: CellValue[] = new Array(columnIndex).fill(null);
    for (const v of line) row.push(toCellValue(v));
    rows.push(row);
  }
  return { name, rows, merges: [] };
}

function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string') return /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!|GETTING_DATA)$/.test(v) ? { error: v } : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
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

/** Cells per block when a sheet must be read in parts; halved again while Excel still refuses. */
const BLOCK_CELLS = 100_000;

/** Reads a used range in row blocks, one sync each: for sheets over the 5 MB response limit. */
export async function readUsedInBlocks(ctx: Excel.RequestContext, ws: Excel.Worksheet, name: string): Promise<Grid | null> {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
  await ctx.sync();
  if (used.isNullObject) return null;
  const values: unknown[][] = [];
  let rows = Math.max(1, Math.floor(BLOCK_CELLS / Math.max(1, used.columnCount)));
  for (let done = 0; done < used.rowCount; ) {
    const take = Math.min(rows, used.rowCount - done);
    const block = rangeAt(ws, used.rowIndex + done + 1, used.columnIndex + 1, take, used.columnCount);
    block.load('values');
    try {
      await ctx.sync();
    } catch (e) {
      if (!isPayloadTooLarge(e) || take === 1) throw e;
      rows = Math.max(1, Math.floor(take / 2));
      continue;
    }
    values.push(...(block.values as unknown[][]));
    done += take;
  }
  return gridFromUsedRange(name, values, used.rowIndex, used.columnIndex);
}

/**
 * Keeps a batch of writes under the request limit: the caller reports the size of what it queued and
 * a sync is sent before the next write would pass the limit. Small sheets never sync here.
 */
export class WriteBudget {
  private bytes = 0;
  syncs = 0;
  constructor(private readonly ctx: Excel.RequestContext, private readonly limit = 4 * 1024 * 1024) {}
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
