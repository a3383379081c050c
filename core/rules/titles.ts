/**
 * The plain-language title of every finding code, for headings, group titles and output sheets: an
 * officer reads "Số thứ tự bị trùng", never `stt.duplicate`. The code itself stays in JSON, in a
 * details line or tooltip and in the rule's docs.
 */
import type { Bilingual, Lang } from '../model/lang';

export const RULE_TITLES: Readonly<Record<string, Bilingual>> = {
  'header.missing_column': { vi: 'Bảng thiếu cột cần có', en: 'A required column is missing' },
  'stt.missing': { vi: 'Thiếu số thứ tự', en: 'Missing number' },
  'stt.malformed': { vi: 'Số thứ tự ghi sai', en: 'Number written wrongly' },
  'stt.duplicate': { vi: 'Số thứ tự bị trùng', en: 'Number used twice' },
  'stt.gap': { vi: 'Số thứ tự bị nhảy cóc', en: 'Number skipped' },
  'stt.order': { vi: 'Số thứ tự sai thứ tự', en: 'Numbers out of order' },
  'stt.alphabet': { vi: 'Chữ đánh điểm sai bảng chữ cái', en: 'Point letter outside the Vietnamese alphabet' },
  'stt.style_mixed': { vi: 'Đánh số lẫn nhiều kiểu', en: 'Numbering styles mixed' },
  'row.continuation': { vi: 'Dòng bị ngắt trang', en: 'Row cut by a page break' },
  'row.repeated_header': { vi: 'Tiêu đề bảng lặp lại', en: 'Table header repeated' },
  'section.has_assignment': { vi: 'Dòng nhóm ghi chủ trì hoặc thời gian', en: 'Group row with a lead or a time' },
  'text.markup': { vi: 'Mã HTML còn sót trong ô', en: 'HTML left in a cell' },
  'text.unicode': { vi: 'Chữ tiếng Việt sai dạng mã', en: 'Vietnamese text in the wrong encoding form' },
  'text.whitespace': { vi: 'Khoảng trắng thừa', en: 'Extra spaces' },
  'time.missing': { vi: 'Thiếu thời gian thực hiện', en: 'Missing time frame' },
  'time.unparsed': { vi: 'Không hiểu được thời gian', en: 'Time frame not understood' },
  'time.invalid': { vi: 'Thời gian không thể có', en: 'Impossible time frame' },
  'time.out_of_period': { vi: 'Thời gian ngoài thời kỳ kế hoạch', en: 'Time outside the plan period' },
  'time.style': { vi: 'Thời gian viết nhiều cách', en: 'Time frames written several ways' },
  'unit.noncanonical': { vi: 'Tên đơn vị chưa chuẩn', en: 'Unit name not in its standard form' },
  'unit.unknown': { vi: 'Tên đơn vị có thể viết sai', en: 'Unit name possibly misspelt' },
  'unit.unlisted': { vi: 'Đơn vị chưa có trong danh mục', en: 'Unit not in the directory' },
  'unit.cut_short': { vi: 'Tên đơn vị có vẻ bị cắt', en: 'Unit name looks cut short' },
  'unit.too_long': { vi: 'Ô đơn vị quá dài để là tên', en: 'Unit cell too long to be a name' },
  'unit.defunct': { vi: 'Đơn vị đã sáp nhập', en: 'Unit merged into another' },
  'lead.missing': { vi: 'Thiếu cơ quan chủ trì', en: 'Missing lead unit' },
  'lead.also_cooperating': { vi: 'Cơ quan chủ trì ghi cả ở cột phối hợp', en: 'Lead unit also listed as cooperating' },
  'lead.multiple': { vi: 'Nhiều cơ quan chủ trì', en: 'Several lead units' },
  'consolidate.row_unmatched': { vi: 'Dòng báo cáo không khớp nhiệm vụ nào', en: 'Report row matches no task' },
  'consolidate.status_conflict': { vi: 'Tình trạng báo cáo mâu thuẫn', en: 'Conflicting statuses' },
  'consolidate.content_changed': { vi: 'Nội dung nhiệm vụ bị sửa trong báo cáo', en: 'Task text changed in a report' },
  'consolidate.duplicate_report': { vi: 'Một đơn vị gửi hai báo cáo', en: 'A unit reported twice' },
  'consolidate.unit_missing': { vi: 'Đơn vị chưa gửi báo cáo', en: 'Unit has not reported' },
  'consolidate.not_assigned': { vi: 'Báo cáo về nhiệm vụ không được giao', en: 'Report on a task not assigned to the unit' },
  'status.unknown': { vi: 'Không hiểu tình trạng báo cáo', en: 'Status not understood' },
  'status.overdue': { vi: 'Nhiệm vụ quá hạn', en: 'Task overdue' },
};

/** The title of a code; a code without one (a rule added later) reads as a general "problem". */
export function ruleTitle(code: string, lang: Lang): string {
  const t = RULE_TITLES[code];
  if (t) return t[lang];
  return lang === 'en' ? 'Other problem' : 'Vấn đề khác';
}
