import { Wording, sayIn, type Lang } from '../../../core';
/// <reference types="google-apps-script" />
/**
 * Every word the add-on says from the server (menu, toasts, alerts, errors): Vietnamese first,
 * English when the user's Google account speaks English. The sidebar's own words are the shared
 * panel's (panel/strings.ts).
 */

export const MESSAGES = {
  menuCheck: { vi: 'Kiểm tra', en: 'Check' },
  menuFixSafe: { vi: 'Sửa lỗi an toàn', en: 'Safe fixes' },
  menuCanonicalNames: { vi: 'Chuẩn hóa tên đơn vị', en: 'Canonical unit names' },
  menuConsolidate: { vi: 'Tổng hợp…', en: 'Consolidate…' },
  menuClear: { vi: 'Xóa đánh dấu', en: 'Clear highlights' },
  menuOpenSidebar: { vi: 'Mở bảng kiểm tra', en: 'Open the check panel' },

  title: { vi: 'Phụ lục', en: 'Phụ lục' },
  checked: {
    vi: 'Đã kiểm tra “{sheet}”: {error} lỗi, {warning} cảnh báo, {info} gợi ý',
    en: 'Checked “{sheet}”: {error} error(s), {warning} warning(s), {info} suggestion(s)',
  },
  noTable: {
    vi: 'Trang tính “{sheet}” không có bảng phụ lục (không thấy dòng tiêu đề STT / Nội dung / Chủ trì).',
    en: 'Sheet “{sheet}” holds no appendix table (no STT / Nội dung / Chủ trì header row).',
  },
  fixed: { vi: 'Đã sửa {n} ô; có thể hoàn tác trong bảng kiểm tra.', en: 'Fixed {n} cell(s); undo from the check panel.' },
  fixedNone: { vi: 'Không có gì cần sửa.', en: 'Nothing to fix.' },
  formulaRowsKept: {
    vi: ' Các dòng {rows} chứa công thức nên không được gộp/xóa; hãy sửa tay.',
    en: ' Rows {rows} hold formulas, so they were not merged or removed; please fix them by hand.',
  },
  formulasKept: { vi: ' ({n} ô chứa công thức được giữ nguyên)', en: ' ({n} cell(s) holding formulas left as they are)' },
  cleared: { vi: 'Đã xóa đánh dấu ở {n} ô.', en: 'Highlights cleared in {n} cell(s).' },
  nothingToClear: { vi: 'Không có đánh dấu nào để xóa.', en: 'There are no highlights to clear.' },
  failed: { vi: 'Không thực hiện được: {why}', en: 'Could not do it: {why}' },

  storageFull: {
    vi: 'Tệp không còn chỗ lưu trạng thái của Phụ lục (giới hạn 500 KB của Google cho mỗi tệp; cần khoảng {kb} KB). Chưa có ô nào bị thay đổi. Hãy “Xóa đánh dấu”, hoàn tác lần sửa hoặc tổng hợp trước, hoặc kiểm tra một bảng nhỏ hơn.',
    en: 'The file has no room left for Phụ lục’s saved state (Google allows 500 KB per file; about {kb} KB needed). Nothing was changed. Clear highlights or undo the last fix or consolidation first, or check a smaller table.',
  },
  lockBusy: {
    vi: 'Đang có một lần tổng hợp khác chạy trên tệp này; hãy thử lại sau ít phút.',
    en: 'Another consolidation is running on this file; please try again in a few minutes.',
  },
  busy: {
    vi: 'Phụ lục đang chạy trên tệp này cho một người khác (kiểm tra, sửa lỗi hoặc tổng hợp); hãy thử lại sau ít phút.',
    en: 'Phụ lục is running on this file for someone else (a check, fix or consolidation); please try again in a few minutes.',
  },
  stalePlan: {
    vi: 'Bảng “{sheet}” đã thay đổi sau khi xem trước ({n} ô khác đi). Chưa ghi gì; hãy bấm “Xem trước” lại.',
    en: 'Sheet “{sheet}” changed after the preview ({n} cell(s) differ). Nothing was written; please preview again.',
  },
  noSheet: { vi: 'Không tìm thấy trang tính “{sheet}”.', en: 'There is no sheet “{sheet}”.' },
  nothingToUndo: { vi: 'Không có gì để hoàn tác.', en: 'There is nothing to undo.' },
  badJson: {
    vi: 'Dữ liệu gửi từ bảng kiểm tra không đọc được (không phải JSON hợp lệ).',
    en: 'The data sent by the panel could not be read (not valid JSON).',
  },
  badPlan: { vi: 'Dữ liệu tổng hợp không hợp lệ: {why}', en: 'The consolidation data is not valid: {why}' },
  badSettings: { vi: 'Cài đặt không hợp lệ: {why}', en: 'The settings are not valid: {why}' },
  badPlanYear: { vi: 'năm kế hoạch phải là số nguyên từ 1990 đến 2100', en: 'the plan year must be a whole number from 1990 to 2100' },
  badReportDate: { vi: 'ngày báo cáo phải là một ngày có thật, dạng YYYY-MM-DD', en: 'the report date must be a real day written YYYY-MM-DD' },
  badUnitSheet: { vi: 'tên sheet danh mục phải có từ 1 đến 100 ký tự', en: 'the directory sheet name must be 1 to 100 characters' },
  notAnObject: { vi: 'cần một đối tượng JSON, ví dụ {"planYear": 2026}', en: 'expected a JSON object such as {"planYear": 2026}' },
  unknownField: { vi: 'không có thiết đặt “{field}”', en: 'there is no setting “{field}”' },
  badArgument: { vi: 'Tham số không hợp lệ: {why}', en: 'Invalid argument: {why}' },
  badCell: { vi: '“{cell}” không phải địa chỉ ô (ví dụ B7)', en: '“{cell}” is not a cell address (such as B7)' },
  notBoolean: { vi: 'cần đúng hoặc sai', en: 'expected true or false' },
  wrongAt: { vi: 'sai ở {where}', en: 'wrong at {where}' },
  tooManyCells: { vi: 'quá nhiều ô ({n})', en: 'too many cells ({n})' },
  sidebarMissing: {
    vi: 'Thiếu tệp giao diện Sidebar.html; hãy chạy lại “npm run push:gsheets”.',
    en: 'Sidebar.html is missing; run “npm run push:gsheets” again.',
  },
  chartTitle: { vi: 'Tình hình thực hiện', en: 'Progress' },

  // --- Large sheets, in parts (issue 17 item 6): the sidebar's progress and half-way failures. ---
  chunkReading: { vi: 'Đang đọc dòng {from}–{to} / {total}…', en: 'Reading rows {from}–{to} of {total}…' },
  chunkFormulas: { vi: 'Đang tìm công thức, dòng {from}–{to} / {total}…', en: 'Looking for formulas, rows {from}–{to} of {total}…' },
  chunkChecking: { vi: 'Đang kiểm tra {total} dòng…', en: 'Checking {total} rows…' },
  chunkPainting: { vi: 'Đang tô dòng {from}–{to} / {total}…', en: 'Highlighting rows {from}–{to} of {total}…' },
  chunkWriting: { vi: 'Đang ghi dòng {from}–{to} ({done} / {total} ô)…', en: 'Writing rows {from}–{to} ({done} of {total} cells)…' },
  chunkUndoing: { vi: 'Đang hoàn tác: đã trả lại {done} ô, còn {left} ô…', en: 'Undoing: {done} cell(s) put back, {left} to go…' },
  chunkClearing: { vi: 'Đang xóa đánh dấu: đã trả lại {done} ô, còn {left} ô…', en: 'Clearing highlights: {done} cell(s) restored, {left} to go…' },
  chunkStoppedRead: {
    vi: 'Dừng khi đọc dòng {from}–{to}: {why} Chưa có ô nào bị thay đổi; hãy thử lại.',
    en: 'Stopped while reading rows {from}–{to}: {why} Nothing was changed; please try again.',
  },
  chunkStoppedPaint: {
    vi: 'Dừng khi tô dòng {from}–{to}: {why} Các dòng trước đó đã được tô và gỡ được bằng “Xóa đánh dấu”.',
    en: 'Stopped while highlighting rows {from}–{to}: {why} The rows before it are highlighted; “Clear highlights” removes them.',
  },
  chunkStoppedWrite: {
    vi: 'Dừng khi ghi dòng {from}–{to}: {why} Đã sửa {done} ô trước đó; “Hoàn tác sửa lỗi” trả lại được các ô này.',
    en: 'Stopped while writing rows {from}–{to}: {why} {done} cell(s) were fixed before that; “Undo fixes” puts them back.',
  },
  chunkStoppedUndo: {
    vi: 'Dừng khi hoàn tác: {why} Đã trả lại {done} ô; bấm “Hoàn tác sửa lỗi” lần nữa để trả lại {left} ô còn lại.',
    en: 'Stopped while undoing: {why} {done} cell(s) were put back; click “Undo fixes” again for the {left} left.',
  },
  chunkStoppedClear: {
    vi: 'Dừng khi xóa đánh dấu: {why} Đã trả lại {done} ô; bấm “Xóa đánh dấu” lần nữa để xóa phần còn lại.',
    en: 'Stopped while clearing highlights: {why} {done} cell(s) were restored; click “Clear highlights” again for the rest.',
  },
  // --- Menu fixes previewed and confirmed (issue 18 item 2), as the sidebar's are. ---
  confirmTitle: { vi: 'Xem trước khi sửa “{sheet}”', en: 'Preview of the fixes on “{sheet}”' },
  confirmCount: { vi: 'Sẽ thay đổi {n} ô:', en: '{n} cell(s) will change:' },
  confirmMore: { vi: '… và {n} ô khác (xem đủ trong bảng kiểm tra).', en: '… and {n} more cell(s) (all listed in the check panel).' },
  confirmEmpty: { vi: '(trống)', en: '(empty)' },
  confirmAsk: { vi: 'Bấm OK để áp dụng, Hủy để không thay đổi gì.', en: 'Click OK to apply, Cancel to change nothing.' },
  fixCancelled: { vi: 'Đã hủy: không ô nào bị thay đổi.', en: 'Cancelled: no cell was changed.' },
  longSheet: {
    vi: 'Trang tính “{sheet}” dài {rows} dòng: để không vượt giới hạn 6 phút của Google, hãy làm việc này trong bảng kiểm tra vừa mở (bấm Kiểm tra hoặc Sửa lỗi an toàn…); việc được chia từng phần và có hiện tiến độ.',
    en: 'Sheet “{sheet}” has {rows} rows: to stay within Google’s 6-minute limit, do this in the check panel just opened (click Check or Safe fixes…); the work is done in parts, with progress shown.',
  },
  chunkTooLarge: { vi: 'phần gửi lên quá lớn ({n} ô; tối đa {max} ô mỗi lần)', en: 'the part sent is too large ({n} cells; at most {max} per call)' },
} as const satisfies Record<string, Wording>;

export type MessageKey = keyof typeof MESSAGES;

export function say(key: MessageKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return sayIn(MESSAGES[key], lang, vars);
}

/**
 * The user's language. Session.getActiveUserLocale may be refused before the add-on is authorised
 * (onOpen in AuthMode.NONE), so any failure means Vietnamese, the add-on's first language.
 */
export function userLang(): Lang {
  try {
    const locale = Session.getActiveUserLocale();
    return /^en/i.test(String(locale ?? '')) ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** An error whose message is already written for the user, in their language. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/**
 * The message of anything thrown, never its stack. Errors from Apps Script services may come from
 * another realm (instanceof Error fails), so the message is read off any object that has one.
 */
export function messageOf(e: unknown): string {
  if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') return (e as { message: string }).message;
  return String(e);
}
