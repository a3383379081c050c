/** Reading the appendix tables of a sheet: header, row kinds, numbering hierarchy. */
import { cellAt, cellText, CellValue, columnCount, Grid, isBlank, MergeIndex } from '../model/grid';
import { readLevelTime } from './levelTime';
import { ColumnRole, extendHeader, HEADER_SEARCH_ROWS, HeaderRow, isColumnNumberRow, readHeaderRow, repeatsHeader, roleOfLabel } from './header';
import { settleColumnRoles } from './columnContent';
import { secondSttColumn } from './secondNumbering';
import { SttParse, levelOf, parseStt, resolveGroupLetter } from './stt';
import { foldKey, startsLowercase, stripMarkup } from '../model/text';
import { findCollectives, headLength, tokenize } from '../units/cellGrammar';

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
  | 'malformed'
  /** A line that is not a task: "Ghi chú: …", "Tổng cộng". */
  | 'note'
  /** A row under a task whose STT and content cells are merged down over it (one task, several leads). */
  | 'span';

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
  /** The column the time was read from, when not the header's time column (a time over level columns, levelTime.ts). */
  timeColumn?: number;
  /** The column the row's number was read from, when not the STT column (a second numbering column). */
  sttColumn?: number;
  /** For a continuation: the sheet row it belongs to. */
  continues?: number;
  /** Number and content typed together in the STT cell, the content column empty ("IV Tăng cường…"). */
  inlineTitle?: boolean;
  /** Text after the number in the STT cell while the content column has its own text. */
  extraInStt?: boolean;
  /** An unnumbered or unreadable row that stands where a group would: its tasks count from 1 under it. */
  groupLike?: boolean;
  /** A dotted sub-group label under its Roman group (III.1, III.1.1) with a title alone: a heading, not a task. */
  subHeading?: boolean;
  /** A group title with no number in a table whose groups have none, its tasks numbered straight through. */
  numberlessTitle?: boolean;
  /** A heading's title written in another role's column (a ragged row), read as its content. */
  titleIn?: ColumnRole;
  /** Cells that are the top of a merge running down over the rows below, by role: the last row it covers. */
  mergedDown?: Partial<Record<ColumnRole, number>>;
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
    // The same header again is a page-break repeat, read below; after a title line of its own
    // ("PHỤ LỤC II", "Biểu số 02: …") it starts a new table.
    if (headers.length > 0 && repeatsHeader(headers[headers.length - 1], h, grid) && !titledAbove(grid, r, width) && captionAbove(grid, h, width) === undefined)
      continue;
    // Up to two rows under it: sub-labels of merged headers, then a row of column numbers.
    let full = extendHeader(grid, h, width);
    if (full.lastRow > h.row) full = extendHeader(grid, full, width);
    headers.push(full);
    r = full.lastRow;
  }

  const tables: AppendixTable[] = [];
  for (let i = 0; i < headers.length; i++) {
    const header = headers[i];
    const next = headers[i + 1];
    let last = next ? next.row - 1 : height;
    // Title lines of the next table (all capitals, or "(Kèm theo …)") are not rows of this one.
    if (next) {
      const caption = captionAbove(grid, next, width);
      if (caption !== undefined) last = Math.min(last, caption - 1);
      while (last > header.row) {
        const filled = filledCells(grid, last, width);
        if (filled.length === 0) {
          last--;
          continue;
        }
        if (filled.length === 1 && isTitleText(cellText(cellAt(grid, last, filled[0])))) {
          last--;
          continue;
        }
        break;
      }
    }
    last = Math.min(last, bodyEnd(grid, header.lastRow + 1, last, width));
    while (last > header.row && filledCells(grid, last, width).length === 0) last--;
    const settled = settleColumnRoles(grid, header, header.lastRow + 1, last);
    const secondStt = secondSttColumn(grid, settled, header.lastRow + 1, last);
    tables.push(readBody(grid, merges, secondStt !== undefined ? { ...settled, secondStt } : settled, header.lastRow + 1, last, candidates));
  }
  return tables;
}

const NO_STT: SttParse = Object.freeze({});
const NO_MERGES = new MergeIndex([]);

