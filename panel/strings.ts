import { Wording, sayIn, type Lang } from '../core';
/** Every word the panel shows, in Vietnamese (default) and English. */

export type PanelLang = Lang;

export const STRINGS = {
  title: { vi: 'Kiểm tra phụ lục', en: 'Appendix check' },
  views: { vi: 'Chức năng', en: 'Views' },
  viewCheck: { vi: 'Kiểm tra', en: 'Check' },
  viewConsolidate: { vi: 'Tổng hợp', en: 'Consolidate' },
  viewSettings: { vi: 'Cài đặt', en: 'Settings' },
  check: { vi: 'Kiểm tra', en: 'Check' },
  checkAgain: { vi: 'Kiểm tra lại', en: 'Check again' },
  clear: { vi: 'Xóa đánh dấu', en: 'Clear highlights' },
  checking: { vi: 'Đang kiểm tra…', en: 'Checking…' },
  none: { vi: 'Không phát hiện vấn đề nào.', en: 'No problems found.' },
  all: { vi: 'Tất cả', en: 'All' },
  error: { vi: 'Lỗi', en: 'Errors' },
  warning: { vi: 'Cảnh báo', en: 'Warnings' },
  info: { vi: 'Gợi ý', en: 'Info' },
  filter: { vi: 'Lọc theo mức độ', en: 'Filter by severity' },
  sheet: { vi: 'Trang tính', en: 'Sheet' },
  cleared: { vi: 'Đã xóa đánh dấu ở {n} ô.', en: 'Highlights cleared in {n} cell(s).' },
  failed: { vi: 'Không thực hiện được: {why}', en: 'Could not do it: {why}' },
  goTo: { vi: 'Đến ô {cell}', en: 'Go to cell {cell}' },
  fix: { vi: 'Sửa lỗi an toàn…', en: 'Safe fixes…' },
  undoFix: { vi: 'Hoàn tác sửa lỗi', en: 'Undo fixes' },
  fixed: { vi: 'Đã sửa {n} ô; có thể hoàn tác.', en: 'Fixed {n} cell(s); this can be undone.' },
  undone: { vi: 'Đã hoàn tác {n} ô.', en: 'Undid {n} cell(s).' },
  nothingToUndo: { vi: 'Không có gì để hoàn tác.', en: 'Nothing to undo.' },
  noTableTitle: { vi: 'Không có bảng phụ lục', en: 'No appendix table' },
  noTableWhat: {
    vi: 'Mở trang tính chứa bảng phụ lục rồi bấm “Kiểm tra lại”. Bảng cần một dòng tiêu đề có cột TT/STT, Nội dung và Cơ quan chủ trì.',
    en: 'Open the sheet that holds the appendix and press “Check again”. The table needs a header row with TT/STT, Nội dung and Cơ quan chủ trì columns.',
  },
  fixable: { vi: 'sửa được', en: 'fixable' },
  fixableHint: { vi: 'Có thể sửa tự động, sau khi xem trước.', en: 'Can be fixed automatically, after a preview.' },
  sameIn: { vi: '{n} ô', en: '{n} cells' },
  fixAll: { vi: 'Sửa tất cả ({n})', en: 'Fix all ({n})' },
  fixOne: { vi: 'Sửa ô này', en: 'Fix this cell' },
  showCells: { vi: 'Các ô', en: 'The cells' },
  more: { vi: 'Hiện thêm {n} (còn {left})', en: 'Show {n} more ({left} left)' },
  codeLine: { vi: 'Mã quy tắc: {code}', en: 'Rule code: {code}' },
  findingName: { vi: '{severity}, ô {cell}: {message}', en: '{severity}, cell {cell}: {message}' },
  fixPreviewTitle: { vi: 'Xem trước: sửa {n} ô', en: 'Preview: {n} cell(s) to fix' },
  fixDoneTitle: { vi: 'Đã sửa {n} ô', en: '{n} cell(s) fixed' },
  fixPreviewNone: { vi: 'Không còn gì sửa được an toàn.', en: 'Nothing left to fix safely.' },
  confirmFix: { vi: 'Áp dụng {n} thay đổi', en: 'Apply {n} change(s)' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  cancelled: { vi: 'Đã hủy, không sửa ô nào.', en: 'Cancelled; no cell was changed.' },
  preparing: { vi: 'Đang chuẩn bị xem trước…', en: 'Preparing the preview…' },
  fixing: { vi: 'Đang sửa…', en: 'Fixing…' },
  undoing: { vi: 'Đang hoàn tác…', en: 'Undoing…' },
  emptyCell: { vi: '(trống)', en: '(empty)' },
  busy: { vi: 'Đang làm việc', en: 'Working' },
  // Settings
  settingsIntro: {
    vi: 'Lưu trong trang tính “Cài đặt Phụ lục” của tệp, nên Excel, Google Sheets và dòng lệnh đều dùng chung.',
    en: 'Kept in the file’s “Cài đặt Phụ lục” sheet, so Excel, Google Sheets and the command line all use them.',
  },
  planYear: { vi: 'Năm kế hoạch', en: 'Plan year' },
  planYearHint: { vi: 'Để trống thì đọc từ tiêu đề kế hoạch.', en: 'Leave empty to read it from the plan’s title.' },
  reportDate: { vi: 'Ngày báo cáo', en: 'Report date' },
  reportDateHint: { vi: 'Để trống thì lấy ngày hôm nay.', en: 'Leave empty to use today.' },
  unitSheet: { vi: 'Trang tính danh mục đơn vị', en: 'Unit directory sheet' },
  unitSheetHint: { vi: 'Để trống thì dùng trang tính “Danh mục đơn vị”.', en: 'Leave empty to use the “Danh mục đơn vị” sheet.' },
  save: { vi: 'Lưu cài đặt', en: 'Save settings' },
  saved: { vi: 'Đã lưu cài đặt vào trang tính “Cài đặt Phụ lục”.', en: 'Settings saved in the “Cài đặt Phụ lục” sheet.' },
  badYear: { vi: 'Năm kế hoạch phải là số có 4 chữ số, từ 1990 đến 2100.', en: 'The plan year must be four digits, 1990 to 2100.' },
  loading: { vi: 'Đang đọc…', en: 'Reading…' },
  // Consolidation
  consolidateIntro: {
    vi: 'Chọn hoặc kéo thả các tệp (.xlsx, .xls, .ods, .csv) các đơn vị gửi về. Tệp được đọc ngay trong bảng này, không gửi đi đâu.',
    en: 'Pick or drop the files (.xlsx, .xls, .ods, .csv) the units sent back. They are read right here and sent nowhere.',
  },
  pickFiles: { vi: 'Chọn tệp đơn vị gửi về', en: 'Pick returned files' },
  dropHere: { vi: 'hoặc kéo thả tệp vào đây', en: 'or drop files here' },
  readingFile: { vi: 'Đang đọc {file}…', en: 'Reading {file}…' },
  fileRead: { vi: '{file}: đọc được {rows} dòng', en: '{file}: {rows} row(s) read' },
  fileFailed: { vi: '{file}: {why}', en: '{file}: {why}' },
  notXlsxName: { vi: 'không phải tệp bảng tính (.xlsx, .xls, .ods, .csv)', en: 'not a spreadsheet file (.xlsx, .xls, .ods, .csv)' },
  noReturns: { vi: 'Chưa có tệp nào đọc được.', en: 'No file could be read yet.' },
  preview: { vi: 'Xem trước', en: 'Preview' },
  noMaster: {
    vi: 'Tệp đang mở không có bảng phụ lục (không thấy dòng tiêu đề STT/Nội dung).',
    en: 'The open workbook has no appendix table (no STT/Nội dung header row).',
  },
  previewTitle: { vi: 'Xem trước: tổng hợp vào “{sheet}”', en: 'Preview: merging into “{sheet}”' },
  senders: { vi: 'Đơn vị gửi', en: 'Senders' },
  senderHow: {
    vi: '{file} → {unit}',
    en: '{file} → {unit}',
  },
  matched: { vi: 'Dòng khớp: {n}', en: 'Rows matched: {n}' },
  unmatched: { vi: 'Dòng không khớp: {n}', en: 'Rows not matched: {n}' },
  conflicts: { vi: 'Xung đột tình trạng: {n}', en: 'Status conflicts: {n}' },
  cellsToWrite: { vi: 'Sẽ ghi {n} ô vào bảng tổng hợp và trang tính “Tổng hợp”.', en: '{n} cell(s) will be written to the master and a “Tổng hợp” sheet.' },
  byStatus: { vi: 'Theo tình trạng', en: 'By status' },
  apply: { vi: 'Ghi vào bảng tổng hợp', en: 'Apply to the master' },
  applied: { vi: 'Đã ghi {n} ô và trang tính “Tổng hợp”; có thể hoàn tác.', en: 'Wrote {n} cell(s) and the “Tổng hợp” sheet; this can be undone.' },
  undoConsolidate: { vi: 'Hoàn tác tổng hợp', en: 'Undo consolidation' },
  undoneConsolidate: { vi: 'Đã hoàn tác tổng hợp ({n} ô).', en: 'Consolidation undone ({n} cell(s)).' },
  pickedCount: { vi: 'Đã chọn {n} tệp:', en: '{n} file(s) picked:' },
  nonePicked: { vi: 'Chưa chọn tệp nào.', en: 'No file picked yet.' },
  removeFile: { vi: 'Bỏ tệp {file}', en: 'Remove {file}' },
  removedFile: { vi: 'Đã bỏ tệp {file}.', en: 'Removed {file}.' },
  writing: { vi: 'Đang ghi vào bảng tổng hợp…', en: 'Writing to the master…' },
  appliedTitle: { vi: 'Đã tổng hợp: ghi {n} ô', en: 'Consolidated: {n} cell(s) written' },
  findingsTitle: { vi: 'Vấn đề khi tổng hợp ({n})', en: 'Consolidation problems ({n})' },
} as const satisfies Record<string, Wording>;

export type StringKey = keyof typeof STRINGS;

export function say(key: StringKey, lang: PanelLang, vars: Record<string, string | number> = {}): string {
  return sayIn(STRINGS[key], lang, vars);
}

export function langOf(locale: string): PanelLang {
  return /^en\b/i.test(locale) ? 'en' : 'vi';
}
