/**
 * What the Excel add-in says outside the panel (the ribbon's result dialog, errors from the host), in
 * Vietnamese and English. Every outcome has a message: counts on success; on failure what went wrong
 * and what to do.
 */
import { NO_TABLE, Wording, sayIn, type Lang, type Summary } from '../../core';

export const MESSAGES = {
  title: { vi: 'Phụ lục', en: 'Phụ lục' },
  checked: {
    vi: 'Đã kiểm tra “{sheet}”: {error} lỗi, {warning} cảnh báo, {info} gợi ý. Các ô có vấn đề đã được tô màu.',
    en: 'Checked “{sheet}”: {error} error(s), {warning} warning(s), {info} suggestion(s). The cells concerned are highlighted.',
  },
  clean: { vi: 'Đã kiểm tra “{sheet}”: không phát hiện vấn đề nào.', en: 'Checked “{sheet}”: no problems found.' },
  findingsSheet: {
    vi: ' Phiên bản Excel này chưa hỗ trợ ghi chú trong ô, nên danh sách lỗi nằm ở sheet “{name}” (đang được mở).',
    en: ' This version of Excel cannot put notes on cells, so the list is on the “{name}” sheet (now shown).',
  },
  noTable: {
    vi: 'Trang tính “{sheet}”: {noTable}. Hãy chọn sheet chứa bảng phụ lục rồi bấm Kiểm tra lại, hoặc xem lại dòng tiêu đề (STT, Nội dung, Cơ quan chủ trì, Thời gian).',
    en: 'Sheet “{sheet}”: {noTable}. Select the sheet that holds the appendix table and check again, or check its header row (STT, Nội dung, Cơ quan chủ trì, Thời gian).',
  },
  fixed: { vi: 'Đã sửa {n} ô trên “{sheet}”; bấm “Hoàn tác sửa lỗi” để trả lại.', en: 'Fixed {n} cell(s) on “{sheet}”; “Undo fixes” puts them back.' },
  fixedNone: { vi: 'Không có gì cần sửa trên “{sheet}”.', en: 'Nothing to fix on “{sheet}”.' },
  formulaCells: { vi: ' {n} ô chứa công thức được giữ nguyên.', en: ' {n} cell(s) holding formulas were left as they are.' },
  formulaRows: {
    vi: ' Các dòng {rows} chứa công thức nên không được gộp/xóa; hãy sửa tay.',
    en: ' Rows {rows} hold formulas, so they were not merged or removed; please fix them by hand.',
  },
  undone: { vi: 'Đã hoàn tác: trả lại {n} ô trên “{sheet}”.', en: 'Undone: {n} cell(s) put back on “{sheet}”.' },
  undoneSkipped: {
    vi: ' {n} ô đã được sửa tay sau đó nên được giữ nguyên: {cells}.',
    en: ' {n} cell(s) edited since were kept as they are: {cells}.',
  },
  nothingToUndo: { vi: 'Không có lần sửa nào để hoàn tác.', en: 'There is no fix to undo.' },
  cleared: { vi: 'Đã xóa đánh dấu ở {n} ô.', en: 'Highlights cleared in {n} cell(s).' },
  nothingToClear: { vi: 'Không có đánh dấu nào để xóa.', en: 'There are no highlights to clear.' },
  afterFixCheckFailed: {
    vi: ' Tuy nhiên bước kiểm tra lại sau khi sửa không chạy được ({why}); hãy bấm Kiểm tra.',
    en: ' But the check after the fix failed ({why}); please press Check.',
  },
  failed: { vi: 'Không thực hiện được: {why}', en: 'Could not do it: {why}' },
  tooLarge: {
    vi: 'Excel từ chối vì dữ liệu gửi đi quá lớn. Chưa có thay đổi nào bị bỏ dở. Hãy thử lại; nếu vẫn lỗi, hãy dùng Excel trên máy tính hoặc chia bảng thành nhiều sheet.',
    en: 'Excel refused because the data sent was too large. Nothing was left half-done. Try again; if it still fails, use desktop Excel or split the table over several sheets.',
  },
  halfDone: {
    vi: ' Một phần thay đổi đã được ghi trước khi lỗi; bấm “Hoàn tác sửa lỗi” để trả lại.',
    en: ' Some changes were written before the failure; “Undo fixes” puts them back.',
  },
  noSheet: { vi: 'Không còn sheet “{sheet}” trong tệp.', en: 'The sheet “{sheet}” is no longer in the file.' },
  whatToDo: {
    vi: 'Hãy thử lại. Nếu vẫn lỗi, hãy đóng và mở lại tệp, hoặc báo lỗi kèm nội dung này.',
    en: 'Try again. If it keeps failing, close and reopen the file, or report the problem with this message.',
  },

  // --- Ribbon fixes previewed and confirmed (issue 18 item 2): the confirmation dialog and its outcome. ---
  confirmTitle: { vi: 'Xem trước khi sửa “{sheet}”', en: 'Preview of the fixes on “{sheet}”' },
  confirmCount: { vi: 'Sẽ thay đổi {n} ô:', en: '{n} cell(s) will change:' },
  confirmMore: { vi: '… và {n} ô khác.', en: '… and {n} more cell(s).' },
  confirmEmpty: { vi: '(trống)', en: '(empty)' },
  confirmApply: { vi: 'Áp dụng', en: 'Apply' },
  confirmCancel: { vi: 'Hủy', en: 'Cancel' },
  fixCancelled: { vi: 'Đã hủy: không ô nào trên “{sheet}” bị thay đổi.', en: 'Cancelled: no cell on “{sheet}” was changed.' },
  confirmUnavailable: {
    vi: 'Không mở được hộp xem trước nên chưa sửa gì. Hãy dùng nút “Sửa lỗi an toàn…” trong bảng kiểm tra.',
    en: 'The preview could not be opened, so nothing was fixed. Use “Safe fixes…” in the check pane instead.',
  },
} satisfies Record<string, Wording>;

export type MessageId = keyof typeof MESSAGES;

export function say(id: MessageId, lang: Lang, data: Record<string, string | number> = {}): string {
  return sayIn(MESSAGES[id], lang, data);
}

/** A failure the user can act on, said in their language. */
export class HostError extends Error {
  constructor(
    readonly id: MessageId,
    readonly data: Record<string, string | number> = {},
  ) {
    super(sayIn(MESSAGES[id], 'vi', data));
    this.name = 'HostError';
  }
  text(lang: Lang): string {
    return say(this.id, lang, this.data);
  }
}

/** A check's outcome in one sentence: counts, a clean sheet, or "no appendix table" (never shown as clean). */
export function checkMessage(r: { sheet: string; tables: number; summary?: Summary; findingsSheet?: string }, lang: Lang): { text: string; ok: boolean } {
  if (r.tables === 0) return { text: say('noTable', lang, { sheet: r.sheet, noTable: NO_TABLE[lang].replace(/:.*$/, '') }), ok: false };
  const s = r.summary ?? { error: 0, warning: 0, info: 0 };
  const text = s.error + s.warning + s.info === 0 ? say('clean', lang, { sheet: r.sheet }) : say('checked', lang, { sheet: r.sheet, ...s });
  return { text: text + (r.findingsSheet ? say('findingsSheet', lang, { name: r.findingsSheet }) : ''), ok: true };
}
