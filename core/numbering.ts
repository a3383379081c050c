/**
 * The numbering of one table, worked out once and read by the stt.* rules: which rows are siblings,
 * whether task numbers restart in each group or run straight through, and where a sequence breaks.
 */
import { SttToken, formatStt, indexToLetter, intToRoman } from './stt';
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

const cache = new WeakMap<AppendixTable, Numbering>();

export function numberingOf(table: AppendixTable): Numbering {
  let n = cache.get(table);
  if (!n) {
    n = analyse(table);
    cache.set(table, n);
  }
  return n;
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
  const rows = table.rows;
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
      if (first === 1) { modes.set(g, 'restart'); restart++; }
      else if (first === prevLast + 1) { modes.set(g, 'straight'); straight++; }
    }
    prevLast = Math.max(...tasks.map((t) => tokenOf(rows[t])?.value ?? 0));
  }
  const taskNumbering: TaskNumbering = straight > restart ? 'straight' : 'restart';

  const sequence: SequenceIssue[] = [];
  const style: StyleIssue[] = [];
  checkScope(rows, groups, 1, sequence);
  checkScope(rows, topTasks, 1, sequence);
  checkScope(rows, topSubtasks, 1, sequence);
  prevLast = 0;
  for (const g of groups) {
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
  rows.forEach((r) => {
    if (r.kind !== 'task') return;
    checkScope(rows, r.children, 1, sequence);
  });

  checkStyle(rows, style);
  if (table.header.columns.content !== undefined && table.header.columns.content !== table.header.columns.stt) {
    checkLayout(rows, style);
  }
  sequence.sort((a, b) => a.index - b.index);
  return { taskNumbering, sequence, style };
}

function checkScope(rows: TableRow[], members: number[], start: number, out: SequenceIssue[]): void {
  if (members.length === 0) return;
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
      const missing: number[] = [];
      for (let n = expected; n < v; n++) if (!present.has(n)) missing.push(n);
      let holes = 0;
      for (let i = prevIndex + 1; i < m; i++) if (isHole(rows[i])) holes++;
      if (missing.length > holes) {
        out.push({ index: m, kind: 'gap', expected: shown(expected), missing: missing.map(shown) });
      }
    }
    if (!seen.has(v)) seen.set(v, rows[m].row);
    expected = Math.max(expected, v + 1);
    prevIndex = m;
  });
}

/** Per level, the most common way of writing tokens; the others are style issues. */
function checkStyle(rows: TableRow[], out: StyleIssue[]): void {
  const byLevel = new Map<number, Array<{ index: number; token: SttToken }>>();
  rows.forEach((r, index) => {
    const token = r.stt.token;
    if (!token || !r.level || r.stt.corrected || token.foreignLetter) return;
    const list = byLevel.get(r.level) ?? [];
    list.push({ index, token });
    byLevel.set(r.level, list);
  });
  for (const list of byLevel.values()) {
    const systems = countBy(list, (e) => e.token.system);
    const majoritySystem = top(systems);
    const sample = list.find((e) => e.token.system === majoritySystem)!.token;
    const forms = countBy(
      list.filter((e) => e.token.system === majoritySystem),
      (e) => e.token.punct + (e.token.spaced ? ' ' : ''),
    );
    const majorityForm = top(forms);
    const majorityPunct = majorityForm.trim();
    const majorityShown = formatStt(sample.system, sample.value, majorityPunct, sample.path);
    for (const e of list) {
      if (e.token.system !== majoritySystem) {
        out.push({ index: e.index, kind: 'system', majority: majorityShown });
      } else if (e.token.punct + (e.token.spaced ? ' ' : '') !== majorityForm) {
        const fixTo = formatStt(e.token.system, e.token.value, majorityPunct, e.token.path);
        out.push({ index: e.index, kind: 'punct', majority: majorityShown, fixTo });
      }
    }
  }
}

/** Per level, number and content in one cell ("I. Tổ chức…") or in two: each alone is fine. */
function checkLayout(rows: TableRow[], out: StyleIssue[]): void {
  const byLevel = new Map<number, number[]>();
  rows.forEach((r, index) => {
    if (!r.stt.token || !r.level) return;
    const list = byLevel.get(r.level) ?? [];
    list.push(index);
    byLevel.set(r.level, list);
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
  for (const [k, v] of counts) if (v > n) { best = k; n = v; }
  return best;
}
