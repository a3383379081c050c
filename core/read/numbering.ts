/**
 * The numbering of one table, worked out once and read by the stt.* rules: which rows are siblings,
 * whether task numbers restart in each group or run straight through, and where a sequence breaks.
 */
import { SttToken, VIETNAMESE_LETTERS, formatStt, indexToLetter, intToRoman, letterToIndex, romanToInt } from './stt';
import { AppendixTable, TableRow } from './table';

export type TaskNumbering = 'restart' | 'straight';

export interface SequenceIssue {
  index: number;
  kind: 'gap' | 'order' | 'duplicate' | 'alphabet';
  /** The number (as written in this scope's system) expected here. */
  expected: string;
  /** For a gap: the numbers skipped. */
  missing?: string[];
  /** For a duplicate: the sheet row that already has this number. */
  firstRow?: number;
  /** For alphabet: the whole sequence follows the Latin alphabet. */
  latin?: boolean;
}

export interface StyleIssue {
  index: number;
  kind: 'system' | 'punct' | 'numbering' | 'layout';
  /** The majority form at this level, e.g. "I." or "a)". */
  majority: string;
  /** For punctuation: the token as the majority would write it. */
  fixTo?: string;
  /** For layout: true when this row has number and content in one cell while most rows split them. */
  inline?: boolean;
}

export interface Numbering {
  taskNumbering: TaskNumbering;
  sequence: SequenceIssue[];
  style: StyleIssue[];
}

/** The table's numbering, worked out anew on each call: the rules read it once per table through SheetSource. */
export function numberingOf(table: AppendixTable): Numbering {
  return analyse(table);
}

function tokenOf(row: TableRow): SttToken | undefined {
  return row.stt.token;
}

function display(token: SttToken, value: number): string {
  switch (token.system) {
    case 'roman':
      return intToRoman(value);
    case 'upper':
      return indexToLetter(value).toUpperCase();
    case 'letter':
      return indexToLetter(value);
    case 'dotted':
      return [...token.path.slice(0, -1), value].join('.');
    default:
      return String(value);
  }
}

function isHole(row: TableRow): boolean {
  return row.kind === 'malformed' || row.kind === 'unnumbered';
}

function analyse(table: AppendixTable): Numbering {
  // Sub-group headings (III.1, III.1.1) label parts of a group; they are in no task sequence.
  const rows = table.rows.map((r) => (r.subHeading ? { ...r, kind: 'note' as const, depth: undefined } : r));
  const groups: number[] = [];
  const topTasks: number[] = [];
  const topSubtasks: number[] = [];
  rows.forEach((r, i) => {
    if (r.kind === 'group') groups.push(i);
    else if (r.kind === 'task' && r.parent === undefined) topTasks.push(i);
    else if (r.kind === 'subtask' && r.parent === undefined) topSubtasks.push(i);
  });

  // Restart-per-group or straight-through: read from each group's first task number.
  const modes = new Map<number, TaskNumbering>();
  let prevLast = 0;
  let restart = 0;
  let straight = 0;
  for (const g of groups) {
    const tasks = rows[g].children.filter((c) => rows[c].kind === 'task');
    if (tasks.length === 0) continue;
    const first = tokenOf(rows[tasks[0]])?.value ?? 0;
    if (prevLast > 0) {
      if (first === 1) {
        modes.set(g, 'restart');
        restart++;
      } else if (first === prevLast + 1) {
        modes.set(g, 'straight');
        straight++;
      }
      // A first task that is neither 1 nor the next number still speaks against restarting.
      else if (first > 1) straight += 0.5;
    }
    prevLast = Math.max(...tasks.map((t) => tokenOf(rows[t])?.value ?? 0));
  }
  const taskNumbering: TaskNumbering = straight > restart ? 'straight' : 'restart';

  const sequence: SequenceIssue[] = [];
  const style: StyleIssue[] = [];
  // Capital-letter parts above Roman groups (A. I. II. B. I. …): two levels, each its own sequence.
  const partsAbove = groups.length > 0 && tokenOf(rows[groups[0]])?.system === 'upper' && groups.some((g) => tokenOf(rows[g])?.system === 'roman');
  if (partsAbove) {
    const parts = groups.filter((g) => tokenOf(rows[g])?.system === 'upper');
    checkScope(rows, parts, 1, sequence);
    let run: number[] = [];
    for (const g of groups) {
      if (tokenOf(rows[g])?.system === 'upper') {
        checkScope(rows, run, 1, sequence);
        run = [];
      } else run.push(g);
    }
    checkScope(rows, run, 1, sequence);
  } else {
    checkScope(rows, groups, 1, sequence);
  }
  checkScope(rows, topTasks, 1, sequence);
  checkScope(rows, topSubtasks, 1, sequence);
  prevLast = 0;
  const taskParents = rows.map((r, i) => (r.kind === 'group' || r.groupLike ? i : -1)).filter((i) => i >= 0);
  for (const g of taskParents) {
    const tasks = rows[g].children.filter((c) => rows[c].kind === 'task');
    const own = modes.get(g) ?? taskNumbering;
    if (tasks.length > 0) {
      if (modes.has(g) && own !== taskNumbering) {
        style.push({ index: tasks[0], kind: 'numbering', majority: taskNumbering });
      }
      checkScope(rows, tasks, own === 'straight' && prevLast > 0 ? prevLast + 1 : 1, sequence);
      prevLast = Math.max(...tasks.map((t) => tokenOf(rows[t])?.value ?? 0));
    }
    const subs = rows[g].children.filter((c) => rows[c].kind === 'subtask');
    checkScope(rows, subs, 1, sequence);
  }
  rows.forEach((r, index) => {
    if (r.kind !== 'task' && r.kind !== 'subtask') return;
    // Letters and dotted numbers under one row are two sequences; each starts at its own 1.
    const bySystem = new Map<string, number[]>();
    for (const c of r.children) {
      const t = tokenOf(rows[c]);
      if (!t) continue;
      const key = `${t.system}:${t.path.length}`;
      const list = bySystem.get(key) ?? [];
      list.push(c);
      bySystem.set(key, list);
    }
    for (const list of bySystem.values()) checkScope(rows, list, 1, sequence);
    checkPrefixes(rows, index, sequence);
  });
  groups.forEach((g) => checkPrefixes(rows, g, sequence));

  checkStyle(rows, style, partsAbove);
  if (table.header.columns.content !== undefined && table.header.columns.content !== table.header.columns.stt) {
    checkLayout(rows, style);
  }
  sequence.sort((a, b) => a.index - b.index);
  return { taskNumbering, sequence, style };
}

