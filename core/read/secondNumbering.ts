/**
 * A second numbering column beside STT ("TT | Chi tiết"): groups numbered in one, their items in the
 * other. Rows numbered only in the second column are numbered rows, not rows missing their number.
 */
import { Grid, cellAt, cellText, isBlank } from '../model/grid';
import { foldKey } from '../model/text';
import type { HeaderRow } from './header';
import { parseStt } from './stt';

/** Labels a second numbering column goes by. */
const LABEL = /^(chi tiet|tt chi tiet|stt chi tiet|so thu tu chi tiet|so tt chi tiet|muc|tieu muc|tt con|so hieu)$/;

/** Cells that are a number alone ("1", "1.2", "a)"), not text that starts with one. */
function isNumberCell(v: ReturnType<typeof cellAt>): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 && v < 1000;
  const t = cellText(v).trim();
  if (!t || t.length > 8) return false;
  const p = parseStt(t);
  return !!p.token && !p.rest;
}

/**
 * The column beside STT that numbers the rows STT leaves blank: by its label ("Chi tiết") with at least
 * one number under it, or by its cells (mostly bare numbers, and at least two of them where STT is blank).
 */
export function secondSttColumn(grid: Grid, header: HeaderRow, firstRow: number, lastRow: number): number | undefined {
  const stt = header.columns.stt;
  if (stt === undefined) return undefined;
  for (const c of [stt + 1, stt - 1]) {
    if (c < 1 || !header.otherColumns.includes(c)) continue;
    const label = foldKey(cellText(cellAt(grid, header.row, c)) || cellText(cellAt(grid, header.lastRow, c)));
    let filled = 0;
    let numbers = 0;
    let alone = 0;
    for (let r = firstRow; r <= lastRow; r++) {
      const v = cellAt(grid, r, c);
      if (isBlank(v)) continue;
      filled++;
      if (!isNumberCell(v)) continue;
      numbers++;
      if (isBlank(cellAt(grid, r, stt))) alone++;
    }
    if (LABEL.test(label) && numbers > 0) return c;
    if (alone >= 2 && numbers >= 0.8 * filled) return c;
  }
  return undefined;
}
