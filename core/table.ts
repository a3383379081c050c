/** Reading the appendix tables of a sheet: header, row kinds, numbering hierarchy. */
import { CellValue, Grid, MergeIndex, cellAt, cellText, columnCount, isBlank } from './grid';
import { ColumnRole, HEADER_SEARCH_ROWS, HeaderRow, readHeaderRow, roleOfLabel, sameLayout } from './header';
import { SttParse, levelOf, parseStt, resolveGroupLetter } from './stt';
import { startsLowercase, stripMarkup } from './text';

export type RowKind =
  | 'group'
  | 'task'
  | 'subtask'
  /** A row cut by a page break: the tail of the row above. */
  | 'continuation'
  | 'repeatedHeader'
  | 'blank'
  /** Content but no number. */
  | 'unnumbered'
  /** Something in the STT cell that is not a number. */
  | 'malformed';

export interface TableRow {
  row: number;
  kind: RowKind;
  /** The STT cell as written. */
  sttText: string;
  stt: SttParse;
  /** Text of each known column; assignment columns read through vertical merges. */
  cells: Partial<Record<ColumnRole, string>>;
  level?: 1 | 2 | 3;
  /** How many numbered rows stand above this one: style is compared among rows of one depth. */
  depth?: number;
  /** Index in `rows` of the parent (group for a task, task or group for a sub-task). */
  parent?: number;
  /** Indexes in `rows` of the children. */
  children: number[];
  /** The time cell's own value when it is not text (a real date, a serial, a year typed as a number). */
  timeValue?: CellValue;
  /** For a continuation: the sheet row it belongs to. */
  continues?: number;
  /** Number and content typed together in the STT cell, the content column empty ("IV Tăng cường…"). */
  inlineTitle?: boolean;
  /** Text after the number in the STT cell while the content column has its own text. */
  extraInStt?: boolean;
}

export interface AppendixTable {
  sheet: string;
  header: HeaderRow;
  /** First and last sheet rows of the body (after the header). */
  firstRow: number;
  lastRow: number;
  rows: TableRow[];
}

/** Roles whose cells are read through vertical merges: one lead unit merged over several tasks. */
const MERGE_THROUGH: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['chuTri', 'phoiHop', 'time', 'chiDao']);

