/** Every word the panel shows, in Vietnamese (default) and English. */
export type PanelLang = 'vi' | 'en';

export const STRINGS = {
  title: { vi: 'Kiểm tra phụ lục', en: 'Appendix check' },
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
  failed: { vi: 'Không kiểm tra được: {why}', en: 'Could not check: {why}' },
  goTo: { vi: 'Đến ô {cell}', en: 'Go to cell {cell}' },
  fix: { vi: 'Sửa lỗi an toàn', en: 'Safe fixes' },
  undoFix: { vi: 'Hoàn tác sửa lỗi', en: 'Undo fixes' },
  fixed: { vi: 'Đã sửa {n} ô; có thể hoàn tác.', en: 'Fixed {n} cell(s); this can be undone.' },
  undone: { vi: 'Đã hoàn tác {n} ô.', en: 'Undid {n} cell(s).' },
} as const;

export function say(key: keyof typeof STRINGS, lang: PanelLang, vars: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

export function langOf(locale: string): PanelLang {
  return /^en\b/i.test(locale) ? 'en' : 'vi';
}
