/**
 * Consolidation: the copies units send back, merged into the master. Rows are matched by their text
 * and numbering, never by position; what cannot be matched is reported. The master changes only in
 * its progress columns (status, reported result), which are added to the right of the table when it
 * has none; the plan's own columns are compared, never written.
 *
 * The parts live beside this file: matching (match.ts), who sent what (sender.ts), roll-ups over the
 * hierarchy (rollup.ts), the `Tổng hợp` sheet (summarySheet.ts) and the figures every host shows
 * (figures.ts).
 */
import type { Finding } from '../model/finding';
import { CellValue, Grid, a1, cellAt, cellText } from '../model/grid';
import { RuleError, formatMessage, type MessageData, type ValidateOptions } from '../engine/rule';
import { codeMeta } from '../rules/catalogue';
import { planPeriodOf, unitReaderFor } from '../engine/validate';
import { formatDayVi } from '../engine/settings';
import { singleYearOf } from '../time/planPeriod';
import { AppendixTable, TableRow, readTables } from '../read/table';
import { cleanText, foldKey } from '../model/text';
import { deadlineOf, parseTimeFrame } from '../time/timeFrame';
import type { UnitReader } from '../units/unitCell';
import { q } from '../rules/support/where';
import { STATUSES, STATUS_LABEL, Status, StatusWords, parseStatus } from './status';
import { MasterIndex, markKey, pathOf, tasksOf } from './match';
import { ReturnInput, Sender, canonicalUnits, chooseReturns, hasCollective, senderOf } from './sender';
import { groupOf, qualifiedNumber, rollUpText, rollUps } from './rollup';
import { summarySheet } from './summarySheet';

export type { ReturnInput, Sender } from './sender';
export { SUMMARY_SHEET } from './summarySheet';

export interface ConsolidateOptions extends ValidateOptions {
  /** Tasks due before this day and not done are late; the caller's today when not given. */
  reportDate?: Date;
  /** `summary`: read the statuses already written; nobody is expected to have sent anything. */
  rollUpOnly?: boolean;
  /** The workbook's own status words (its settings sheet's "Từ chỉ tình trạng" table). */
  statusWords?: StatusWords;
}

/** The day to judge lateness on: the report date, or today as the caller knows it (core never reads a clock). */
export type DayGiven = { reportDate: Date; today?: Date } | { today: Date; reportDate?: Date };

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
  /** The number under its group: "II.3". */
  number: string;
  content: string;
  leads: string[];
  status: Status;
  /** Late at the report date: not done nor cancelled, and its deadline passed or reported "Quá hạn". */
  overdue: boolean;
  /** yyyy-mm-dd. */
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

export interface CellWrite {
  row: number;
  column: number;
  value: CellValue;
}

/** A progress column added to the right of the master's table, for hosts to size and wrap. */
export interface AddedColumn {
  column: number;
  role: 'status' | 'result';
  /** The header row, where its title goes. */
  row: number;
  /** Width in characters. */
  width: number;
}

export interface ConsolidationSummary {
  /** Each task once, by the status reported (a reported "Quá hạn" counts under overdue). */
  byStatus: Record<Status, number>;
  byUnit: Record<string, Partial<Record<Status, number>>>;
  byGroup: Record<string, Partial<Record<Status, number>>>;
  /** Tasks late at the report date (see MergedTask.overdue). */
  overdue: number;
  /** Tasks whose status is known (reported now or already in the master). */
  withStatus: number;
}

export interface ConsolidationResult {
  sheet: string;
  tasks: MergedTask[];
  findings: ConsolidationFinding[];
  summary: ConsolidationSummary;
  /** The returns used, one per unit. */
  senders: Sender[];
  /** Copies not used because their unit sent another that wins. */
  ignored: Sender[];
  /** What the master sheet gets: header cells of added columns, status and result cells, roll-ups. */
  writes: CellWrite[];
  statusColumn: number;
  resultColumn: number;
  addedColumns: AddedColumn[];
  /** Whether the master had a status column of its own (`summary` needs one). */
  hadStatusColumn: boolean;
  /** The rows of the "Tổng hợp" sheet, and its column widths in characters. */
  summarySheet: CellValue[][];
  summaryWidths: number[];
  reportDate: Date;
}