/** A dotted number must start with its parent's number: under task 2, "1.1" is out of place. */
function checkPrefixes(rows: TableRow[], parent: number, out: SequenceIssue[]): void {
  const p = tokenOf(rows[parent]);
  if (!p) return;
  const parentPath = p.system === 'roman' || p.system === 'upper' ? [p.value] : p.path;
  // The parent's own number is already reported as out of sequence, with the number it should have:
  // children that carry that number ("IV" twice, its points 5.1, 5.2) are right; the parent is wrong.
  const meant = out.filter((s) => s.index === parent).map((s) => expectedPath(p, s.expected));
  for (const c of rows[parent].children) {
    const t = tokenOf(rows[c]);
    if (!t || t.system !== 'dotted' || t.path.length !== parentPath.length + 1) continue;
    if (t.path.slice(0, -1).every((v, i) => v === parentPath[i])) continue;
    if (meant.some((m) => m !== undefined && t.path.slice(0, -1).every((v, i) => v === m[i]))) continue;
    const expected = [...(t.romanPrefix ? [p.raw] : parentPath.map(String)), String(t.value)].join('.');
    out.push({ index: c, kind: 'order', expected });
  }
}

/** The number path of an expected number written in the parent's system ("V" → [5], "2.3" → [2, 3]). */
function expectedPath(p: SttToken, expected: string): number[] | undefined {
  if (p.system === 'roman') return /^[IVXLC]+$/.test(expected) ? [romanToInt(expected)] : undefined;
  if (p.system === 'upper') return /^[A-ZĐ]$/.test(expected) ? [letterToIndex(expected.toLowerCase())] : undefined;
  const path = expected.split('.').map(Number);
  return path.every((v) => Number.isInteger(v) && v > 0) ? path : undefined;
}

const LATIN = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Points lettered in Latin order (a b c d e f g…) rather than the Vietnamese one (a b c d đ e g…):
 * one finding where the two part and one on each letter Vietnamese does not have, instead of a
 * gap, an order and a duplicate for the same habit.
 */
function latinSequence(rows: TableRow[], members: number[], start: number, out: SequenceIssue[]): boolean {
  if (start !== 1 || members.length < 5) return false;
  const letters = members.map((m) => tokenOf(rows[m])?.raw.toLowerCase() ?? '');
  if (!letters.every((l, i) => l === LATIN[i])) return false;
  const firstOff = letters.findIndex((l, i) => l !== VIETNAMESE_LETTERS[i]);
  if (firstOff < 0) return false;
  const upper = tokenOf(rows[members[0]])?.system === 'upper';
  const shown = (l: string) => (upper ? l.toUpperCase() : l);
  letters.forEach((l, i) => {
    if (i === firstOff || !VIETNAMESE_LETTERS.includes(l)) {
      out.push({ index: members[i], kind: 'alphabet', expected: shown(VIETNAMESE_LETTERS[i] ?? '?'), latin: true });
    }
  });
  return true;
}