/** The time cell's own value when it is not text (a real date, a serial, a year typed as a number). */
function setTimeValue(grid: Grid, header: HeaderRow, tr: TableRow): void {
  if (header.timeLevels) return readLevelTime(grid, header, tr);
  if (header.columns.time === undefined) return;
  const tv = cellAt(grid, tr.row, header.columns.time);
  if (tv !== null && typeof tv !== 'string') tr.timeValue = tv;
}

function hasFilledCell(grid: Grid, row: number, width: number): boolean {
  const r = grid.rows[row - 1];
  if (!r) return false;
  const end = Math.min(width, r.length);
  for (let c = 0; c < end; c++) if (!isBlank(r[c])) return true;
  return false;
}

/** The nearest filled row above is a title of its own: one cell, not a group row. */
function titledAbove(grid: Grid, row: number, width: number): boolean {
  for (let r = row - 1; r >= 1 && r >= row - 4; r--) {
    const filled = filledCells(grid, r, width);
    if (filled.length === 0) continue;
    if (filled.length !== 1) return false;
    return isTitleText(cellText(cellAt(grid, r, filled[0])));
  }
  return false;
}

/**
 * The sheet row of a numbered caption standing alone above a header, when the header's table numbers
 * its rows afresh in the caption's own system ("2. Các nhiệm vụ về chuyển đổi số …" over a header and
 * "1.", "2." …): sub-tables printed one after another, each restarting at 1. A group title would be a
 * level above its tasks (II. over 1., 2.), not in their system.
 */
function captionAbove(grid: Grid, h: HeaderRow, width: number): number | undefined {
  if (h.columns.stt === undefined) return undefined;
  let caption: number | undefined;
  for (let r = h.row - 1; r >= 1 && r >= h.row - 3; r--) {
    const filled = filledCells(grid, r, width);
    if (filled.length === 0) continue;
    if (filled.length === 1) caption = r;
    break;
  }
  if (caption === undefined) return undefined;
  const parsed = parseStt(stripMarkup(cellText(cellAt(grid, caption, filledCells(grid, caption, width)[0]))));
  if (!parsed.token || !parsed.rest || parsed.rest.length < 10) return undefined;
  for (let r = h.lastRow + 1; r <= Math.min(grid.rows.length, h.lastRow + 4); r++) {
    const v = cellAt(grid, r, h.columns.stt);
    if (isBlank(v)) continue;
    const first = parseStt(typeof v === 'number' ? v : stripMarkup(cellText(v))).token;
    return first && first.system === parsed.token.system && first.value === 1 ? caption : undefined;
  }
  return undefined;
}

/** A line alone above a table: no number in front ("Biểu số 02: …"), or in capitals ("II. CÁC VĂN BẢN…"). */
function isTitleText(text: string): boolean {
  const t = text.trim();
  return !parseStt(t).token || isTitleLike(t);
}

