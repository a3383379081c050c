/** Why a file could not be read, said in both languages: the same words in the CLI and the panels. */
import type { Bilingual } from '../core';
import type { ReadFailure } from './workbook';

/** Inputs larger than this are refused unread (an appendix is a few hundred kilobytes). */
export const MAX_INPUT_MB = 100;

export const READ_FAILURE: Record<ReadFailure, Bilingual> = {
  missing: { vi: 'Không tìm thấy tệp', en: 'File not found' },
  unreadable: {
    vi: 'Không mở được tệp để đọc (không có quyền đọc, hoặc tệp đang bị khóa)',
    en: 'The file cannot be opened for reading (no permission, or it is locked)',
  },
  folder: { vi: 'Đây là một thư mục, không phải tệp bảng tính', en: 'This is a folder, not a spreadsheet file' },
  not_regular: {
    vi: 'Đây không phải tệp thông thường (thiết bị, ống dẫn…); hãy chỉ ra tệp bảng tính',
    en: 'This is not a regular file (a device, a pipe…); name a spreadsheet file',
  },
  too_large: {
    vi: `Tệp lớn hơn ${MAX_INPUT_MB} MB, quá lớn để là một bảng phụ lục; không đọc`,
    en: `The file is larger than ${MAX_INPUT_MB} MB, too large to be an appendix; not read`,
  },
  empty: { vi: 'Tệp rỗng (0 byte), không có gì để kiểm tra', en: 'The file is empty (0 bytes); there is nothing to check' },
  not_spreadsheet: {
    vi: 'Tệp không phải là bảng tính (Phụ lục đọc được .xlsx, .xlsm, .xls, .ods và .csv)',
    en: 'The file is not a spreadsheet (Phụ lục reads .xlsx, .xlsm, .xls, .ods and .csv)',
  },
  encrypted: {
    vi: 'Tệp được đặt mật khẩu (đã mã hóa); hãy mở trong Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại',
    en: 'The file is password-protected (encrypted); open it in Excel, remove the password (File › Info › Protect Workbook) and save it again',
  },
  corrupt: {
    vi: 'Tệp bị hỏng, dữ liệu bên trong không đọc được; hãy xin lại bản khác hoặc mở trong Excel để sửa',
    en: 'The file is damaged and its contents cannot be read; ask for another copy or let Excel repair it',
  },
  csv_encoding: {
    vi: 'Tệp .csv không ở dạng UTF-8 và không nhận ra bảng mã (Windows-1258 hay Windows-1252); hãy lưu lại dạng “CSV UTF-8”',
    en: 'The .csv file is not UTF-8 and its code page (Windows-1258 or Windows-1252) cannot be told; save it again as “CSV UTF-8”',
  },
  no_sheets: { vi: 'Bảng tính không có trang tính nào', en: 'The workbook has no worksheets' },
};
