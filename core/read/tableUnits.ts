/** The unit cells of every row of a table, read once (with the tails page breaks cut off). */
import type { AppendixTable, TableRow } from './table';
import type { UnitCell, UnitReader } from '../units/unitCell';

export interface UnitCellAt {
  cell: UnitCell;
  /** The cell as written in the row itself. */
  raw: string;
  /** Part of the cell sits in a continuation row below: fixes wait for the rows to be merged. */
  hasTail: boolean;
}

export interface RowUnits {
  index: number;
  row: TableRow;
  chuTri?: UnitCellAt;
  phoiHop?: UnitCellAt;
}

function carriesUnits(r: TableRow): boolean {
  return r.kind === 'group' || r.kind === 'task' || r.kind === 'subtask' || r.kind === 'unnumbered' || r.kind === 'malformed' || r.kind === 'span';
}

/** Read anew on each call: rules read it once per table through SheetSource. */
export function rowUnitsOf(table: AppendixTable, reader: UnitReader): RowUnits[] {
  const out: RowUnits[] = [];
  // Tails of cut rows, by the row they continue.
  const tails = new Map<number, TableRow[]>();
  for (const r of table.rows) {
    if (r.kind !== 'continuation' || r.continues === undefined) continue;
    const list = tails.get(r.continues) ?? [];
    list.push(r);
    tails.set(r.continues, list);
  }
  table.rows.forEach((row, index) => {
    if (!carriesUnits(row)) return;
    const entry: RowUnits = { index, row };
    for (const role of ['chuTri', 'phoiHop'] as const) {
      if (table.header.columns[role] === undefined) continue;
      const own = row.cells[role];
      const extra = (tails.get(row.row) ?? []).map((t) => t.cells[role]).filter((t): t is string => !!t);
      if (own === undefined && extra.length === 0) continue;
      // A line break, not a space: the reader tells a cut name ("…báo chí trung⏎ương") from a new unit.
      const joined = [own ?? '', ...extra].join('\n').trim();
      entry[role] = { cell: reader.read(joined), raw: own ?? '', hasTail: extra.length > 0 };
    }
    out.push(entry);
  });
  return out;
}
