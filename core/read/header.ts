/** Finding an appendix table's header row by its labels, and what each column holds. */
import { Grid, columnCount, textAt } from '../model/grid';
import { foldKey } from '../model/text';
import { parseStt } from './stt';
import { headerGroups, timeLevelColumns } from './headerGroups';

export type ColumnRole =
  | 'stt'
  | 'content'
  | 'chuTri'
  | 'phoiHop'
  | 'time'
  /** The planned output, part of the plan: "Sản phẩm", "Kết quả yêu cầu/dự kiến". */
  | 'output'
  /** The reported result, filled in later: "Kết quả thực hiện/đạt được/hiện nay". */
  | 'result'
  | 'status'
  | 'chiDao'
  | 'authority'
  | 'note';

/** Labels compare on the folded key (no marks, lower case), so "THỜI GIAN" and "Thoi gian" match. */
const ROLE_PATTERNS: Array<[ColumnRole, RegExp]> = [
  ['stt', /^(s\s?tt|t\s?t|so tt|so thu tu)$/],
  // "Đơn vị phụ trách" is the lead under another name; "Lãnh đạo phụ trách" names a person, not a unit, and is not one.
  ['chuTri', /(chu tri|(co quan|don vi) thuc hien$|^thuc hien$|^(co quan|don vi|bo|so|ban|phong) phu trach)/],
  // "Đơn vị cho ý kiến" (units giving opinions on a draft) plays the cooperating role under another name.
  ['phoiHop', /(phoi hop|cho y kien)/],
  ['chiDao', /chi dao/],
  ['status', /^(tinh trang|tien do thuc hien|tinh hinh thuc hien|ket qua tien do|trang thai)/],
  ['time', /^(thoi gian|thoi han|tien do$|tien do hoan thanh|han hoan thanh|moc thoi gian)/],
  ['result', /^(ket qua|san pham)\s*(thuc hien|dat duoc|hien nay|da dat|bao cao|trien khai)/],
  ['output', /(ket qua|san pham)/],
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
  output: { vi: 'Sản phẩm/Kết quả dự kiến', en: 'Planned output' },
  result: { vi: 'Kết quả thực hiện', en: 'Reported result' },
  status: { vi: 'Tình trạng', en: 'Status' },
  chiDao: { vi: 'Cơ quan chỉ đạo', en: 'Directing body' },
  authority: { vi: 'Thẩm quyền ban hành', en: 'Issuing authority' },
  note: { vi: 'Ghi chú', en: 'Notes' },
};

/** What a label cell stands for, or undefined. Long cells are text, not labels. */
export function roleOfLabel(label: string): ColumnRole | undefined {
  if (label.length > 80) return undefined;
  // Column numbers under or beside a label ("TT\n(1)", "Thời gian [5]") are not part of it.
  const key = foldKey(label.replace(/[([]\s*\d{1,2}\s*[)\]]/g, ' '));
  if (!key || key.length > 60) return undefined;
  for (const [role, re] of ROLE_PATTERNS) if (re.test(key)) return role;
  return undefined;
}

/**
 * Labels that name one of several roles, by table: "Tiến độ" is a deadline in a plan and a status in
 * a report; "Tình hình thực hiện" a status word or a report; "Kết quả" a planned output or a
 * reported one. The label's own role (above) stands until the column's cells say otherwise.
 */
const AMBIGUOUS: Array<[RegExp, ColumnRole[]]> = [
  [/^tien do( thuc hien| trien khai)?$/, ['time', 'status']],
  [/^tinh hinh thuc hien$/, ['status', 'result']],
  [/^ket qua$/, ['output', 'result']],
];

/** The roles an ambiguous label may stand for, or undefined when the label is plain. */
export function rolesOfAmbiguousLabel(label: string): ColumnRole[] | undefined {
  const key = foldKey(label.replace(/[([]\s*\d{1,2}\s*[)\]]/g, ' '));
  return AMBIGUOUS.find(([re]) => re.test(key))?.[1];
}