/** The codes consolidation reports (they come from merging, not from a rule over one sheet). */
export const CONSOLIDATION_CODES = [
  'consolidate.unit_missing',
  'consolidate.row_unmatched',
  'consolidate.content_changed',
  'consolidate.status_conflict',
  'consolidate.duplicate_report',
  'consolidate.not_assigned',
  'status.unknown',
  'status.overdue',
] as const;

export const ADDED_COLUMN_TITLE = { status: 'Tình trạng', result: 'Kết quả thực hiện' } as const;

/** Plan columns a return may have changed: compared, reported, never merged. */
const PLAN_ROLES = ['content', 'output', 'chuTri', 'phoiHop', 'time'] as const;
type PlanRole = (typeof PLAN_ROLES)[number];
const PLAN_ROLE_NAME: Record<PlanRole, { vi: string; en: string }> = {
  content: { vi: 'nội dung', en: 'text' },
  output: { vi: 'sản phẩm/kết quả dự kiến', en: 'planned output' },
  chuTri: { vi: 'cơ quan chủ trì', en: 'lead unit' },
  phoiHop: { vi: 'cơ quan phối hợp', en: 'cooperating units' },
  time: { vi: 'thời gian', en: 'time frame' },
};

const emptyCounts = (): Record<Status, number> => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;

/**
 * A consolidation finding, worded like a rule's: the code's severity and message templates come from the
 * catalogue (core/rules/catalogue.ts), the report names a message id and fills its placeholders.
 */
function finding(
  sheet: string,
  row: number,
  column: number,
  code: string,
  messageId: string,
  data: MessageData,
  extra: Partial<ConsolidationFinding> = {},
): ConsolidationFinding {
  const meta = codeMeta(code);
  const template = meta?.messages[messageId];
  if (!meta || !template) throw new RuleError(`${code}: unknown code or message id “${messageId}”`);
  const message = { vi: formatMessage(template.vi, data, 'vi', code), en: formatMessage(template.en, data, 'en', code) };
  return { sheet, row, column, cell: a1(row, column), code, severity: meta.severity, message: message.vi, messageEn: message.en, ...extra };
}

/** A plan cell of a return compared with the master's: same, differs by marks only, or differs. */
function planChange(
  reader: UnitReader,
  key: (s: string | undefined) => string,
  role: PlanRole,
  theirs: string | undefined,
  ours: string | undefined,
): 'same' | 'marks' | 'changed' {
  // Full copies repeat the master's cells as they are: most comparisons end here.
  if (theirs === ours || theirs === undefined || !theirs.trim()) return 'same';
  if (role === 'chuTri' || role === 'phoiHop') {
    // The same units spelled another way (Phòng TĐC) are the same units.
    const key = (cell: string | undefined) => canonicalUnits(reader, cell).map(foldKey).join('|');
    return key(theirs) === key(ours) ? 'same' : 'changed';
  }
  if (key(theirs) !== key(ours)) return 'changed';
  return markKey(theirs) === markKey(ours) ? 'same' : 'marks';
}

/** Lines of a result cell, grouped into blocks that each start with "Unit: ". */
function resultBlocks(text: string, units: ReadonlySet<string>): Array<{ unit?: string; lines: string[] }> {
  const blocks: Array<{ unit?: string; lines: string[] }> = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const colon = line.indexOf(': ');
    const unit = colon > 0 && units.has(line.slice(0, colon)) ? line.slice(0, colon) : undefined;
    if (unit || blocks.length === 0) blocks.push({ unit, lines: [line] });
    else blocks[blocks.length - 1].lines.push(line);
  }
  return blocks;
}

/** A function that computes each distinct argument once; local to one consolidation, never shared between calls. */
function memo<T>(fn: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    if (seen.has(s)) return seen.get(s)!;
    const v = fn(s);
    seen.set(s, v);
    return v;
  };
}

const cellsOf = (r: TableRow) => r.cells;

interface Placed {
  input: ReturnInput;
  table: AppendixTable;
  sender: Sender;
}

