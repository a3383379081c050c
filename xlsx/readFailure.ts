/** Why a file could not be read, said in both languages: the same words in the CLI and the panels. */
import type { Bilingual } from '../core';
import type { ReadFailure } from './workbook';

export const READ_FAILURE: Record<ReadFailure, Bilingual> = {
  missing: { vi: 'Không tìm thấy tệp', en: 'File not found' },
  empty: { vi: 'Tệp rỗng (0 byte), không có gì để kiểm tra', en: 'The file is empty (0 bytes); there is nothing to check' },
  not_xlsx: {
    vi: 'Tệp không phải là bảng tính Excel .xlsx (hãy mở trong Excel và “Lưu thành” .xlsx)',
    en: 'The file is not an Excel .xlsx workbook (open it in Excel and “Save As” .xlsx)',
  },
  encrypted_or_xls: {
    vi: 'Tệp được đặt mật khẩu hoặc ở định dạng .xls cũ; hãy bỏ mật khẩu hoặc lưu lại thành .xlsx',
    en: 'The file is password-protected or an old .xls; remove the password or save it as .xlsx',
  },
  corrupt: { vi: 'Tệp .xlsx bị hỏng, không đọc được', en: 'The .xlsx file is damaged and cannot be read' },
  no_sheets: { vi: 'Bảng tính không có trang tính nào', en: 'The workbook has no worksheets' },
};
