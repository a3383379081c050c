/**
 * A row's time when the header spreads it over level columns (header.timeLevels: "Bộ trưởng | Chính
 * phủ | Thủ tướng Chính phủ" under "Cấp trình và thời gian trình", corpus 18): the last filled level is
 * where the task ends, so it is the task's time; the column it was read from goes with it.
 */
import { Grid, cellAt, cellText, isBlank } from '../model/grid';
import type { HeaderRow } from './header';
import type { TableRow } from './table';

export function readLevelTime(grid: Grid, header: HeaderRow, tr: TableRow): void {
  const levels = header.timeLevels;
  if (!levels) return;
  delete tr.cells.time;
  for (let i = levels.length - 1; i >= 0; i--) {
    const v = cellAt(grid, tr.row, levels[i]);
    if (isBlank(v)) continue;
    tr.cells.time = cellText(v);
    tr.timeColumn = levels[i];
    if (typeof v !== 'string') tr.timeValue = v;
    return;
  }
}
