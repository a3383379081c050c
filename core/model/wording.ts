/**
 * How the front-ends word their own messages: each message in Vietnamese and English, with
 * `{name}` places filled in when it is said. Core's findings carry their own messages.
 */
import { HEADER_SEARCH_ROWS } from '../read/header';
import type { Bilingual, Lang } from './lang';

export type Wording = Bilingual;

/** Said by every host when a sheet holds no appendix table: never shown as a clean sheet. */
export const NO_TABLE: Wording = {
  vi: `Không tìm thấy bảng phụ lục: không có dòng tiêu đề (TT/STT, Nội dung, Cơ quan chủ trì…, ít nhất ba nhãn cột trên một dòng) trong ${HEADER_SEARCH_ROWS} dòng đầu của trang tính nào`,
  en: `No appendix table found: no header row (TT/STT, Nội dung, Cơ quan chủ trì…, at least three column labels on one row) in the first ${HEADER_SEARCH_ROWS} rows of any sheet`,
};

/** The message in `lang`, each `{name}` replaced by `vars[name]` (nothing where it is missing). */
export function sayIn(message: Wording, lang: Lang, vars: Record<string, string | number> = {}): string {
  return message[lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
