/**
 * Consolidation: the copies units send back, merged into the master. Rows are matched by their text
 * and numbering, never by position; what cannot be matched is reported. The master changes only in
 * its progress columns (status, result), which are added when it has none.
 */
import { distance } from 'fastest-levenshtein';
import type { Finding, Severity } from '../model/finding';
import { CellValue, Grid, a1, cellAt, cellText } from '../model/grid';
import type { ValidateOptions } from '../engine/rule';
import { planPeriodOf, unitReaderFor } from '../engine/validate';
import { singleYearOf } from '../time/planPeriod';
import { AppendixTable, TableRow, readTables } from '../read/table';
import { cleanText, foldKey } from '../model/text';
import { deadlineOf, formatDay, parseTimeFrame } from '../time/timeFrame';
import type { UnitReader } from '../units/unitCell';
import { q } from '../rules/where';
import { ParsedStatus, STATUSES, STATUS_LABEL, Status, parseStatus } from './status';

export interface ReturnInput {
  /** What the person calls it: a file name, or a sheet name for returns kept as sheets. */
  file: string;
  grid: Grid;
  /** The sending unit, when the person says so (--unit-of). */
  unit?: string;
}

export interface ConsolidateOptions extends ValidateOptions {
  /** Tasks due before this day and not done are overdue; defaults to today. */
  reportDate?: Date;
  /** `summary`: read the statuses already written; nobody is expected to have sent anything. */
  rollUpOnly?: boolean;
}

export interface UnitReport {
  unit: string;
  status?: Status;
  /** The status as the unit wrote it. */
  statusText?: string;
  percent?: number;
  text?: string;
  file: string;
  row: number;
}

export interface MergedTask {
  row: number;
  stt: string;
  content: string;
  leads: string[];
  status: Status;
  overdue: boolean;
  deadline?: string;
  group?: string;
  reports: Array<{ unit: string; status: Status | 'unknown'; text: string; file: string }>;
}

export interface ConsolidationFinding extends Finding {
  unit?: string;
  file?: string;
  before?: string;
  after?: string;
}

export interface Sender {
  file: string;
  unit: string;
  how: 'given' | 'title' | 'file-name' | 'rows' | 'unknown';
}

export interface CellWrite {
  row: number;
  column: number;
  value: CellValue;
}

export interface ConsolidationResult {
  sheet: string;
  tasks: MergedTask[];
  findings: ConsolidationFinding[];
  summary: {
    byStatus: Record<Status, number>;
    byUnit: Record<string, Partial<Record<Status, number>>>;
    byGroup: Record<string, Partial<Record<Status, number>>>;
    overdue: number;
  };
  senders: Sender[];
  /** What the master sheet gets: header cells of added columns, status and result cells, roll-ups. */
  writes: CellWrite[];
  statusColumn: number;
  resultColumn: number;
  /** The rows of the "Tổng hợp" sheet. */
  summarySheet: CellValue[][];
  reportDate: Date;
}

export const SUMMARY_SHEET = 'Tổng hợp';

/** The codes consolidation reports (they come from merging, not from a rule over one sheet). */
export const CONSOLIDATION_CODES = [
  'consolidate.unit_missing',
  'consolidate.row_unmatched',
  'consolidate.content_changed',
  'consolidate.status_conflict',
  'consolidate.duplicate_report',
  'status.unknown',
  'status.overdue',
] as const;

const emptyCounts = (): Record<Status, number> => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;

function tasksOf(table: AppendixTable): TableRow[] {
  return table.rows.filter(
    (r) => (r.kind === 'task' || r.kind === 'subtask') && !r.children.some((c) => table.rows[c].kind === 'task' || table.rows[c].kind === 'subtask') && r.cells.content,
  );
}

/** "II/3/a": the row's number under its ancestors, for matching renumbered rows as a hint only. */
function pathOf(table: AppendixTable, r: TableRow): string {
  const parts: string[] = [];
  let cur: TableRow | undefined = r;
  while (cur) {
    parts.unshift(cur.stt.token ? cur.stt.token.body.toLowerCase() : '?');
    cur = cur.parent !== undefined ? table.rows[cur.parent] : undefined;
  }
  return parts.join('/');
}

