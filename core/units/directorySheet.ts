/** The unit directory a workbook carries: a sheet "Danh mục đơn vị" (Tên chuẩn | Tên khác / viết tắt). */
import { Grid, cellText } from '../model/grid';
import { foldKey } from '../model/text';
import type { UnitEntryInput } from './directory';

export const DIRECTORY_SHEET = 'Danh mục đơn vị';

export function isDirectorySheet(grid: Pick<Grid, 'name'>, sheet: string = DIRECTORY_SHEET): boolean {
  return foldKey(grid.name) === foldKey(sheet);
}

/**
 * Reads entries from a grid with a header row holding "Tên chuẩn" (or "Tên đơn vị") and optionally
 * "Tên khác / viết tắt"; aliases in one cell are separated by ";" or line breaks (commas belong to
 * names such as "Các phòng, đơn vị trực thuộc Sở").
 */
export function entriesFromGrid(grid: Grid): UnitEntryInput[] {
  let nameCol = 0;
  let aliasCol = 0;
  let headerRow = 0;
  for (let r = 0; r < Math.min(grid.rows.length, 10) && !headerRow; r++) {
    grid.rows[r].forEach((v, c) => {
      const k = foldKey(cellText(v));
      if (!nameCol && /^(ten chuan|ten don vi|ten co quan|name)$/.test(k)) nameCol = c + 1;
      if (!aliasCol && /^(ten khac|viet tat|ten khac viet tat|aliases?)/.test(k)) aliasCol = c + 1;
    });
    if (nameCol) headerRow = r + 1;
  }
  if (!nameCol) return [];
  const out: UnitEntryInput[] = [];
  for (let r = headerRow; r < grid.rows.length; r++) {
    const name = cellText(grid.rows[r][nameCol - 1] ?? null)
      .normalize('NFC')
      .trim();
    if (name.length < 2) continue;
    const aliases = aliasCol
      ? cellText(grid.rows[r][aliasCol - 1] ?? null)
          .normalize('NFC')
          .split(/[;\n]/)
          .map((a) => a.trim())
          .filter(Boolean)
      : [];
    out.push({ name, aliases });
  }
  return out;
}
