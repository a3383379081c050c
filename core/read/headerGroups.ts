/**
 * The groups of a two-row header: an upper label standing over several sub-labels ("Đơn vị thực
 * hiện" over "Chủ trì | Phối hợp", "Cấp trình và thời gian trình" over "Bộ trưởng | Chính phủ | Thủ
 * tướng Chính phủ"). In a sheet the upper cell is merged across, or centred across the selection, or
 * simply followed by empty cells; all three read the same here.
 */
import { CellRange, Grid, textAt } from '../model/grid';
import { foldKey } from '../model/text';

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

/** Sub-labels that split a time into its start and end ("Bắt đầu | Hoàn thành"): not levels of one time. */
const START_END = /^(bat dau|ket thuc|hoan thanh|khoi cong|tu ngay|den ngay|tu|den)\b/;

/**
 * A time spread over several level columns: "Cấp trình và thời gian trình" over "Bộ trưởng | Chính
 * phủ | Thủ tướng Chính phủ", each holding the month the draft goes to that level. The columns in
 * order, or undefined when the header has no such group. Sub-labels with a role of their own, or a
 * start and an end, are not levels.
 */
export function timeLevelColumns(grid: Grid, top: number, sub: number, lastColumn: number, hasRole: (label: string) => boolean): number[] | undefined {
  for (const g of headerGroups(grid, top, sub, lastColumn)) {
    const upper = foldKey(textAt(grid, top, g.left));
    if (!/\bthoi gian\b/.test(upper)) continue;
    const levels: number[] = [];
    let plain = true;
    for (let c = g.left; c <= g.right; c++) {
      const label = textAt(grid, sub, c).trim();
      if (!label) continue;
      if (hasRole(label) || START_END.test(foldKey(label))) plain = false;
      levels.push(c);
    }
    if (plain && levels.length >= 2) return levels;
  }
  return undefined;
}