/** Returns repeat the master's text: fold each distinct text once. */
const keyCache = new Map<string, string>();
function textKey(s: string | undefined): string {
  const raw = s ?? '';
  let k = keyCache.get(raw);
  if (k === undefined) {
    k = foldKey(cleanText(raw)).slice(0, 400);
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(raw, k);
  }
  return k;
}

function words(key: string): Set<string> {
  return new Set(key.split(' ').filter((w) => w.length > 1));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / Math.max(1, a.size + b.size - inter);
}

function similarity(a: string, b: string): number {
  const x = a.slice(0, 300);
  const y = b.slice(0, 300);
  return 1 - distance(x, y) / Math.max(1, x.length, y.length);
}

function canonicalUnits(reader: UnitReader, cell: string | undefined): string[] {
  if (!cell) return [];
  return reader.read(cell).pieces.map((p) => (p.match && p.match.how !== 'fuzzy' ? p.match.entry.name : p.main));
}

/** Which unit sent a return: the person's word, a "Đơn vị báo cáo:" line, the file name, or its rows. */
function senderOf(input: ReturnInput, table: AppendixTable, reader: UnitReader): Sender {
  const named = (text: string): string | undefined => {
    const p = reader.read(text).pieces[0];
    return p?.match && p.match.how !== 'fuzzy' ? p.match.entry.name : undefined;
  };
  if (input.unit) return { file: input.file, unit: named(input.unit) ?? input.unit.trim(), how: 'given' };
  for (let r = 1; r < table.header.row; r++) {
    for (const v of input.grid.rows[r - 1] ?? []) {
      const t = cellText(v);
      const m = /^\s*(?:đơn vị|cơ quan|don vi|co quan)(?:\s+(?:báo cáo|bao cao|thực hiện|thuc hien))?\s*:\s*(.+)$/i.exec(t.normalize('NFC'));
      if (m) return { file: input.file, unit: named(m[1]) ?? m[1].trim(), how: 'title' };
    }
  }
  const base = input.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ');
  const fromName = named(base) ?? nameInside(reader, base);
  if (fromName) return { file: input.file, unit: fromName, how: 'file-name' };
  const counts = new Map<string, number>();
  for (const r of tasksOf(table)) {
    const col = table.header.columns.status;
    if (col === undefined || !cellText(cellAt(input.grid, r.row, col)).trim()) continue;
    for (const u of canonicalUnits(reader, r.cells.chuTri).slice(0, 1)) counts.set(u, (counts.get(u) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (best) return { file: input.file, unit: best[0], how: 'rows' };
  return { file: input.file, unit: base, how: 'unknown' };
}

/** A unit named inside a longer file name ("BC Sở Tài chính", "Bao cao - So Y te"): the longest one. */
function nameInside(reader: UnitReader, base: string): string | undefined {
  const key = ` ${foldKey(base.replace(/&/g, ''))} `;
  let best: string | undefined;
  let bestLength = 0;
  for (const e of reader.directory.entries) {
    for (const n of [e.name, ...e.aliases]) {
      const k = foldKey(n.replace(/&/g, ''));
      if (k.length > bestLength && k.length >= 5 && key.includes(` ${k} `)) {
        best = e.name;
        bestLength = k.length;
      }
    }
  }
  return best;
}

function finding(
  sheet: string,
  row: number,
  column: number,
  code: string,
  severity: Severity,
  message: { vi: string; en: string },
  extra: Partial<ConsolidationFinding> = {},
): ConsolidationFinding {
  return { sheet, row, column, cell: a1(row, column), code, severity, message: message.vi, messageEn: message.en, ...extra };
}

export function consolidate(master: Grid, inputs: readonly ReturnInput[], options: ConsolidateOptions = {}): ConsolidationResult | undefined {
  const reader = unitReaderFor([master, ...inputs.map((i) => i.grid)], options);
  const [table] = readTables(master);
  if (!table) return undefined;
  const plan = planPeriodOf(master, [table], options);
  const planYear = singleYearOf(plan);
  const reportDate = options.reportDate ?? new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));
  const findings: ConsolidationFinding[] = [];
  const sheet = master.name;

  // Progress columns: the master's own, else two new ones to the right of its table.
  let next = table.header.lastColumn + 1;
  const writes: CellWrite[] = [];
  const statusColumn = table.header.columns.status ?? next++;
  const resultColumn = table.header.columns.status !== undefined && table.header.columns.result !== undefined ? table.header.columns.result : next++;
  if (table.header.columns.status === undefined) writes.push({ row: table.header.row, column: statusColumn, value: 'Tình hình thực hiện' });
  if (resultColumn >= table.header.lastColumn + 1) writes.push({ row: table.header.row, column: resultColumn, value: 'Kết quả đạt được' });

  const masterTasks = tasksOf(table);
  const byKey = new Map<string, TableRow[]>();
  const keys = new Map<TableRow, string>();
  const wordSets = new Map<TableRow, Set<string>>();
  for (const t of masterTasks) {
    const k = textKey(t.cells.content);
    keys.set(t, k);
    wordSets.set(t, words(k));
    const list = byKey.get(k) ?? [];
    list.push(t);
    byKey.set(k, list);
  }
  const masterPaths = new Map(masterTasks.map((t) => [t, pathOf(table, t)]));

  // Returns in a fixed order (by name), the same file once: the merge cannot depend on their order.
  const seen = new Set<string>();
  const ordered = [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).filter((i) => !seen.has(i.file) && !!seen.add(i.file));
  const senders: Sender[] = [];
  const reports = new Map<TableRow, UnitReport[]>();
  const filesByUnit = new Map<string, string[]>();

  for (const input of ordered) {
    const [rt] = readTables(input.grid);
    if (!rt) {
      findings.push(finding(sheet, table.header.row, table.header.firstColumn, 'consolidate.row_unmatched', 'warning', {
        vi: `Tệp ${q(input.file)} không có bảng phụ lục nào để tổng hợp.`,
        en: `File ${q(input.file)} has no appendix table to merge.`,
      }, { file: input.file }));
      continue;
    }
    const sender = senderOf(input, rt, reader);
    senders.push(sender);
    filesByUnit.set(sender.unit, [...(filesByUnit.get(sender.unit) ?? []), input.file]);
    const used = new Set<TableRow>();
    for (const r of tasksOf(rt)) {
      const k = textKey(r.cells.content);
      const path = pathOf(rt, r);
      // Identical texts (two tasks both "Báo cáo kết quả thực hiện"): the one with the same number wins.
      const same = (byKey.get(k) ?? []).filter((t) => !used.has(t));
      let match = same.find((t) => masterPaths.get(t) === path) ?? same[0];
      let exact = !!match;
      if (!match) {
        const ws = words(k);
        const scored = masterTasks
          .filter((t) => !used.has(t))
          .map((t) => ({ t, j: jaccard(ws, wordSets.get(t)!), samePath: masterPaths.get(t) === path }))
          .filter((c) => c.j >= 0.3 || c.samePath)
          .sort((a, b) => b.j - a.j)
          .slice(0, 4)
          .map((c) => ({ ...c, s: similarity(k, keys.get(c.t)!) }));
        const best = scored.sort((a, b) => b.s - a.s || Number(b.samePath) - Number(a.samePath))[0];
        if (best && (best.s >= 0.8 || (best.samePath && best.j >= 0.5))) match = best.t;
        exact = false;
      }
      const statusCol = rt.header.columns.status;
      let statusText = statusCol !== undefined ? cleanText(cellText(cellAt(input.grid, r.row, statusCol))) : '';
      // A result column in a return with no status column is the report only where the unit wrote
      // something the master does not already say there (a planned-product column copied back is not).
      const resultCol = rt.header.columns.result;
      let text = resultCol !== undefined ? cleanText(cellText(cellAt(input.grid, r.row, resultCol))) : '';
      if (statusCol === undefined && text && match) {
        const masterResult = table.header.columns.result !== undefined ? cleanText(cellText(cellAt(master, match.row, table.header.columns.result))) : '';
        if (textKey(text) === textKey(masterResult)) text = '';
        else if (parseStatus(text).status) statusText = text;
      }
      if (!match) {
        if (statusText || text) {
          findings.push(finding(input.grid.name, r.row, rt.header.columns.content ?? 1, 'consolidate.row_unmatched', 'warning', {
            vi: `Dòng ${r.row} của ${q(input.file)} (${q(cleanText(r.cells.content ?? ''))}) không khớp nhiệm vụ nào của bảng tổng hợp; không được gộp.`,
            en: `Row ${r.row} of ${q(input.file)} (${q(cleanText(r.cells.content ?? ''))}) matches no task of the master; it was not merged.`,
          }, { file: input.file }));
        }
        continue;
      }
      used.add(match);
      if (!statusText && !text) continue;
      const parsed: ParsedStatus = statusText ? parseStatus(statusText) : {};
      if (statusText && !parsed.status) {
        findings.push(finding(input.grid.name, r.row, statusCol!, 'status.unknown', 'warning', {
          vi: `Không hiểu tình trạng ${q(statusText)} trong ${q(input.file)}; hãy ghi “Hoàn thành”, “Đang thực hiện”, “Chưa thực hiện”… Không đoán.`,
          en: `Status ${q(statusText)} in ${q(input.file)} is not understood; write “Hoàn thành”, “Đang thực hiện”, “Chưa thực hiện”… It is not guessed.`,
        }, { file: input.file, unit: sender.unit }));
      }
      const changes: string[] = [];
      if (!exact) changes.push('content');
      // The lead changed only if the units differ, not their spelling (Phòng TĐC is the same unit).
      if (r.cells.chuTri !== undefined && canonicalUnits(reader, r.cells.chuTri).join('|') !== canonicalUnits(reader, match.cells.chuTri).join('|')) changes.push('chuTri');
      if (textKey(r.cells.time) !== textKey(match.cells.time) && r.cells.time !== undefined) changes.push('time');
      for (const role of changes) {
        const col = table.header.columns[role as 'content' | 'chuTri' | 'time'] ?? 1;
        const before = cleanText(match.cells[role as 'content'] ?? '');
        const after = cleanText(r.cells[role as 'content'] ?? '');
        findings.push(finding(sheet, match.row, col, 'consolidate.content_changed', 'info', {
          vi: `${q(sender.unit)} đã sửa ${role === 'content' ? 'nội dung' : role === 'chuTri' ? 'cơ quan chủ trì' : 'thời gian'} của nhiệm vụ trong bản báo cáo: ${q(before)} → ${q(after)}.`,
          en: `${q(sender.unit)} changed the task's ${role === 'content' ? 'text' : role === 'chuTri' ? 'lead unit' : 'time frame'} in its return: ${q(before)} → ${q(after)}.`,
        }, { file: input.file, unit: sender.unit, before, after }));
      }
      const list = reports.get(match) ?? [];
      list.push({ unit: sender.unit, status: parsed.status, statusText: statusText || undefined, percent: parsed.percent, text: text || undefined, file: input.file, row: r.row });
      reports.set(match, list);
    }
  }

  for (const [unit, files] of filesByUnit) {
    if (files.length < 2) continue;
    findings.push(finding(sheet, table.header.row, table.header.firstColumn, 'consolidate.duplicate_report', 'warning', {
      vi: `${q(unit)} gửi ${files.length} bản báo cáo (${files.map(q).join(', ')}); bản sau cùng theo tên tệp được dùng.`,
      en: `${q(unit)} sent ${files.length} returns (${files.map(q).join(', ')}); the last by file name is used.`,
    }, { unit, file: files.join(', ') }));
  }

  const tasks: MergedTask[] = [];
  const byStatus = emptyCounts();
  const byUnit: Record<string, Partial<Record<Status, number>>> = {};
  const byGroup: Record<string, Partial<Record<Status, number>>> = {};
  const allLeads = new Set<string>();
  const reported = new Set(senders.map((s) => s.unit));
  let overdueCount = 0;

  for (const t of masterTasks) {
    const leads = canonicalUnits(reader, t.cells.chuTri);
    leads.forEach((l) => allLeads.add(l));
    // One report per unit: the last file by name wins when a unit sent two.
    const perUnit = new Map<string, UnitReport>();
    for (const r of reports.get(t) ?? []) perUnit.set(r.unit, r);
    const list = [...perUnit.values()].sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
    const lead = leads.map((l) => perUnit.get(l)).find((r) => r !== undefined);
    const existingText = cellText(cellAt(master, t.row, statusColumn));
    const existing = parseStatus(existingText).status;
    // No word from the lead this time: what the master already holds stands (an earlier merge).
    const status: Status = lead?.status ?? existing ?? 'not_reported';
    if (options.rollUpOnly && existingText.trim() && !existing) {
      findings.push(finding(sheet, t.row, statusColumn, 'status.unknown', 'warning', {
        vi: `Không hiểu tình trạng ${q(existingText.trim())}; hãy ghi “Hoàn thành”, “Đang thực hiện”, “Chưa thực hiện”… Không đoán.`,
        en: `Status ${q(existingText.trim())} is not understood; write “Hoàn thành”, “Đang thực hiện”, “Chưa thực hiện”… It is not guessed.`,
      }));
    }
    const frame = t.cells.time !== undefined ? parseTimeFrame(t.timeValue ?? t.cells.time, { planYear }) : undefined;
    const deadline = frame ? deadlineOf(frame) : undefined;
    const overdue = status !== 'done' && status !== 'cancelled' && !!deadline && deadline < reportDate;
    if (overdue) {
      overdueCount++;
      findings.push(finding(sheet, t.row, statusColumn, 'status.overdue', 'warning', {
        vi: `Nhiệm vụ quá hạn: hạn ${formatDay(deadline)}, đến ngày báo cáo ${formatDay(reportDate)} tình trạng là “${STATUS_LABEL[status].vi}”.`,
        en: `Overdue: due ${formatDay(deadline)}, and on the report date ${formatDay(reportDate)} its status is “${STATUS_LABEL[status].en}”.`,
      }));
    }
    for (const r of list) {
      if (lead && r !== lead && r.status && lead.status && r.status !== lead.status) {
        findings.push(finding(sheet, t.row, statusColumn, 'consolidate.status_conflict', 'info', {
          vi: `${q(r.unit)} (phối hợp) báo “${STATUS_LABEL[r.status].vi}”, khác cơ quan chủ trì ${q(lead.unit)} (“${STATUS_LABEL[lead.status].vi}”).`,
          en: `${q(r.unit)} (cooperating) reports “${STATUS_LABEL[r.status].en}”, unlike the lead ${q(lead.unit)} (“${STATUS_LABEL[lead.status].en}”).`,
        }, { unit: r.unit, file: r.file }));
      }
    }
    if (list.length > 0) {
      if (lead?.statusText) writes.push({ row: t.row, column: statusColumn, value: lead.statusText });
      const lines: string[] = [];
      if (lead?.text) lines.push(lead.text);
      // Without the lead this time, the result the master holds is kept and the new lines added once.
      else if (!lead) lines.push(...cellText(cellAt(master, t.row, resultColumn)).split('\n').filter((l) => l.trim()));
      for (const r of list) {
        if (r === lead || (!r.text && !r.statusText)) continue;
        const line = `${r.unit}: ${[r.statusText, r.text].filter(Boolean).join(' – ')}`;
        if (!lines.includes(line)) lines.push(line);
      }
      if (lines.length) writes.push({ row: t.row, column: resultColumn, value: lines.join('\n') });
    }
    byStatus[status]++;
    const unitKeyName = leads[0] ?? '(không rõ)';
    (byUnit[unitKeyName] ??= {})[status] = (byUnit[unitKeyName][status] ?? 0) + 1;
    const group = groupOf(table, t);
    (byGroup[group] ??= {})[status] = (byGroup[group][status] ?? 0) + 1;
    tasks.push({
      row: t.row,
      stt: t.sttText,
      content: cleanText(t.cells.content ?? ''),
      leads,
      status,
      overdue,
      ...(deadline ? { deadline: deadline.toISOString().slice(0, 10) } : {}),
      group,
      reports: list.map((r) => ({ unit: r.unit, status: r.status ?? 'unknown', text: r.text ?? '', file: r.file })),
    });
  }

  // Roll-ups on group rows and on tasks that head points: "3/5 hoàn thành".
  const tasksUnder = tasksByAncestor(table, tasks);
  table.rows.forEach((r) => {
    if (r.kind !== 'group' && !(r.kind === 'task' && r.children.some((c) => table.rows[c].kind === 'subtask'))) return;
    const under = tasksUnder.get(r) ?? [];
    if (under.length === 0) return;
    const done = under.filter((t) => t.status === 'done').length;
    writes.push({ row: r.row, column: statusColumn, value: `${done}/${under.length} hoàn thành` });
  });

  for (const unit of options.rollUpOnly ? [] : [...allLeads].sort()) {
    if (reported.has(unit) || /^các\b|^(doanh nghiệp|trường)/i.test(unit)) continue;
    findings.push(finding(sheet, table.header.row, statusColumn, 'consolidate.unit_missing', 'warning', {
      vi: `${q(unit)} chủ trì nhiệm vụ nhưng chưa gửi báo cáo.`,
      en: `${q(unit)} leads tasks but has sent no return.`,
    }, { unit }));
  }

  const summary = { byStatus, byUnit, byGroup, overdue: overdueCount };
  return {
    sheet,
    tasks,
    findings,
    summary,
    senders,
    writes,
    statusColumn,
    resultColumn,
    summarySheet: summaryRows(summary, tasks, senders, [...allLeads].filter((u) => !reported.has(u)), reportDate),
    reportDate,
  };
}

function groupOf(table: AppendixTable, t: TableRow): string {
  let cur: TableRow | undefined = t;
  while (cur && cur.kind !== 'group') cur = cur.parent !== undefined ? table.rows[cur.parent] : undefined;
  if (!cur) return '(không nhóm)';
  return `${cur.stt.token?.raw ?? cur.sttText} ${cleanText(cur.cells.content ?? '')}`.trim().slice(0, 80);
}

/** Every task filed under each of its ancestors: the table's rows indexed once, each task walked up once. */
function tasksByAncestor(table: AppendixTable, tasks: MergedTask[]): Map<TableRow, MergedTask[]> {
  const byRow = new Map(table.rows.map((r) => [r.row, r]));
  const out = new Map<TableRow, MergedTask[]>();
  for (const t of tasks) {
    let cur = byRow.get(t.row);
    while (cur && cur.parent !== undefined) {
      cur = table.rows[cur.parent];
      const list = out.get(cur);
      if (list) list.push(t);
      else out.set(cur, [t]);
    }
  }
  return out;
}

function summaryRows(
  summary: ConsolidationResult['summary'],
  tasks: MergedTask[],
  senders: Sender[],
  missing: string[],
  reportDate: Date,
): CellValue[][] {
  const rows: CellValue[][] = [];
  const header = STATUSES.map((s) => STATUS_LABEL[s].vi);
  rows.push(['TỔNG HỢP TÌNH HÌNH THỰC HIỆN']);
  rows.push([`Ngày báo cáo: ${formatDay(reportDate)}`]);
  rows.push([`Tệp đã tổng hợp: ${senders.map((s) => `${s.file} (${s.unit})`).join('; ') || '(không có)'}`]);
  rows.push([]);
  rows.push(['Theo tình trạng', ...header, 'Tổng', 'Quá hạn']);
  rows.push(['Toàn bộ', ...STATUSES.map((s) => summary.byStatus[s]), tasks.length, summary.overdue]);
  rows.push([]);
  rows.push(['Theo cơ quan chủ trì', ...header, 'Tổng']);
  for (const [unit, c] of Object.entries(summary.byUnit).sort()) rows.push([unit, ...STATUSES.map((s) => c[s] ?? 0), STATUSES.reduce((n, s) => n + (c[s] ?? 0), 0)]);
  rows.push([]);
  rows.push(['Theo nhóm nhiệm vụ', ...header, 'Tổng']);
  for (const [group, c] of Object.entries(summary.byGroup)) rows.push([group, ...STATUSES.map((s) => c[s] ?? 0), STATUSES.reduce((n, s) => n + (c[s] ?? 0), 0)]);
  rows.push([]);
  rows.push(['Nhiệm vụ quá hạn', 'STT', 'Hạn', 'Tình trạng', 'Chủ trì']);
  for (const t of tasks.filter((x) => x.overdue)) rows.push([t.content.slice(0, 200), t.stt, t.deadline ?? '', STATUS_LABEL[t.status].vi, t.leads.join(', ')]);
  rows.push([]);
  rows.push(['Đơn vị chủ trì chưa báo cáo']);
  for (const u of missing.sort()) rows.push([u]);
  return rows;
}