export function consolidate(master: Grid, inputs: readonly ReturnInput[], options: ConsolidateOptions & DayGiven): ConsolidationResult | undefined {
  const reader = unitReaderFor([master, ...inputs.map((i) => i.grid)], options);
  const [table] = readTables(master);
  if (!table) return undefined;
  const plan = planPeriodOf(master, [table], options);
  const planYear = singleYearOf(plan);
  const reportDate = options.reportDate ?? options.today!;
  const words = options.statusWords;
  const findings: ConsolidationFinding[] = [];
  const sheet = master.name;
  const cols = table.header.columns;

  // Progress columns: the master's own, else new ones to the right of its table.
  const next = table.header.lastColumn + 1;
  const writes: CellWrite[] = [];
  const addedColumns: AddedColumn[] = [];
  const statusColumn = cols.status ?? next;
  const resultColumn = cols.result ?? (cols.status === undefined ? next + 1 : next);
  if (cols.status === undefined) addedColumns.push({ column: statusColumn, role: 'status', row: table.header.row, width: 18 });
  if (cols.result === undefined) addedColumns.push({ column: resultColumn, role: 'result', row: table.header.row, width: 50 });
  for (const a of addedColumns) writes.push({ row: a.row, column: a.column, value: ADDED_COLUMN_TITLE[a.role] });

  const index = new MasterIndex(table);
  // Unit names and status words repeat on every row: each distinct one is folded and read once in this call.
  const fold = memo(foldKey);
  const statusOf = memo((text: string) => parseStatus(text, words));

  // The same file given twice is one return; it counts where it was given last.
  const lastOf = new Map<string, ReturnInput>();
  for (const i of inputs) {
    lastOf.delete(i.file);
    lastOf.set(i.file, i);
  }
  const placed: Placed[] = [];
  for (const input of lastOf.values()) {
    const [rt] = readTables(input.grid);
    if (!rt) {
      findings.push(
        finding(sheet, table.header.row, table.header.firstColumn, 'consolidate.row_unmatched', 'noTable', { file: q(input.file) }, { file: input.file }),
      );
      continue;
    }
    placed.push({ input, table: rt, sender: senderOf(input, rt, reader) });
  }
  const chosen = chooseReturns(placed);
  const ignored: Sender[] = [];
  for (const c of chosen) {
    if (c.ignored.length === 0) continue;
    ignored.push(...c.ignored.map((x) => x.sender));
    const others = c.ignored.map((x) => q(x.input.file)).join(', ');
    findings.push(
      finding(
        sheet,
        table.header.row,
        table.header.firstColumn,
        'consolidate.duplicate_report',
        'duplicate',
        { unit: q(c.unit), count: c.ignored.length + 1, used: q(c.used.input.file), others },
        { unit: c.unit, file: c.used.input.file },
      ),
    );
  }
  // Returns in a fixed order (by unit): the merge does not depend on the order they were given in.
  const used = chosen.map((c) => c.used).sort((a, b) => (a.sender.unit < b.sender.unit ? -1 : a.sender.unit > b.sender.unit ? 1 : 0));
  const senders = used.map((u) => u.sender);
  const reports = new Map<TableRow, UnitReport[]>();

  for (const { input, table: rt, sender } of used) {
    const taken = new Set<TableRow>();
    const rcols = rt.header.columns;
    const statusCol = rcols.status;
    const resultCol = rcols.result;
    for (const r of tasksOf(rt)) {
      const { task: match, exact } = index.match(index.key(r.cells.content), pathOf(rt, r), taken);
      let statusText = statusCol !== undefined ? cleanText(cellText(cellAt(input.grid, r.row, statusCol))) : '';
      let text = resultCol !== undefined ? cleanText(cellText(cellAt(input.grid, r.row, resultCol))) : '';
      if (!match) {
        if (statusText || text) {
          findings.push(
            finding(
              input.grid.name,
              r.row,
              rt.header.columns.content ?? 1,
              'consolidate.row_unmatched',
              'unmatched',
              { row: r.row, file: q(input.file), content: q(cleanText(r.cells.content ?? '')) },
              { file: input.file },
            ),
          );
        }
        continue;
      }
      taken.add(match);
      // A result the master already holds in that cell is not news (a copy of an earlier merge).
      if (text && index.key(text) === index.key(cellText(cellAt(master, match.row, resultColumn)))) text = '';
      // A return with a result column and no status column: a status word there is its status.
      if (statusCol === undefined && text && statusOf(text).status) statusText = text;
      // Plan columns: compared with the master's, reported when they differ, never merged.
      for (const role of PLAN_ROLES) {
        const theirs = cellsOf(r)[role];
        const ours = cellsOf(match)[role];
        const change = role === 'content' && !exact ? 'changed' : planChange(reader, (x) => index.key(x), role, theirs, ours);
        if (change === 'same') continue;
        const col = cols[role] ?? table.header.columns.content ?? 1;
        const before = cleanText(ours ?? '');
        const after = cleanText(theirs ?? '');
        const marks = change === 'marks';
        findings.push(
          finding(
            sheet,
            match.row,
            col,
            'consolidate.content_changed',
            'changed',
            {
              unit: q(sender.unit),
              what: PLAN_ROLE_NAME[role],
              marks: marks ? { vi: ' (chỉ khác dấu)', en: ' (marks only)' } : '',
              before: q(before),
              after: q(after),
            },
            { file: input.file, unit: sender.unit, before, after },
          ),
        );
      }
      if (!statusText && !text) continue;
      // A unit reports on its own tasks: lead, cooperating, or one of a collective named there.
      const mine = [...canonicalUnits(reader, match.cells.chuTri), ...canonicalUnits(reader, match.cells.phoiHop)].map(fold);
      const open = hasCollective(reader, match.cells.chuTri) || hasCollective(reader, match.cells.phoiHop);
      if (sender.how !== 'unknown' && !open && !mine.includes(fold(sender.unit))) {
        findings.push(
          finding(
            input.grid.name,
            r.row,
            statusCol ?? resultCol ?? 1,
            'consolidate.not_assigned',
            'notAssigned',
            { unit: q(sender.unit), number: qualifiedNumber(table, match) },
            { file: input.file, unit: sender.unit },
          ),
        );
        continue;
      }
      const parsed = statusText ? statusOf(statusText) : {};
      if (statusText && !parsed.status) {
        findings.push(
          finding(
            input.grid.name,
            r.row,
            statusCol ?? resultCol ?? 1,
            'status.unknown',
            'unknownIn',
            { status: q(statusText), file: q(input.file) },
            { file: input.file, unit: sender.unit },
          ),
        );
      }
      const list = reports.get(match) ?? [];
      list.push({
        unit: sender.unit,
        status: parsed.status,
        statusText: statusText || undefined,
        percent: parsed.percent,
        text: text || undefined,
        file: input.file,
        row: r.row,
      });
      reports.set(match, list);
    }
  }

  const tasks: MergedTask[] = [];
  const byStatus = emptyCounts();
  const byUnit: Record<string, Partial<Record<Status, number>>> = {};
  const byGroup: Record<string, Partial<Record<Status, number>>> = {};
  const lateByUnit: Record<string, number> = {};
  const lateByGroup: Record<string, number> = {};
  const lateDeadlines: Array<Date | undefined> = [];
  const allLeads = new Set<string>();
  const reported = new Set(senders.map((s) => s.unit));
  const reportingUnits = new Set([...senders, ...ignored].map((s) => s.unit));
  let overdueCount = 0;
  let withStatus = 0;
  // Time cells and groups repeat down a long table: each distinct one is read once in this call.
  const deadlines = new Map<string, Date | undefined>();
  const deadlineOfCell = (t: TableRow): Date | undefined => {
    if (t.cells.time === undefined) return undefined;
    const memo = typeof (t.timeValue ?? t.cells.time) === 'string' ? t.cells.time : undefined;
    if (memo !== undefined && deadlines.has(memo)) return deadlines.get(memo);
    const frame = parseTimeFrame(t.timeValue ?? t.cells.time, { planYear, issueDate: plan?.date, issueDocument: plan?.document });
    const d = frame ? deadlineOf(frame) : undefined;
    if (memo !== undefined) deadlines.set(memo, d);
    return d;
  };
  const groups = new Map<number | undefined, string>();
  const groupName = (t: TableRow): string => {
    let g = groups.get(t.parent);
    if (g === undefined) {
      g = groupOf(table, t);
      groups.set(t.parent, g);
    }
    return g;
  };

  for (const t of index.tasks) {
    const leads = canonicalUnits(reader, t.cells.chuTri);
    leads.forEach((l) => allLeads.add(l));
    const list = (reports.get(t) ?? []).slice().sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
    const lead = leads.map((l) => list.find((r) => r.unit === l)).find((r) => r !== undefined);
    const existingText = cleanText(cellText(cellAt(master, t.row, statusColumn)));
    const existing = existingText ? statusOf(existingText).status : undefined;
    // No word from the lead this time: what the master already holds stands (an earlier merge).
    const status: Status = lead?.status ?? existing ?? 'not_reported';
    if (status !== 'not_reported') withStatus++;
    if (options.rollUpOnly && existingText && !existing) {
      findings.push(finding(sheet, t.row, statusColumn, 'status.unknown', 'unknown', { status: q(existingText) }));
    }
    const deadline = deadlineOfCell(t);
    const passed = !!deadline && deadline < reportDate;
    const overdue = status === 'overdue' || (status !== 'done' && status !== 'cancelled' && passed);
    const number = qualifiedNumber(table, t);
    if (overdue) {
      overdueCount++;
      findings.push(
        finding(
          sheet,
          t.row,
          statusColumn,
          'status.overdue',
          passed ? 'late' : 'reported',
          passed ? { number, deadline: formatDayVi(deadline), reportDate: formatDayVi(reportDate), status: STATUS_LABEL[status] } : { number },
        ),
      );
    }
    for (const r of list) {
      if (lead && r !== lead && r.status && lead.status && r.status !== lead.status) {
        findings.push(
          finding(
            sheet,
            t.row,
            statusColumn,
            'consolidate.status_conflict',
            'conflict',
            { unit: q(r.unit), status: STATUS_LABEL[r.status], lead: q(lead.unit), leadStatus: STATUS_LABEL[lead.status] },
            { unit: r.unit, file: r.file },
          ),
        );
      }
    }
    if (list.length > 0) {
      // Status cells hold the canonical word; the unit's own words go to the result, under its name.
      if (lead?.status) writes.push({ row: t.row, column: statusColumn, value: STATUS_LABEL[lead.status].vi });
      const lineOf = (r: UnitReport): string | undefined => {
        // The lead's status word, when it is the canonical one, is already in the status cell.
        const plain = r === lead && r.status && r.statusText && fold(r.statusText) === fold(STATUS_LABEL[r.status].vi);
        const body = [plain ? undefined : r.statusText, r.text].filter(Boolean).join(' – ');
        return body ? `${r.unit}: ${body}` : undefined;
      };
      const fresh = [lead, ...list.filter((r) => r !== lead)].flatMap((r) => {
        const line = r && lineOf(r);
        return r && line ? [{ unit: r.unit, lines: [line] }] : [];
      });
      // What the master holds is kept, but a unit reporting again replaces its own earlier lines.
      const before = cellText(cellAt(master, t.row, resultColumn));
      const known = new Set([...reportingUnits, ...leads]);
      const kept = resultBlocks(before, known).filter((b) => !b.unit || !fresh.some((f) => f.unit === b.unit));
      const value = [...kept, ...fresh].flatMap((b) => b.lines).join('\n');
      if (fresh.length && value !== before) writes.push({ row: t.row, column: resultColumn, value });
    }
    byStatus[status]++;
    const unitKeyName = leads[0] ?? '(không rõ)';
    (byUnit[unitKeyName] ??= {})[status] = (byUnit[unitKeyName][status] ?? 0) + 1;
    const group = groupName(t);
    (byGroup[group] ??= {})[status] = (byGroup[group][status] ?? 0) + 1;
    if (overdue) {
      lateByUnit[unitKeyName] = (lateByUnit[unitKeyName] ?? 0) + 1;
      lateByGroup[group] = (lateByGroup[group] ?? 0) + 1;
    }
    lateDeadlines.push(deadline);
    tasks.push({
      row: t.row,
      stt: t.sttText,
      number,
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
  for (const r of rollUps(table, tasks)) writes.push({ row: r.row, column: statusColumn, value: rollUpText(r) });

  const missing: string[] = [];
  for (const unit of options.rollUpOnly ? [] : [...allLeads].sort()) {
    if (reported.has(unit) || /^các\b|^(doanh nghiệp|trường)/i.test(unit) || hasCollective(reader, unit)) continue;
    missing.push(unit);
    findings.push(finding(sheet, table.header.row, statusColumn, 'consolidate.unit_missing', 'missing', { unit: q(unit) }, { unit }));
  }

  const summary: ConsolidationSummary = { byStatus, byUnit, byGroup, overdue: overdueCount, withStatus };
  const sheetOut = summarySheet({
    ...summary,
    lateByUnit,
    lateByGroup,
    tasks: tasks.map((t, i) => ({ ...t, deadline: lateDeadlines[i] })),
    files: senders,
    ignored,
    missing,
    reportDate,
  });
  return {
    sheet,
    tasks,
    findings,
    summary,
    senders,
    ignored,
    writes,
    statusColumn,
    resultColumn,
    addedColumns,
    hadStatusColumn: cols.status !== undefined,
    summarySheet: sheetOut.rows,
    summaryWidths: sheetOut.widths,
    reportDate,
  };
}
