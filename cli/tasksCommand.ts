/** `phuluc tasks`: what the tool understood of each row (core's understandWorkbook), as text, JSON or CSV. */
import { understandWorkbook, type UnderstoodTask, type UnderstoodUnit, type Understanding, type ValidateOptions } from '../core';
import { UserError, readWorkbookFile, selectGrids } from './check';
import { Lang, T, t } from './messages';

export type TasksFormat = 'text' | 'json' | 'csv';

/** The fields of a CSV line, in order: one column per field, lists joined with "; ". */
export const CSV_COLUMNS = [
  'sheet',
  'row',
  'stt',
  'path',
  'kind',
  'content',
  'lead',
  'lead_canonical',
  'lead_kind',
  'cooperating',
  'cooperating_canonical',
  'cooperating_kind',
  'time',
  'time_kind',
  'time_start',
  'time_end',
  'output',
  'status',
  'result',
] as const;

const join = (units: UnderstoodUnit[], pick: (u: UnderstoodUnit) => string) => units.map(pick).join('; ');

function csvFields(task: UnderstoodTask): Record<(typeof CSV_COLUMNS)[number], string | number> {
  return {
    sheet: task.sheet,
    row: task.row,
    stt: task.stt,
    path: task.path,
    kind: task.kind,
    content: task.content,
    lead: join(task.lead, (u) => u.text),
    lead_canonical: join(task.lead, (u) => u.canonical ?? ''),
    lead_kind: join(task.lead, (u) => u.kind),
    cooperating: join(task.cooperating, (u) => u.text),
    cooperating_canonical: join(task.cooperating, (u) => u.canonical ?? ''),
    cooperating_kind: join(task.cooperating, (u) => u.kind),
    time: task.time?.text ?? '',
    time_kind: task.time?.kind ?? '',
    time_start: task.time?.start ?? '',
    time_end: task.time?.end ?? '',
    output: task.output ?? '',
    status: task.status ?? '',
    result: task.result ?? '',
  };
}

/**
 * One CSV field. Quoted when it holds a separator, a quote or a line break; a text that Excel would
 * run as a formula ("=…", "+…", "-…", "@…") gets a leading apostrophe, as Excel itself shows text.
 */
export function csvField(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@]/.test(s) && !/^[-+]?\d+([.,]\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 with a byte-order mark and CRLF line ends: Excel opens it with the Vietnamese letters intact. */
export function tasksCsv(u: Understanding): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const task of u.tasks) {
    const f = csvFields(task);
    lines.push(CSV_COLUMNS.map((c) => csvField(f[c])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function tasksJson(file: string, u: Understanding): string {
  return `${JSON.stringify({ file, planPeriod: u.planPeriod, issueDate: u.issueDate, tasks: u.tasks }, null, 2)}\n`;
}

function period(start: string | null, end: string | null): string {
  if (!start && !end) return '';
  return `${start ?? '…'} – ${end ?? '…'}`;
}

export function tasksText(file: string, u: Understanding, lang: Lang): string {
  const lines = [`${t(T.file, lang)}: ${file}`];
  const plan = u.planPeriod ? period(u.planPeriod.start, u.planPeriod.end) : t(T.tasksUnknown, lang);
  lines.push(`${t(T.tasksPlanPeriod, lang)}: ${plan}`);
  lines.push(`${t(T.tasksIssueDate, lang)}: ${u.issueDate ?? t(T.tasksUnknown, lang)}`);
  const multi = new Set(u.tasks.map((x) => x.sheet)).size > 1;
  for (const x of u.tasks) {
    const where = multi ? `${x.sheet}!${x.row}` : String(x.row);
    const kind = t(x.kind === 'group' ? T.tasksGroup : x.kind === 'task' ? T.tasksTask : T.tasksSubtask, lang);
    const time = x.time ? `${x.time.text} [${x.time.kind}${x.time.start || x.time.end ? `: ${period(x.time.start, x.time.end)}` : ''}]` : '—';
    const lead = x.lead.map((l) => l.canonical ?? l.text).join('; ') || '—';
    const content = x.content.length > 60 ? `${x.content.slice(0, 59)}…` : x.content;
    lines.push(`${where}  ${x.path || x.stt || '·'}  ${kind}  ${time}  ${lead}  ${content}`);
  }
  lines.push(
    `${t(T.total, lang)}: ${u.tasks.filter((x) => x.kind !== 'group').length} ${t(T.tasksCount, lang)}, ${u.tasks.filter((x) => x.kind === 'group').length} ${t(T.tasksGroups, lang)}`,
  );
  return `${lines.join('\n')}\n`;
}

export async function tasksCommand(file: string, sheet: string | undefined, options: ValidateOptions, format: TasksFormat, lang: Lang): Promise<number> {
  const wb = await readWorkbookFile(file);
  const grids = selectGrids(wb, sheet);
  const u = understandWorkbook(grids, options);
  if (u.tasks.length === 0) throw new UserError(`${T.noTable.vi}.`, `${T.noTable.en}.`);
  const out = format === 'json' ? tasksJson(file, u) : format === 'csv' ? tasksCsv(u) : tasksText(file, u, lang);
  process.stdout.write(out);
  return 0;
}