/** "Ghi chú: …", "Tổng cộng" in the first filled cell, when the STT cell holds no number. */
function isNoteRow(grid: Grid, row: number, width: number, sttCol: number | undefined): boolean {
  const stt = sttCol !== undefined ? cellAt(grid, row, sttCol) : null;
  if (typeof stt === 'number') return false;
  const filled = filledCells(grid, row, width);
  const v = filled.length > 0 ? cellAt(grid, row, filled[0]) : null;
  // A line of dots alone ("…......"): rows left out of a copy, not a row of the plan.
  if (filled.length === 1 && typeof v === 'string' && ELISION.test(v)) return true;
  if (typeof v !== 'string' || !/^\s*[GgTtCcLl(*]/.test(v)) return false;
  return /^\s*\(?\*/.test(v) || NOTE.test(foldKey(v.slice(0, 30)));
}

/** The next number below is a 1 (tasks restart): the line between is a group title, not a tail. */
function nextNumberIsOne(grid: Grid, row: number, sttCol: number, lastRow: number): boolean {
  for (let r = row + 1; r <= Math.min(lastRow, row + 5); r++) {
    const v = cellAt(grid, r, sttCol);
    if (isBlank(v)) continue;
    return parseStt(typeof v === 'number' ? v : cellText(v)).token?.value === 1;
  }
  return false;
}

/** How group titles open. */
const GROUP_TITLE = /^(nhiem vu|nhom|linh vuc|phan|muc|chuong|giai phap|cac nhiem vu|cac giai phap|cac du an|du an|chuong trinh)\b/;

/** Dots and ellipses only, at least three. */
const ELISION = /^\s*(?:[.…·]\s*){3,}$/;

/** Lines inside or under a table that are not tasks. */
const NOTE = /^(ghi chu|tong cong|tong so|cong|luu y|chu thich)\b|^\(?\*/;

/** Lines that close a document's table: the signature block, "Nơi nhận", the signer's title. */
const FOOTER = /^(noi nhan|kt |tm |giam doc|pho giam doc|chu tich|nguoi lap|nguoi ky|thu truong|xac nhan cua)\b/;

/** The last row of a body: before a footer line, or before three blank rows with nothing after them that looks like the table. */
function bodyEnd(grid: Grid, first: number, last: number, width: number): number {
  let blanks = 0;
  for (let r = first; r <= last; r++) {
    const filled = filledCells(grid, r, width);
    if (filled.length === 0) {
      if (++blanks >= 3) return r - blanks;
      continue;
    }
    blanks = 0;
    const key = foldKey(cellText(cellAt(grid, r, filled[0])).slice(0, 40));
    if (FOOTER.test(key)) return r - 1;
  }
  return last;
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
  const contentCol = roles.find(([role]) => role === 'content')?.[1];
  for (const [role, col] of roles) {
    let v = cellAt(grid, row, col);
    if (merges.size > 0 && isBlank(v) && MERGE_THROUGH.has(role)) {
      const m = merges.rangeOf(row, col);
      if (m && m.top < row && m.left === col) v = cellAt(grid, m.top, m.left);
    }
    const t = cellText(v);
    if (t.trim() === '') continue;
    // A cell merged across the content column is the row's title ("A. | BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
    // spanning lead, partner and content), not a lead or time of its own.
    if (contentCol !== undefined && col < contentCol && role !== 'stt' && spansTo(merges, row, col, contentCol)) {
      if (!isBlank(cellAt(grid, row, contentCol))) continue;
      cells.content = t;
      continue;
    }
    if (role === 'content' && cells.content !== undefined) continue;
    cells[role] = t;
  }
  return cells;
}

/** The cell is the left of a merge on its own row that runs right over `column`. */
function spansTo(merges: MergeIndex, row: number, col: number, column: number): boolean {
  if (merges.size === 0) return false;
  const m = merges.rangeOf(row, col);
  return !!m && m.top === row && m.left === col && m.right >= column;
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
  /** The last capital-letter part (A., B.) above Roman groups. */
  let lastPart = -1;
  /** Row index by number path ("2", "2.1"), the latest of each. */
  const byPath = new Map<string, number>();

  for (let r = firstRow; r <= lastRow; r++) {
    const tr: TableRow = { row: r, kind: 'blank', sttText: '', stt: NO_STT, cells: {}, children: [] };
    if (!hasFilledCell(grid, r, width)) {
      rows.push(tr);
      continue;
    }
    const h = candidates.has(r) ? readHeaderRow(grid, r, width) : undefined;
    const subRowOfRepeat =
      header.lastRow > header.row && rows.length > 0 && rows[rows.length - 1].kind === 'repeatedHeader' && rows[rows.length - 1].row === r - 1;
    if ((h && repeatsHeader(header, h, grid)) || subRowOfRepeat) {
      tr.kind = 'repeatedHeader';
      rows.push(tr);
      continue;
    }
    if (isNoteRow(grid, r, width, sttCol)) {
      tr.kind = 'note';
      rows.push(tr);
      continue;
    }
    // "(1) (2) (3)…" under the header or after a page break numbers columns, not tasks: read as blank.
    if (isColumnNumberRow(grid, r, width)) {
      rows.push(tr);
      continue;
    }
    const cells = readCells(grid, merges, roles, r);
    let sttValue = sttCol ? cellAt(grid, r, sttCol) : null;
    // STT blank, the second numbering column not: the row is numbered there.
    if (header.secondStt !== undefined && isBlank(sttValue) && !isBlank(cellAt(grid, r, header.secondStt))) {
      sttValue = cellAt(grid, r, header.secondStt);
      tr.sttColumn = header.secondStt;
    }
    const sttText = cellText(sttValue).trim();
    tr.kind = 'unnumbered';
    tr.sttText = sttText;
    tr.cells = cells;
    if (merges.size > 0) {
      for (const [role, col] of roles) {
        const m = merges.rangeOf(r, col);
        if (m && m.top === r && m.bottom > r && m.left === col) (tr.mergedDown ??= {})[role] = m.bottom;
      }
      // STT or content merged down from the row above: the same task, another of its lines.
      const key = sttCol ?? contentCol;
      const m = key !== undefined ? merges.rangeOf(r, key) : undefined;
      if (m && m.top < r && lastDataIndex >= 0) {
        tr.kind = 'span';
        tr.continues = m.top;
        // Its own cells only: a time or lead merged down from the task's first line is the task's, already read there.
        tr.cells = readCells(grid, NO_MERGES, roles, r);
        setTimeValue(grid, header, tr);
        rows.push(tr);
        continue;
      }
    }
    setTimeValue(grid, header, tr);

    if (sttText) {
      let parsed = parseStt(typeof sttValue === 'number' ? sttValue : stripMarkup(sttText));
      // A lone "l" is the point letter l only after k; anywhere else it is an OCR'd Roman I.
      if (parsed.token?.system === 'letter' && parsed.token.raw === 'l' && rows[lastLetter]?.stt.token?.value !== 10) {
        const roman = parseStt(`I${parsed.token.punct}${parsed.rest ? ` ${parsed.rest}` : ''}`);
        parsed = { ...roman, token: { ...roman.token!, raw: parsed.token.raw }, corrected: `I${parsed.token.punct}` };
      }
      if (parsed.token && (parsed.token.system === 'roman' || parsed.token.system === 'upper')) {
        parsed = { ...parsed, token: resolveGroupLetter(parsed.token, rows[group]?.stt.token, rows[lastPart]?.stt.token) };
        if (parsed.token!.system === 'upper') lastPart = rows.length;
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
    } else if (
      lastDataIndex >= 0 &&
      rows[rows.length - 1]?.kind !== 'blank' &&
      isContinuationText(cells, contentCol !== undefined, rows[lastDataIndex].cells.content, sttCol !== undefined && nextNumberIsOne(grid, r, sttCol, lastRow))
    ) {
      tr.kind = 'continuation';
      tr.continues = rows[lastDataIndex].row;
    }

    const index = rows.length;
    // A title with no number (or an unreadable one) and no assignment stands where a group would.
    if ((tr.kind === 'unnumbered' || tr.kind === 'malformed') && !cells.chuTri && !cells.time && (cells.content || tr.sttText)) {
      tr.groupLike = true;
    }
    if (isSubHeading(tr, rows[group])) {
      // III.1, III.1.1 with a title alone: a heading inside group III, its tasks in the group's sequence.
      tr.subHeading = true;
      const prefix = byPath.get(tr.stt.token!.path.slice(0, -1).join('.'));
      tr.parent = prefix !== undefined && rows[prefix].subHeading ? prefix : group;
    } else if (tr.kind === 'group' || tr.groupLike) {
      group = index;
      task = -1;
      // A dotted number hangs under a row of its own group: "3.1" in group C.III is not under "3" of group A.III.
      if (tr.kind === 'group') byPath.clear();
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
  settleGroupLike(rows);
  settleShiftedTitles(rows);
  settleNumberlessTitles(rows);
  return { sheet: grid.name, header, firstRow, lastRow, rows };
}

/**
 * A numberless title counts as a group only if the numbering restarts under it; otherwise it was a
 * stray line, and its tasks go back to the group before it.
 */
function settleGroupLike(rows: TableRow[]): void {
  let previous: number | undefined;
  rows.forEach((r, index) => {
    if (r.kind === 'group') {
      previous = index;
      return;
    }
    if (!r.groupLike) return;
    const first = r.children.find((c) => rows[c].kind === 'task');
    if (first === undefined || rows[first].stt.token?.value === 1) {
      previous = index;
      return;
    }
    r.groupLike = false;
    for (const c of r.children) {
      rows[c].parent = previous;
      if (previous !== undefined) rows[previous].children.push(c);
    }
    r.children = [];
  });
}

/**
 * A sub-group label under a Roman group ("III.1", "III.1.1" under "III") with its title alone: no
 * lead, partner, time or anything else of its own.
 */
function isSubHeading(tr: TableRow, group: TableRow | undefined): boolean {
  const t = tr.stt.token;
  if (!t || t.system !== 'dotted' || !t.romanPrefix || !tr.cells.content) return false;
  if (group?.stt.token?.system !== 'roman' || group.stt.token.value !== t.path[0]) return false;
  return Object.keys(tr.cells).every((role) => role === 'content' || role === 'stt');
}

/**
 * Titles with no number in a table with no numbered groups, each over numbered tasks that run straight
 * through them: the table's groups ("Nhiệm vụ giao Bộ trưởng Bộ Xây dựng chỉ đạo"), written as a
 * content line alone. Every task keeps a number of its own, so the titles need none: they are not
 * tasks missing their number. Where the tasks restart at 1 under a title, "task 1" means nothing
 * without the group's number, and the titles stay unnumbered rows (stt.missing). A lone such line is
 * not a pattern and stays unnumbered too.
 */
function settleNumberlessTitles(rows: TableRow[]): void {
  if (rows.some((r) => r.kind === 'group')) return;
  const filled = rows.filter((r) => r.kind !== 'blank' && r.kind !== 'repeatedHeader');
  const titles: Array<{ row: TableRow; next: TableRow }> = [];
  filled.forEach((r, k) => {
    if (r.kind !== 'unnumbered' || !r.cells.content || startsLowercase(stripMarkup(r.cells.content).trimStart())) return;
    if (Object.keys(r.cells).some((role) => role !== 'content' && role !== 'stt')) return;
    const next = filled[k + 1];
    if (next && next.kind === 'task' && next.stt.token) titles.push({ row: r, next });
  });
  if (titles.length < 2 || titles.slice(1).some((t) => t.next.stt.token!.value === 1)) return;
  for (const t of titles) t.row.numberlessTitle = true;
}

/**
 * A numbered heading with points under it, its content cell empty and one other cell filled: its
 * title, pushed one cell right by a ragged row ("5.1 | | Thương mại" over 5.1.1, 5.1.2 …). It is read
 * as the heading's content, not as a lead unit or a time.
 */
function settleShiftedTitles(rows: TableRow[]): void {
  for (const r of rows) {
    // Group rows keep their cells: a group naming a lead body is section.has_assignment's to judge.
    if (!r.stt.token || r.kind === 'group' || r.children.length === 0 || r.cells.content !== undefined) continue;
    const filled = (Object.keys(r.cells) as ColumnRole[]).filter((role) => role !== 'stt');
    if (filled.length !== 1) continue;
    // A body's name ("Sở Tài chính", "UBND …", collectives) in the lead column is a lead, points or not.
    const text = r.cells[filled[0]]!;
    if ((filled[0] === 'chuTri' || filled[0] === 'phoiHop') && (headLength(tokenize(text)) > 0 || findCollectives(text).length > 0)) continue;
    r.titleIn = filled[0];
    r.cells = { ...(r.cells.stt !== undefined ? { stt: r.cells.stt } : {}), content: r.cells[filled[0]] };
  }
}

/** The tail of a sentence (lower-case start, a bullet) or cells with no content at all. */
/**
 * The tail of a row cut by a page break: a lower-case start or a bullet; or, after a sentence left
 * open, a capitalised start ("Đo lường Chất lượng quốc gia"). A row with its own lead unit and time
 * is a task of its own, however it starts; a line in capitals is a title.
 */
function isContinuationText(cells: Partial<Record<ColumnRole, string>>, hasContentColumn: boolean, above: string | undefined, nextRestarts: boolean): boolean {
  const content = cells.content;
  if (!content) return hasContentColumn;
  // Its own lead unit and time, both starting as names do: a task without its number.
  if (cells.chuTri && cells.time && !startsLowercase(cells.chuTri) && !startsLowercase(cells.time)) return false;
  const t = stripMarkup(content).trimStart();
  if (startsLowercase(t) || /^[-+•…,;:)]/.test(t)) return true;
  if (cells.chuTri || cells.time || nextRestarts) return false;
  // A capitalised line that opens like a group title ("Nhiệm vụ giao Bộ trưởng … chỉ đạo", "Lĩnh vực y tế") starts something new.
  if (GROUP_TITLE.test(foldKey(t.slice(0, 24)))) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length > 2 && letters === letters.toUpperCase()) return false;
  return !!above && !/[.;:!?)”"…]\s*$/.test(stripMarkup(above));
}