function isTitleLike(text: string): boolean {
  const t = text.trim();
  if (t.startsWith('(')) return true;
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** A row that could be a header: one of its first two cells is a short known label. */
function headerCandidate(grid: Grid, row: number, width: number): boolean {
  const cells = grid.rows[row - 1];
  if (!cells) return false;
  let seen = 0;
  for (let c = 0; c < Math.min(width, cells.length) && seen < 2; c++) {
    const v = cells[c];
    if (isBlank(v)) continue;
    seen++;
    if (typeof v !== 'string' || v.length > 30 || !/[A-Za-z]{2}/.test(v)) continue;
    if (roleOfLabel(v) !== undefined) return true;
  }
  return false;
}

export function readTables(grid: Grid): AppendixTable[] {
  const width = columnCount(grid);
  const height = grid.rows.length;
  const merges = new MergeIndex(grid.merges);

  // Headers: the first within HEADER_SEARCH_ROWS, later ones anywhere below it.
  const headers: HeaderRow[] = [];
  const candidates = new Set<number>();
  for (let r = 1; r <= height; r++) {
    if (headers.length === 0 && r > HEADER_SEARCH_ROWS) break;
    if (headers.length > 0) {
      if (!headerCandidate(grid, r, width)) continue;
      candidates.add(r);
    }
    const h = readHeaderRow(grid, r, width);
    if (!h) continue;
    if (headers.length > 0 && sameLayout(headers[headers.length - 1], h)) continue; // a repeat, read below
    headers.push(h);
  }

  const tables: AppendixTable[] = [];
  for (let i = 0; i < headers.length; i++) {
    const header = headers[i];
    const next = headers[i + 1];
    let last = next ? next.row - 1 : height;
    // Title lines of the next table (all capitals, or "(Kèm theo …)") are not rows of this one.
    if (next) {
      while (last > header.row) {
        const filled = filledCells(grid, last, width);
        if (filled.length === 0) { last--; continue; }
        if (filled.length === 1 && isTitleLike(cellText(cellAt(grid, last, filled[0])))) { last--; continue; }
        break;
      }
    }
    while (last > header.row && filledCells(grid, last, width).length === 0) last--;
    tables.push(readBody(grid, merges, header, header.row + 1, last, candidates));
  }
  return tables;
}

const NO_STT: SttParse = Object.freeze({}) as SttParse;

function hasFilledCell(grid: Grid, row: number, width: number): boolean {
  const r = grid.rows[row - 1];
  if (!r) return false;
  const end = Math.min(width, r.length);
  for (let c = 0; c < end; c++) if (!isBlank(r[c])) return true;
  return false;
}

function filledCells(grid: Grid, row: number, width: number): number[] {
  const out: number[] = [];
  const r = grid.rows[row - 1];
  if (!r) return out;
  for (let c = 1; c <= Math.min(width, r.length); c++) if (!isBlank(r[c - 1])) out.push(c);
  return out;
}

function readCells(grid: Grid, merges: MergeIndex, roles: Array<[ColumnRole, number]>, row: number): Partial<Record<ColumnRole, string>> {
  const cells: Partial<Record<ColumnRole, string>> = {};
  for (const [role, col] of roles) {
    let v = cellAt(grid, row, col);
    if (merges.size > 0 && isBlank(v) && MERGE_THROUGH.has(role)) {
      const m = merges.rangeOf(row, col);
      if (m && m.top < row && m.left === col) v = cellAt(grid, m.top, m.left);
    }
    const t = cellText(v);
    if (t.trim() !== '') cells[role] = t;
  }
  return cells;
}

function readBody(grid: Grid, merges: MergeIndex, header: HeaderRow, firstRow: number, lastRow: number, candidates: ReadonlySet<number>): AppendixTable {
  const rows: TableRow[] = [];
  const sttCol = header.columns.stt;
  const contentCol = header.columns.content;
  const roles = Object.entries(header.columns) as Array<[ColumnRole, number]>;
  const width = Math.max(header.lastColumn, columnCount(grid));
  let lastDataIndex = -1; // last row with a number, content or a continuation target
  let group = -1;
  let task = -1;
  let lastLetter = -1;
  let lastDotted = -1;
  /** Row index by number path ("2", "2.1"), the latest of each. */
  const byPath = new Map<string, number>();

  for (let r = firstRow; r <= lastRow; r++) {
    const tr: TableRow = { row: r, kind: 'blank', sttText: '', stt: NO_STT, cells: {}, children: [] };
    if (!hasFilledCell(grid, r, width)) {
      rows.push(tr);
      continue;
    }
    const h = candidates.has(r) ? readHeaderRow(grid, r, width) : undefined;
    if (h && sameLayout(h, header)) {
      tr.kind = 'repeatedHeader';
      rows.push(tr);
      continue;
    }
    const cells = readCells(grid, merges, roles, r);
    const sttValue = sttCol ? cellAt(grid, r, sttCol) : null;
    const sttText = cellText(sttValue).trim();
    tr.kind = 'unnumbered';
    tr.sttText = sttText;
    tr.cells = cells;
    if (header.columns.time !== undefined) {
      const tv = cellAt(grid, r, header.columns.time);
      if (tv !== null && typeof tv !== 'string') tr.timeValue = tv;
    }

    if (sttText) {
      let parsed = parseStt(typeof sttValue === 'number' ? sttValue : stripMarkup(sttText));
      // A lone "l" is the point letter l only after k; anywhere else it is an OCR'd Roman I.
      if (parsed.token?.system === 'letter' && parsed.token.raw === 'l' && rows[lastLetter]?.stt.token?.value !== 10) {
        const roman = parseStt(`I${parsed.token.punct}${parsed.rest ? ` ${parsed.rest}` : ''}`);
        parsed = { ...roman, token: { ...roman.token!, raw: parsed.token.raw }, corrected: `I${parsed.token.punct}` };
      }
      if (parsed.token && (parsed.token.system === 'roman' || parsed.token.system === 'upper')) {
        parsed = { ...parsed, token: resolveGroupLetter(parsed.token, rows[group]?.stt.token) };
      }
      tr.stt = parsed;
      if (parsed.token) {
        if (parsed.rest) {
          if (!cells.content || contentCol === sttCol) {
            tr.inlineTitle = true;
            cells.content = parsed.rest;
          } else {
            tr.extraInStt = true;
          }
        }
        const sys = parsed.token.system;
        tr.level = levelOf(sys, parsed.token.path, parsed.token.romanPrefix);
        tr.kind = tr.level === 1 ? 'group' : tr.level === 2 ? 'task' : 'subtask';
      } else {
        tr.kind = 'malformed';
      }
    } else if (lastDataIndex >= 0 && isContinuationText(cells, contentCol !== undefined)) {
      tr.kind = 'continuation';
      tr.continues = rows[lastDataIndex].row;
    }

    const index = rows.length;
    if (tr.kind === 'group') {
      group = index;
      task = -1;
    } else if (tr.kind === 'task') {
      tr.parent = group >= 0 ? group : undefined;
      task = index;
    } else if (tr.kind === 'subtask') {
      const token = tr.stt.token;
      const above = task >= 0 ? task : group >= 0 ? group : undefined;
      if (token?.system === 'dotted') {
        // A dotted point hangs under the row whose number is its prefix (1.1 under 1, 1.1.1 under
        // 1.1), as long as that row is the current task or below it; else under the current task.
        const prefix = byPath.get(token.path.slice(0, -1).join('.'));
        tr.parent = prefix !== undefined && prefix >= task ? prefix : above;
        lastDotted = index;
      } else {
        // Letters after a dotted point ("1.1" then "a)", "b)") are that point's own points.
        const underDotted = lastDotted > task && (token?.value === 1 || (lastLetter > lastDotted && rows[lastLetter].parent === lastDotted));
        tr.parent = underDotted ? lastDotted : above;
        if (token?.system === 'letter') lastLetter = index;
      }
    }
    const token = tr.stt.token;
    if (token && (token.system === 'arabic' || token.system === 'dotted')) byPath.set(token.path.join('.'), index);
    if (tr.parent !== undefined) rows[tr.parent].children.push(index);
    if (tr.stt.token) tr.depth = tr.parent !== undefined ? (rows[tr.parent].depth ?? 0) + 1 : 0;
    rows.push(tr);
    if (tr.kind !== 'continuation') lastDataIndex = index;
  }
  return { sheet: grid.name, header, firstRow, lastRow, rows };
}

/** The tail of a sentence (lower-case start, a bullet) or cells with no content at all. */
function isContinuationText(cells: Partial<Record<ColumnRole, string>>, hasContentColumn: boolean): boolean {
  const content = cells.content;
  if (!content) return hasContentColumn;
  const t = stripMarkup(content).trimStart();
  return startsLowercase(t) || /^[-+•…,;:)]/.test(t);
}

/** Rows that carry a task or a group: everything a numbering check looks at. */
export function isNumberedKind(kind: RowKind): boolean {
  return kind === 'group' || kind === 'task' || kind === 'subtask';
}
