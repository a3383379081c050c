/** Everything the command line says to a person, in Vietnamese and English. */
import { NO_TABLE, type Bilingual, type Lang } from '../core';
export { READ_FAILURE } from '../xlsx/readFailure';
export type { Lang } from '../core';

export { MAX_INPUT_MB } from '../xlsx/readFailure';

type Text = Bilingual;

export const T = {
  cannotRead: { vi: 'Không đọc được', en: 'Cannot read' },
  noTable: NO_TABLE,
  noSheet: { vi: 'Không có trang tính tên', en: 'No sheet named' },
  sheetsAre: { vi: 'Các trang tính có', en: 'The sheets are' },
  cannotWrite: { vi: 'Không ghi được tệp', en: 'Cannot write file' },
  badPlanYear: {
    vi: '--plan-year phải là một năm hoặc một giai đoạn (ví dụ 2026 hoặc 2026-2030)',
    en: '--plan-year must be a year or a span of years (e.g. 2026 or 2026-2030)',
  },
  badReportDate: {
    vi: '--report-date phải là ngày dạng YYYY-MM-DD (ví dụ 2026-11-15)',
    en: '--report-date must be a date as YYYY-MM-DD (e.g. 2026-11-15)',
  },
  badLang: { vi: '--lang chỉ nhận vi hoặc en', en: '--lang takes vi or en' },
  usage: { vi: 'Lệnh không hợp lệ', en: 'Invalid command' },
  unexpected: {
    vi: 'Có lỗi không mong đợi khi xử lý tệp; tệp gốc không bị thay đổi',
    en: 'An unexpected error occurred; the input file was not changed',
  },
  file: { vi: 'Tệp', en: 'File' },
  sheet: { vi: 'Trang tính', en: 'Sheet' },
  tables: { vi: 'bảng', en: 'table(s)' },
  cell: { vi: 'Ô', en: 'Cell' },
  level: { vi: 'Mức', en: 'Severity' },
  code: { vi: 'Mã', en: 'Code' },
  message: { vi: 'Nội dung', en: 'Message' },
  noFindings: { vi: 'Không phát hiện vấn đề nào.', en: 'No problems found.' },
  total: { vi: 'Tổng', en: 'Total' },
  errors: { vi: 'lỗi', en: 'error(s)' },
  warnings: { vi: 'cảnh báo', en: 'warning(s)' },
  infos: { vi: 'gợi ý', en: 'info' },
  wrote: { vi: 'Đã ghi bản đánh dấu', en: 'Highlighted copy written to' },
  tasksPlanPeriod: { vi: 'Thời kỳ kế hoạch', en: 'Plan period' },
  tasksIssueDate: { vi: 'Ngày ban hành', en: 'Issue date' },
  tasksUnknown: { vi: 'chưa rõ', en: 'unknown' },
  tasksGroup: { vi: 'nhóm', en: 'group' },
  tasksTask: { vi: 'nhiệm vụ', en: 'task' },
  tasksSubtask: { vi: 'nhiệm vụ con', en: 'sub-task' },
  tasksCount: { vi: 'nhiệm vụ', en: 'task(s)' },
  tasksGroups: { vi: 'nhóm', en: 'group(s)' },
  tasksBothFormats: { vi: 'Chỉ chọn một trong --json và --csv', en: 'Choose one of --json and --csv' },
  seedsNone: { vi: 'Không có tệp .xlsx nào trong', en: 'No .xlsx files in' },
  seedsDone: { vi: 'Đã kiểm tra', en: 'Checked' },
  seedsFiles: { vi: 'tệp; bản đánh dấu ở', en: 'file(s); highlighted copies in' },
  merged: { vi: 'Đã tổng hợp {n} báo cáo vào “{sheet}”:', en: 'Merged {n} return(s) into “{sheet}”:' },
  ignoredCopy: { vi: 'không dùng, {unit} đã gửi bản khác', en: 'not used, {unit} sent another copy' },
  tableHas: { vi: 'Bảng “{sheet}” có {n} nhiệm vụ; {m} đã có tình trạng.', en: 'Table “{sheet}” has {n} task(s); {m} have a status.' },
  noStatusColumn: {
    vi: 'Bảng “{sheet}” không có cột tình trạng (Tình trạng, Tiến độ thực hiện…), nên không có gì để đếm. Hãy thêm cột đó, hoặc tổng hợp các bản báo cáo bằng “phuluc consolidate”',
    en: 'Table “{sheet}” has no status column (Tình trạng, Tiến độ thực hiện…), so there is nothing to count. Add one, or merge the returns with “phuluc consolidate”',
  },
} satisfies Record<string, Text>;

export function t(text: Text, lang: Lang): string {
  return text[lang];
}