function checkScope(rows: TableRow[], members: number[], start: number, out: SequenceIssue[]): void {
  if (members.length === 0) return;
  const sys = tokenOf(rows[members[0]])?.system;
  if ((sys === 'letter' || sys === 'upper') && latinSequence(rows, members, start, out)) return;
  const values = members.map((m) => tokenOf(rows[m])?.value ?? 0);
  const present = new Set(values);
  const seen = new Map<number, number>(); // value → sheet row
  let expected = start;
  let prevIndex = -1;
  members.forEach((m, k) => {
    const token = tokenOf(rows[m]);
    if (!token) return;
    const v = values[k];
    const shown = (n: number) => display(token, n);
    if (token.foreignLetter) {
      out.push({ index: m, kind: 'alphabet', expected: shown(expected) });
      expected++;
      prevIndex = m;
      return;
    }
    if (seen.has(v)) {
      out.push({ index: m, kind: 'duplicate', expected: shown(expected), firstRow: seen.get(v) });
    } else if (v < expected) {
      out.push({ index: m, kind: 'order', expected: shown(expected) });
    } else if (v > expected) {
      // Counted, not listed: a stray 999 must not make a message of a thousand numbers.
      let missingCount = 0;
      const missing: number[] = [];
      for (let n = expected; n < v; n++) {
        if (present.has(n)) continue;
        missingCount++;
        if (missing.length < 5) missing.push(n);
      }
      let holes = 0;
      for (let i = prevIndex + 1; i < m; i++) if (isHole(rows[i])) holes++;
      if (missingCount > holes) {
        const listed = missing.map(shown);
        if (missingCount > missing.length) listed.push(`… (${missingCount})`);
        out.push({ index: m, kind: 'gap', expected: shown(expected), missing: listed });
      }
    }
    if (!seen.has(v)) seen.set(v, rows[m].row);
    expected = Math.max(expected, v + 1);
    prevIndex = m;
  });
}

/** Per level, the most common way of writing tokens; the others are style issues. */
function checkStyle(rows: TableRow[], out: StyleIssue[], partsAbove: boolean): void {
  const byLevel = new Map<number, Array<{ index: number; token: SttToken }>>();
  rows.forEach((r, index) => {
    const token = r.stt.token;
    if (!token || r.depth === undefined || r.stt.corrected || token.foreignLetter) return;
    const list = byLevel.get(r.depth) ?? [];
    list.push({ index, token });
    byLevel.set(r.depth, list);
  });
  for (const [level, all] of byLevel) {
    // Parts and groups share level 1 when capital letters stand above Roman numerals: judge each apart.
    const lists = level === 0 && partsAbove ? [all.filter((e) => e.token.system === 'upper'), all.filter((e) => e.token.system !== 'upper')] : [all];
    for (const list of lists) checkLevel(list, out);
  }
}

function checkLevel(list: Array<{ index: number; token: SttToken }>, out: StyleIssue[]): void {
  if (list.length === 0) return;
  const systems = countBy(list, (e) => e.token.system);
  const majoritySystem = top(systems);
  const sample = list.find((e) => e.token.system === majoritySystem)!.token;
  const formOf = (t: SttToken) => t.punct + (t.spaced ? ' ' : '');
  const majorityForm = top(
    countBy(
      list.filter((e) => e.token.system === majoritySystem),
      (e) => formOf(e.token),
    ),
  );
  const majorityPunct = majorityForm.trim();
  const majorityShown = formatStt(sample.system, sample.value, majorityPunct, sample.path);
  for (const e of list) {
    if (e.token.system !== majoritySystem) {
      out.push({ index: e.index, kind: 'system', majority: majorityShown });
    } else if (formOf(e.token) !== majorityForm) {
      const fixTo = formatStt(e.token.system, e.token.value, majorityPunct, e.token.path);
      out.push({ index: e.index, kind: 'punct', majority: majorityShown, fixTo });
    }
  }
}

/** Per level, number and content in one cell ("I. Tổ chức…") or in two: each alone is fine. */
function checkLayout(rows: TableRow[], out: StyleIssue[]): void {
  const byLevel = new Map<number, number[]>();
  rows.forEach((r, index) => {
    if (!r.stt.token || r.depth === undefined) return;
    const list = byLevel.get(r.depth) ?? [];
    list.push(index);
    byLevel.set(r.depth, list);
  });
  for (const list of byLevel.values()) {
    const inline = list.filter((i) => rows[i].inlineTitle);
    if (inline.length === 0 || inline.length === list.length) continue;
    const minorityInline = inline.length * 2 < list.length;
    const minority = minorityInline ? inline : list.filter((i) => !rows[i].inlineTitle);
    for (const index of minority) out.push({ index, kind: 'layout', majority: minorityInline ? 'split' : 'inline', inline: minorityInline });
  }
}

function countBy<T>(list: T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of list) m.set(key(e), (m.get(key(e)) ?? 0) + 1);
  return m;
}

/** The most common key; ties go to the one seen first. */
function top(counts: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [k, v] of counts)
    if (v > n) {
      best = k;
      n = v;
    }
  return best;
}
