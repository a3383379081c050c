/**
 * Settling an ambiguous column label by what its cells hold: "Tiến độ" over "Quý II/2026" is a
 * deadline, over "Đã hoàn thành" a status; "Kết quả" over "Nghị định của Chính phủ" a planned output,
 * over "Đã ban hành Quyết định số 12" a reported result.
 */
import { Grid, cellAt, cellText } from '../model/grid';
import { foldKey } from '../model/text';
import { parseStatus } from '../consolidate/status';
import { parseTimeFrame } from '../time/timeFrame';
import type { ColumnRole, HeaderRow } from './header';

/** Enough cells to judge a column; a long table says the same thing all the way down. */
const SAMPLE = 200;

/** The role one cell speaks for among the candidates, or undefined when it does not tell. */
export function roleOfCell(text: string, candidates: readonly ColumnRole[]): ColumnRole | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const status = parseStatus(t).status !== undefined;
  const has = (r: ColumnRole) => candidates.includes(r);
  if (has('time') && has('status')) {
    const frame = parseTimeFrame(t);
    const time = !!frame && frame.kind !== 'unknown';
    // "Hoàn thành trước 30/6/2026" says both: it decides nothing.
    if (time === status) return undefined;
    return time ? 'time' : 'status';
  }
  if (has('status') && has('result')) return status && t.length <= 40 ? 'status' : t.length >= 12 ? 'result' : undefined;
  if (has('output') && has('result')) return status || /^(da|dang|chua)\b/.test(foldKey(t.slice(0, 12))) ? 'result' : 'output';
  return undefined;
}

/** The role most of a column's cells speak for, when they are at least half of its filled cells. */
export function roleOfColumn(texts: readonly string[], candidates: readonly ColumnRole[]): ColumnRole | undefined {
  const counts = new Map<ColumnRole, number>();
  let filled = 0;
  for (const t of texts) {
    if (!t.trim()) continue;
    filled++;
    const r = roleOfCell(t, candidates);
    if (r) counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return undefined;
  if (ranked.length > 1 && ranked[1][1] === ranked[0][1]) return undefined;
  return ranked[0][1] * 2 >= filled ? ranked[0][0] : undefined;
}

/** The header with each ambiguous column given the role its body cells speak for. */
export function settleColumnRoles(grid: Grid, header: HeaderRow, firstRow: number, lastRow: number): HeaderRow {
  if (!header.ambiguous?.length) return header;
  const columns = { ...header.columns };
  let otherColumns = header.otherColumns;
  const byContent: Partial<Record<ColumnRole, number>> = {};
  for (const { column, roles } of header.ambiguous) {
    const texts: string[] = [];
    for (let r = firstRow; r <= lastRow && texts.length < SAMPLE; r++) {
      const t = cellText(cellAt(grid, r, column));
      if (t.trim()) texts.push(t);
    }
    const role = roleOfColumn(texts, roles);
    if (!role) continue;
    const current = (Object.entries(columns) as Array<[ColumnRole, number]>).find(([, c]) => c === column)?.[0];
    if (current === role) continue;
    // The role is another column's by its plain label ("Thời hạn" beside a "Tiến độ" of dates): that one keeps it.
    if (columns[role] !== undefined) continue;
    if (current) delete columns[current];
    columns[role] = column;
    byContent[role] = column;
    otherColumns = otherColumns.filter((c) => c !== column);
  }
  if (Object.keys(byContent).length === 0) return header;
  return { ...header, columns, otherColumns, byContent };
}
