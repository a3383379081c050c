/** Finding an appendix table's header row by its labels, and what each column holds. */
import { Grid, columnCount, textAt } from './grid';
import { foldKey } from './text';

export type ColumnRole =
  | 'stt'
  | 'content'
  | 'chuTri'
  | 'phoiHop'
  | 'time'
  | 'result'
  | 'status'
  | 'chiDao'
  | 'authority'
  | 'note';

/** Labels compare on the folded key (no marks, lower case), so "THỜI GIAN" and "Thoi gian" match. */
const ROLE_PATTERNS: Array<[ColumnRole, RegExp]> = [
  ['stt', /^(s\s?tt|t\s?t|so tt|so thu tu)$/],
  ['chuTri', /(chu tri|(co quan|don vi) thuc hien$|^thuc hien$)/],
  ['phoiHop', /phoi hop/],
  ['chiDao', /chi dao/],
  ['status', /^(tinh trang|tien do thuc hien|tinh hinh thuc hien|ket qua tien do|trang thai)/],
  ['time', /^(thoi gian|thoi han|tien do$|han hoan thanh|moc thoi gian)/],
  ['result', /(ket qua|san pham)/],
  ['content', /^(noi dung|ten nhiem vu|ten van ban|nhiem vu|ten de an|ten cong viec|cong viec)/],
  ['authority', /tham quyen/],
  ['note', /^ghi chu/],
];

export const ROLE_LABELS: Record<ColumnRole, { vi: string; en: string }> = {
  stt: { vi: 'STT', en: 'No.' },
  content: { vi: 'Nội dung', en: 'Content' },
  chuTri: { vi: 'Cơ quan chủ trì', en: 'Lead unit' },
  phoiHop: { vi: 'Cơ quan phối hợp', en: 'Cooperating units' },
  time: { vi: 'Thời gian', en: 'Time frame' },
  result: { vi: 'Kết quả/Sản phẩm', en: 'Result/Output' },
  status: { vi: 'Tình trạng', en: 'Status' },
  chiDao: { vi: 'Cơ quan chỉ đạo', en: 'Directing body' },
  authority: { vi: 'Thẩm quyền ban hành', en: 'Issuing authority' },
  note: { vi: 'Ghi chú', en: 'Notes' },
};

/** What a label cell stands for, or undefined. Long cells are text, not labels. */
export function roleOfLabel(label: string): ColumnRole | undefined {
  const key = foldKey(label);
  if (!key || key.length > 60) return undefined;
  for (const [role, re] of ROLE_PATTERNS) if (re.test(key)) return role;
  return undefined;
}

export interface HeaderRow {
  row: number;
  /** Role → 1-based column. */
  columns: Partial<Record<ColumnRole, number>>;
  /** Columns with a label this reader does not know. */
  otherColumns: number[];
  firstColumn: number;
  lastColumn: number;
}

/** Reads one row as a header; needs at least three known labels and one of them STT or content. */
export function readHeaderRow(grid: Grid, row: number, width = columnCount(grid)): HeaderRow | undefined {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const otherColumns: number[] = [];
  let found = 0;
  let firstColumn = 0;
  let lastColumn = 0;
  for (let c = 1; c <= width; c++) {
    const text = textAt(grid, row, c).trim();
    if (!text) continue;
    const role = roleOfLabel(text);
    if (role && columns[role] === undefined) {
      columns[role] = c;
      found++;
    } else {
      otherColumns.push(c);
    }
    if (!firstColumn) firstColumn = c;
    lastColumn = c;
  }
  if (found < 3 || (columns.stt === undefined && columns.content === undefined)) return undefined;
  // A header row is labels; a task row full of text that happens to match is not.
  if (otherColumns.length > found) return undefined;
  return { row, columns, otherColumns, firstColumn, lastColumn };
}

/** Same labels in the same columns: a header repeated at a page break. */
export function sameLayout(a: HeaderRow, b: HeaderRow): boolean {
  const ka = Object.entries(a.columns).sort().join('|');
  const kb = Object.entries(b.columns).sort().join('|');
  return ka === kb;
}

/** The first rows a header is looked for in. */
export const HEADER_SEARCH_ROWS = 30;
