/** Where a row-level finding is shown: the STT cell, or the table's first column when it has none. */
import type { AppendixTable, TableRow } from '../../read/table';

/** The row's own numbering column when it was numbered in a second one ("Chi tiết"). */
export function sttColumn(table: AppendixTable, row?: TableRow): number {
  return row?.sttColumn ?? table.header.columns.stt ?? table.header.firstColumn;
}

/** Quotes a cell for a message in either language. */
export function q(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return `“${one.length > 40 ? `${one.slice(0, 39)}…` : one}”`;
}
