/**
 * "Sửa lỗi an toàn" and "Chuẩn hóa tên" from the ribbon, previewed and confirmed like the pane's fixes:
 * core's fix of the scope is planned with nothing written (previewSafeFixes, the pane's preview), the
 * changes are listed (cell: before → after, with a count) in a dialog with Áp dụng / Hủy, and only
 * "Áp dụng" writes. Nothing to fix, a refusal, or a dialog that cannot be opened leave the sheet as it
 * is and say so. commands.ts opens the dialog; this module decides, and never throws.
 */
import { a1, type CellValue, type FixPreview, type Lang } from '../../core';
import { applySafeFixes, previewSafeFixes, type FixOutcome } from './excelEdits';
import type { ExcelLike } from './excelRead';
import { say } from './messages';
import { describeFailure, fixText, thenCheck, type RibbonMessage } from './ribbon';

/** What the confirmation dialog shows: plain text only, rendered with textContent. */
export interface ConfirmPage {
  lang: Lang;
  title: string;
  count: string;
  /** How many cells change (the lines may list fewer). */
  total: number;
  /** "D7: Phòng TĐC → Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng", the first `max` changes. */
  lines: string[];
  /** "… và 12 ô khác.", or '' when every change is listed. */
  more: string;
  apply: string;
  cancel: string;
}

/** The answer of the person: apply, or anything else (Hủy, the dialog closed, or no dialog at all). */
export type Confirm = (page: ConfirmPage) => Promise<'apply' | 'cancel' | 'unavailable'>;

/** Lines listed in the dialog; the count always gives the whole number. */
export const CONFIRM_LINES = 200;
/**
 * A value is cut only past this many characters (the cell keeps all of it): a change at the end of a
 * long task text (a page-break cut joined back) must stay visible.
 */
const VALUE_CHARS = 2000;

function shown(v: CellValue, lang: Lang): string {
  if (v === null || v === undefined || v === '') return say('confirmEmpty', lang);
  const text = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'object' ? v.error : String(v);
  return text.length > VALUE_CHARS ? `${text.slice(0, VALUE_CHARS - 1)}…` : text;
}

/** The page with only its first `max` lines (the rest counted in `more`). */
export function shortenedPage(page: ConfirmPage, max: number): ConfirmPage {
  if (page.lines.length <= max) return page;
  return { ...page, lines: page.lines.slice(0, max), more: say('confirmMore', page.lang, { n: page.total - max }) };
}

export function confirmPageOf(preview: FixPreview, lang: Lang, max = CONFIRM_LINES): ConfirmPage {
  const n = preview.edits.length;
  return {
    lang,
    title: say('confirmTitle', lang, { sheet: preview.sheet }),
    count: say('confirmCount', lang, { n }),
    total: n,
    lines: preview.edits.slice(0, max).map((e) => `${a1(e.row, e.column)}: ${shown(e.before, lang)} → ${shown(e.after, lang)}`),
    more: n > max ? say('confirmMore', lang, { n: n - max }) : '',
    apply: say('confirmApply', lang),
    cancel: say('confirmCancel', lang),
  };
}

export async function ribbonFix(excel: ExcelLike, unitsOnly: boolean, lang: Lang, confirm: Confirm): Promise<RibbonMessage> {
  let preview: FixPreview;
  try {
    preview = await previewSafeFixes(excel, { unitsOnly });
  } catch (e) {
    return { text: describeFailure(e, lang), ok: false };
  }
  if (preview.edits.length === 0) return { text: say('fixedNone', lang, { sheet: preview.sheet }), ok: true };
  const answer = await confirm(confirmPageOf(preview, lang));
  if (answer === 'unavailable') return { text: say('confirmUnavailable', lang), ok: false };
  if (answer !== 'apply') return { text: say('fixCancelled', lang, { sheet: preview.sheet }), ok: true };
  let r: FixOutcome;
  try {
    r = await applySafeFixes(excel, unitsOnly);
  } catch (e) {
    // The run's record is kept before any value is written: whatever was written can be undone.
    return { text: describeFailure(e, lang, true), ok: false };
  }
  return thenCheck(excel, lang, fixText(r, lang));
}
