/**
 * The groups of a two-row header: an upper label standing over several sub-labels ("Đơn vị thực
 * hiện" over "Chủ trì | Phối hợp", "Cấp trình và thời gian trình" over "Bộ trưởng | Chính phủ | Thủ
 * tướng Chính phủ"). In a sheet the upper cell is merged across, or centred across the selection, or
 * simply followed by empty cells; all three read the same here.
 */
import { CellRange, Grid, textAt } from '../model/grid';

/**
 * Header groups of the upper row `top` over the row `sub`: merged ranges across, and, where no merge
 * is kept, a label followed by empty upper cells when the row below labels both the label's own
 * column and the empty ones after it.
 */
export function headerGroups(grid: Grid, top: number, sub: number, lastColumn: number): CellRange[] {
  const merged = grid.merges.filter((m) => m.top === top && m.right > m.left);
  const groups: CellRange[] = [...merged];
  const inMerge = (c: number) => merged.some((m) => m.left <= c && c <= m.right);
  const upper = (c: number) => textAt(grid, top, c).trim();
  const lower = (c: number) => textAt(grid, sub, c).trim();
  for (let c = 1; c <= lastColumn; c++) {
    if (!upper(c) || !lower(c) || inMerge(c)) continue;
    let right = c;
    while (right + 1 <= lastColumn + 1 && !upper(right + 1) && lower(right + 1) && !inMerge(right + 1)) right++;
    if (right > c) groups.push({ top, left: c, bottom: top, right });
    c = right;
  }
  return groups;
}
