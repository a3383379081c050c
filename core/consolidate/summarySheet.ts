/**
 * The `Tổng hợp` sheet: counts by status, by lead unit and by group, the tasks late at the report
 * date, the units that sent nothing, and a legend saying what each figure counts. Dates are dd/mm/yyyy,
 * tasks are named by their group-qualified number ("II.3"), an empty list says "Không có".
 */
import type { CellValue } from '../model/grid';
import { formatDayVi } from '../engine/settings';
import { STATUSES, STATUS_LABEL, Status } from './status';
import { LATE_LABEL, STATUS_COUNT_LABEL, TOTAL_LABEL, figuresOf } from './figures';

export const SUMMARY_SHEET = 'Tổng hợp';
/** The first cell of the row that heads the counts by status (the chart reads the row under it). */
export const BY_STATUS_TITLE = 'Theo tình trạng';
export const NONE_TEXT = 'Không có';

export interface SummaryTask {
  number: string;
  content: string;
  leads: string[];
  status: Status;
  overdue: boolean;
  deadline?: Date;
}

export interface SummaryInput {
  byStatus: Record<Status, number>;
  byUnit: Record<string, Partial<Record<Status, number>>>;
  byGroup: Record<string, Partial<Record<Status, number>>>;
  overdue: number;
  lateByUnit: Record<string, number>;
  lateByGroup: Record<string, number>;
  tasks: readonly SummaryTask[];
  files: ReadonlyArray<{ file: string; unit: string }>;
  ignored: ReadonlyArray<{ file: string; unit: string }>;
  missing: readonly string[];
  reportDate: Date;
}

export interface SummarySheet {
  rows: CellValue[][];
  /** Column widths in characters (Excel's unit); hosts convert to their own. */
  widths: number[];
}

const LEGEND: Array<[string, string]> = [
  [STATUS_COUNT_LABEL.overdue.vi, 'số nhiệm vụ mà cơ quan chủ trì báo là “Quá hạn”; mỗi nhiệm vụ được đếm một lần theo tình trạng được báo.'],
  [LATE_LABEL.vi, 'nhiệm vụ chưa hoàn thành (không kể nhiệm vụ không thực hiện) mà hạn theo cột thời gian đã qua ngày báo cáo, hoặc được báo “Quá hạn”.'],
  [STATUS_LABEL.not_reported.vi, 'nhiệm vụ chưa có tình trạng: cơ quan chủ trì chưa gửi báo cáo hoặc chưa ghi tình trạng.'],
  ['Kết quả thực hiện', 'mỗi dòng ghi tên đơn vị báo cáo rồi đến nội dung đơn vị báo; cột tình trạng ghi từ chuẩn, lời của đơn vị giữ trong cột kết quả.'],
];

function countsRow(label: string, c: Partial<Record<Status, number>>, late: number): CellValue[] {
  const total = STATUSES.reduce((n, s) => n + (c[s] ?? 0), 0);
  return [label, ...STATUSES.map((s) => c[s] ?? 0), total, late];
}

export function summarySheet(s: SummaryInput): SummarySheet {
  const rows: CellValue[][] = [];
  const header = [...STATUSES.map((st) => STATUS_COUNT_LABEL[st].vi), TOTAL_LABEL.vi, LATE_LABEL.vi];
  rows.push(['TỔNG HỢP TÌNH HÌNH THỰC HIỆN']);
  rows.push([`Ngày báo cáo: ${formatDayVi(s.reportDate)}`]);
  rows.push([`Tệp đã tổng hợp: ${s.files.map((f) => `${f.file} (${f.unit})`).join('; ') || NONE_TEXT}`]);
  if (s.ignored.length) rows.push([`Bản không dùng (đơn vị đã gửi bản khác): ${s.ignored.map((f) => `${f.file} (${f.unit})`).join('; ')}`]);
  rows.push([]);
  rows.push([BY_STATUS_TITLE, ...header]);
  const figures = figuresOf(s);
  rows.push(['Toàn bộ', ...figures.map((f) => f.n)]);
  rows.push([]);
  rows.push(['Theo cơ quan chủ trì', ...header]);
  const units = Object.entries(s.byUnit).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [unit, c] of units) rows.push(countsRow(unit, c, s.lateByUnit[unit] ?? 0));
  if (units.length === 0) rows.push([NONE_TEXT]);
  rows.push([]);
  rows.push(['Theo nhóm nhiệm vụ', ...header]);
  for (const [group, c] of Object.entries(s.byGroup)) rows.push(countsRow(group, c, s.lateByGroup[group] ?? 0));
  rows.push([]);
  rows.push([`Nhiệm vụ ${LATE_LABEL.vi.charAt(0).toLowerCase()}${LATE_LABEL.vi.slice(1)}`, 'Số thứ tự', 'Hạn', 'Tình trạng', 'Cơ quan chủ trì']);
  const late = s.tasks.filter((t) => t.overdue);
  for (const t of late)
    rows.push([
      t.content.slice(0, 200),
      t.number,
      t.deadline ? formatDayVi(t.deadline) : NONE_TEXT,
      STATUS_LABEL[t.status].vi,
      t.leads.join(', ') || NONE_TEXT,
    ]);
  if (late.length === 0) rows.push([NONE_TEXT]);
  rows.push([]);
  rows.push(['Đơn vị chủ trì chưa báo cáo']);
  for (const u of [...s.missing].sort()) rows.push([u]);
  if (s.missing.length === 0) rows.push([NONE_TEXT]);
  rows.push([]);
  rows.push(['Chú thích']);
  for (const [term, meaning] of LEGEND) rows.push([`${term}: ${meaning}`]);
  return { rows, widths: [60, ...header.map((h) => Math.max(12, Math.min(26, h.length + 2)))] };
}