export interface HeaderRow {
  row: number;
  /** The last row of the header: row + 1 when a second row carries sub-labels or column numbers. */
  lastRow: number;
  /** The layout of the first header row alone, to recognise it when it repeats at a page break. */
  topColumns: Partial<Record<ColumnRole, number>>;
  /** Role → 1-based column. */
  columns: Partial<Record<ColumnRole, number>>;
  /** Columns with a label this reader does not know. */
  otherColumns: number[];
  /** Columns whose label is ambiguous, with the roles it may stand for; settled by content (columnContent.ts). */
  ambiguous?: Array<{ column: number; roles: ColumnRole[] }>;
  /** A second numbering column beside STT ("Chi tiết"): it numbers the rows STT leaves blank (secondNumbering.ts). */
  secondStt?: number;
  /**
   * A time spread over level columns ("Bộ trưởng | Chính phủ | Thủ tướng Chính phủ" under "Cấp trình và
   * thời gian trình"): each row's time is its last filled level (the `time` column is the first level).
   */
  timeLevels?: number[];
  /** Roles decided by what the column holds rather than by its label alone. */
  byContent?: Partial<Record<ColumnRole, number>>;
  firstColumn: number;
  lastColumn: number;
}

/** Reads one row as a header; needs at least three known labels and one of them STT or content. */
export function readHeaderRow(grid: Grid, row: number, width = columnCount(grid)): HeaderRow | undefined {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const otherColumns: number[] = [];
  const ambiguous: Array<{ column: number; roles: ColumnRole[] }> = [];
  let found = 0;
  let firstColumn = 0;
  let lastColumn = 0;
  for (let c = 1; c <= width; c++) {
    const text = textAt(grid, row, c).trim();
    if (!text) continue;
    const role = roleOfLabel(text);
    const roles = role ? rolesOfAmbiguousLabel(text) : undefined;
    if (roles) ambiguous.push({ column: c, roles });
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
  // A header row is labels; a task row full of text that happens to match is not. Many unknown
  // columns (budget by year…) are fine when the core labels are there.
  const core = columns.chuTri !== undefined || columns.phoiHop !== undefined || columns.time !== undefined;
  if (otherColumns.length > found && !(core && columns.content !== undefined)) return undefined;
  const h: HeaderRow = { row, lastRow: row, columns, topColumns: { ...columns }, otherColumns, firstColumn, lastColumn };
  if (ambiguous.length) h.ambiguous = ambiguous;
  return h;
}

/** Same labels in the same columns: a header repeated at a page break. */
export function sameLayout(a: HeaderRow, b: HeaderRow): boolean {
  const ka = Object.entries(a.topColumns).sort().join('|');
  const kb = Object.entries(b.topColumns).sort().join('|');
  return ka === kb;
}

/**
 * The header again, with one label left out where its cell is blank: the repeat printed under each
 * group title, whose STT cell belongs to the group's number merged down over it or is left empty
 * ("I | Phát triển …" over "   | Nội dung | Đơn vị thực hiện | …"). Every label it has sits where the
 * first header has it.
 */
export function repeatsHeader(first: HeaderRow, h: HeaderRow, grid: Grid): boolean {
  if (sameLayout(first, h)) return true;
  const own = Object.entries(h.topColumns) as Array<[ColumnRole, number]>;
  if (own.length < 3 || own.some(([role, c]) => first.topColumns[role] !== c)) return false;
  const missing = (Object.entries(first.topColumns) as Array<[ColumnRole, number]>).filter(([role]) => h.topColumns[role] === undefined);
  return missing.length === 1 && !textAt(grid, h.row, missing[0][1]).trim();
}

/**
 * The row under a header, when it belongs to it: sub-labels of a two-row header ("Cơ quan thực
 * hiện" over "Chủ trì | Phối hợp") or column numbers ("1 | 2 | 3", "(1) | (2)").
 */
export function extendHeader(grid: Grid, h: HeaderRow, width = columnCount(grid)): HeaderRow {
  const sub = extendOnce(grid, h, width);
  // Column numbers under a two-row header ("Cơ quan thực hiện" over "Chủ trì | Phối hợp").
  return sub.lastRow > h.lastRow && isColumnNumberRow(grid, sub.lastRow + 1, width) ? { ...sub, lastRow: sub.lastRow + 1 } : sub;
}

/** A row of column numbers: at least three cells, each "n", "(n)" or "[n]", numbered one after another. */
export function isColumnNumberRow(grid: Grid, r: number, width = columnCount(grid)): boolean {
  const values: number[] = [];
  for (let c = 1; c <= width; c++) {
    const t = textAt(grid, r, c).trim();
    if (!t) continue;
    const m = /^[([]?\s*(\d{1,2})\s*[)\]]?$/.exec(t);
    if (!m) return false;
    values.push(Number(m[1]));
  }
  return values.length >= 3 && values.every((v, i) => i === 0 || v === values[i - 1] + 1);
}

function extendOnce(grid: Grid, h: HeaderRow, width: number): HeaderRow {
  const r = h.lastRow + 1;
  const cells: Array<[number, string]> = [];
  for (let c = 1; c <= width; c++) {
    const t = textAt(grid, r, c).trim();
    if (t) cells.push([c, t]);
  }
  if (cells.length === 0) return h;
  const numbers = cells.every(([, t]) => /^[([]?\s*\d{1,2}\s*[)\]]?$/.test(t));
  if (numbers && cells.length >= 3) {
    const values = cells.map(([, t]) => Number(t.replace(/\D/g, '')));
    if (values.every((v, i) => i === 0 || v > values[i - 1])) return { ...h, lastRow: r };
  }
  // A group row ("I | Nhiệm vụ chung") is not a sub-header: no number, and only sub-labels count.
  if (cells.some(([, t]) => parseStt(t).token)) return h;
  // Nor is a group title with no number ("Nhiệm vụ giao Bộ trưởng … chỉ đạo"): sub-labels are short, and never under the content.
  if (cells.some(([c, t]) => c === h.columns.content || t.length > 40)) return h;
  const roles = cells.map(([c, t]) => [c, roleOfLabel(t)] as const).filter(([, role]) => role !== undefined && role !== 'stt' && role !== 'content');
  if ((roles.length === 0 || roles.length < cells.length / 2) && !subLabelsUnderMerges(grid, h, r, cells)) return h;
  const columns = { ...h.columns };
  const ambiguous = (h.ambiguous ?? []).filter((a) => !roles.some(([c]) => c === a.column));
  for (const [c, role] of roles) {
    if (role === 'stt' || role === 'content') continue;
    // The sub-label names the column; a generic label above ("Cơ quan thực hiện") gives way.
    for (const [k, v] of Object.entries(columns)) if (v === c && k !== role) delete columns[k as ColumnRole];
    columns[role!] = c;
    const may = rolesOfAmbiguousLabel(cells.find(([cc]) => cc === c)![1]);
    if (may) ambiguous.push({ column: c, roles: may });
  }
  const out: HeaderRow = { ...h, lastRow: r, columns, lastColumn: Math.max(h.lastColumn, ...cells.map(([c]) => c)) };
  const levels = columns.time === undefined ? timeLevelColumns(grid, h.row, r, out.lastColumn, (t) => roleOfLabel(t) !== undefined) : undefined;
  if (levels) {
    columns.time = levels[0];
    out.timeLevels = levels;
  }
  if (ambiguous.length) out.ambiguous = ambiguous;
  else delete out.ambiguous;
  return out;
}

/**
 * Sub-labels of merged headers ("Kinh phí" over "Tổng số | Ngân sách tỉnh | Khác"): short cells only
 * under a header group (headerGroups.ts: merged across, or a label over blank cells when the merge is
 * not kept) or under blank header cells, with nothing in the STT and content columns.
 */
function subLabelsUnderMerges(grid: Grid, h: HeaderRow, r: number, cells: Array<[number, string]>): boolean {
  if (h.lastRow !== h.row) return false;
  const groups = headerGroups(grid, h.row, r, h.lastColumn);
  if (groups.length === 0) return false;
  const under = (c: number) => groups.some((m) => m.left <= c && c <= m.right);
  if (!cells.some(([c]) => under(c))) return false;
  for (const [c, t] of cells) {
    if (c === h.columns.stt || c === h.columns.content) return false;
    if (t.length > 40 || /^\d/.test(t) || !(under(c) || !textAt(grid, h.row, c).trim())) return false;
  }
  return true;
}

/** The first rows a header is looked for in. */
export const HEADER_SEARCH_ROWS = 200;
