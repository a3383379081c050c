/** Where a row-level finding is shown: the STT cell, or the table's first column when it has none. */
import type { AppendixTable } from '../read/table';

export function sttColumn(table: AppendixTable): number {
  return table.header.columns.stt ?? table.header.firstColumn;
}

/** Quotes a cell for a message in either language. */
export function q(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return `“${one.length > 40 ? `${one.slice(0, 39)}…` : one}”`;
}
