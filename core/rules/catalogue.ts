/**
 * Every finding code in one catalogue: the grid rules (their meta) and the codes consolidation reports
 * (they come from merging returns, not from a rule over one sheet, but have a severity, a title and
 * docs all the same). Titles, the README table and docs/rules/<code>.md are read from here.
 */
import type { Severity } from '../model/finding';
import type { Bilingual } from '../model/lang';
import type { FixKind, RuleDocs } from '../engine/rule';
import { rules } from './index';

export interface CodeMeta {
  code: string;
  severity: Severity;
  docs: RuleDocs;
  fix?: FixKind;
  fixPrecedence?: number;
  /** A grid rule (`phuluc validate`) or a consolidation code (`phuluc consolidate`, `summary`). */
  kind: 'rule' | 'consolidation';
  /** The messages a finding of this code can carry, by message id: templates whose `{{name}}` the report fills. */
  messages: Record<string, Bilingual>;
}

/** The codes consolidation reports, as core/consolidate writes them (CONSOLIDATION_CODES). */
export const CONSOLIDATION_CATALOGUE: readonly CodeMeta[] = [
  {
    code: 'consolidate.unit_missing',
    severity: 'warning',
    kind: 'consolidation',
    docs: {
      title: { vi: 'Đơn vị chưa gửi báo cáo', en: 'Unit has not reported' },
      description: { vi: 'Một cơ quan chủ trì chưa gửi báo cáo (tên ở trường `unit`).', en: 'A lead unit has sent no return (named in the `unit` field).' },
      action: { vi: 'Nhắc đơn vị gửi báo cáo, rồi tổng hợp lại.', en: 'Remind the unit to send its return, then consolidate again.' },
    },
    messages: {
      missing: {
        vi: '{{unit}} chủ trì nhiệm vụ nhưng chưa gửi báo cáo.',
        en: '{{unit}} leads tasks but has sent no return.',
      },
    },
  },
  {
    code: 'consolidate.not_assigned',
    severity: 'info',
    kind: 'consolidation',
    docs: {
      title: { vi: 'Báo cáo về nhiệm vụ không được giao', en: 'Report on a task not assigned to the unit' },
      description: {
        vi: 'Một đơn vị báo cáo về nhiệm vụ mà nó không chủ trì hay phối hợp; không được gộp.',
        en: 'A unit reports on a task it neither leads nor cooperates on; not merged.',
      },
      action: {
        vi: 'Kiểm tra đơn vị đã báo nhầm dòng, hay bảng tổng thiếu đơn vị đó ở cột chủ trì/phối hợp.',
        en: 'Check whether the unit reported on the wrong row, or the master leaves it out of the lead/cooperating columns.',
      },
    },
    messages: {
      notAssigned: {
        vi: '{{unit}} báo cáo về nhiệm vụ {{number}} nhưng không chủ trì hay phối hợp nhiệm vụ này; không được gộp.',
        en: '{{unit}} reports on task {{number}}, which it neither leads nor cooperates on; it was not merged.',
      },
    },
  },
  {
    code: 'consolidate.row_unmatched',
    severity: 'warning',
    kind: 'consolidation',
    docs: {
      title: { vi: 'Dòng báo cáo không khớp nhiệm vụ nào', en: 'Report row matches no task' },
      description: {
        vi: 'Dòng của bản báo cáo không khớp nhiệm vụ nào (trường `file`, dòng); không được gộp.',
        en: 'A row of a return matches no task (the `file` field, the row); not merged.',
      },
      action: {
        vi: 'Sửa nội dung dòng trong bản báo cáo cho giống nhiệm vụ trong bảng tổng, hoặc ghi kết quả vào bảng tổng bằng tay.',
        en: 'Make the row’s text in the return match the master’s task, or enter the result in the master by hand.',
      },
    },
    messages: {
      noTable: {
        vi: 'Tệp {{file}} không có bảng phụ lục nào để tổng hợp.',
        en: 'File {{file}} has no appendix table to merge.',
      },
      unmatched: {
        vi: 'Dòng {{row}} của {{file}} ({{content}}) không khớp nhiệm vụ nào của bảng tổng hợp; không được gộp.',
        en: 'Row {{row}} of {{file}} ({{content}}) matches no task of the master; it was not merged.',
      },
    },
  },
  {
    code: 'consolidate.content_changed',
    severity: 'info',
    kind: 'consolidation',
    docs: {
      title: { vi: 'Nội dung nhiệm vụ bị sửa trong báo cáo', en: 'Task text changed in a report' },
      description: {
        vi: 'Bản báo cáo ghi khác một ô kế hoạch (nội dung, sản phẩm, chủ trì, phối hợp, thời gian; cả khi chỉ khác dấu), trước/sau; bảng tổng giữ nguyên.',
        en: 'A return writes a plan cell differently (content, output, lead, cooperating, time; even by marks only), before/after; the master keeps its own.',
      },
      action: {
        vi: 'Xem thay đổi có chủ ý không; nếu đúng, sửa bảng tổng bằng tay.',
        en: 'See whether the change was meant; if it is right, edit the master by hand.',
      },
    },
    messages: {
      changed: {
        vi: '{{unit}} đã sửa {{what}}{{marks}} của nhiệm vụ trong bản báo cáo: {{before}} → {{after}}. Bảng tổng hợp giữ nguyên.',
        en: "{{unit}} changed the task's {{what}}{{marks}} in its return: {{before}} → {{after}}. The master keeps its own.",
      },
    },
  },
  {
    code: 'consolidate.status_conflict',
    severity: 'info',
    kind: 'consolidation',
    docs: {
      title: { vi: 'Tình trạng báo cáo mâu thuẫn', en: 'Conflicting statuses' },
      description: { vi: 'Đơn vị phối hợp báo tình trạng khác cơ quan chủ trì.', en: 'A cooperating unit reports another status than the lead.' },
      action: {
        vi: 'Hỏi lại hai đơn vị; bảng tổng ghi tình trạng của cơ quan chủ trì.',
        en: 'Ask both units; the master records the lead’s status.',
      },
    },
    messages: {
      conflict: {
        vi: '{{unit}} (phối hợp) báo “{{status}}”, khác cơ quan chủ trì {{lead}} (“{{leadStatus}}”).',
        en: '{{unit}} (cooperating) reports “{{status}}”, unlike the lead {{lead}} (“{{leadStatus}}”).',
      },
    },
  },
  {
    code: 'consolidate.duplicate_report',
    severity: 'warning',
    kind: 'consolidation',
    docs: {
      title: { vi: 'Một đơn vị gửi hai báo cáo', en: 'A unit reported twice' },
      description: {
        vi: 'Một đơn vị gửi nhiều bản; nêu bản được dùng và bản bị bỏ qua.',
        en: 'A unit sent several returns; says which one is used and which are ignored.',
      },
      action: {
        vi: 'Kiểm tra bản được dùng là bản mới nhất; nếu không, bỏ bản cũ ra khỏi danh sách tệp rồi tổng hợp lại.',
        en: 'Check that the return used is the latest; if not, leave the older file out and consolidate again.',
      },
    },
    messages: {
      duplicate: {
        vi: '{{unit}} gửi {{count}} bản báo cáo: dùng {{used}}, bỏ qua {{others}}.',
        en: '{{unit}} sent {{count}} returns: {{used}} is used, {{others}} ignored.',
      },
    },
  },
  {
    code: 'status.unknown',
    severity: 'warning',
    kind: 'consolidation',
    docs: {
      title: { vi: 'Không hiểu tình trạng báo cáo', en: 'Status not understood' },
      description: { vi: 'Không hiểu chữ ghi tình trạng; không đoán.', en: 'The status word is not understood; it is not guessed.' },
      action: {
        vi: 'Ghi tình trạng bằng một từ quen thuộc (“Hoàn thành”, “Đang thực hiện”, “Chưa thực hiện”…), hoặc thêm từ đó vào bảng “Từ chỉ tình trạng” của trang “Cài đặt Phụ lục”.',
        en: 'Write the status with a familiar word (“Hoàn thành”, “Đang thực hiện”, “Chưa thực hiện”…), or add the word to the “Từ chỉ tình trạng” table of the “Cài đặt Phụ lục” sheet.',
      },
    },
    messages: {
      unknownIn: {
        vi: 'Không hiểu tình trạng {{status}} trong {{file}}; hãy ghi “Hoàn thành”, “Đang thực hiện”, “Chưa thực hiện”… hoặc thêm từ này vào bảng “Từ chỉ tình trạng” của trang “Cài đặt Phụ lục”. Không đoán.',
        en: 'Status {{status}} in {{file}} is not understood; write “Hoàn thành”, “Đang thực hiện”, “Chưa thực hiện”… or add the word to the “Từ chỉ tình trạng” table of the “Cài đặt Phụ lục” sheet. It is not guessed.',
      },
      unknown: {
        vi: 'Không hiểu tình trạng {{status}}; hãy ghi “Hoàn thành”, “Đang thực hiện”, “Chưa thực hiện”… hoặc thêm từ này vào bảng “Từ chỉ tình trạng” của trang “Cài đặt Phụ lục”. Không đoán.',
        en: 'Status {{status}} is not understood; write “Hoàn thành”, “Đang thực hiện”, “Chưa thực hiện”… or add the word to the “Từ chỉ tình trạng” table of the “Cài đặt Phụ lục” sheet. It is not guessed.',
      },
    },
  },
  {
    code: 'status.overdue',
    severity: 'warning',
    kind: 'consolidation',
    docs: {
      title: { vi: 'Nhiệm vụ quá hạn', en: 'Task overdue' },
      description: {
        vi: 'Nhiệm vụ trễ hạn tại ngày báo cáo: chưa hoàn thành mà hạn đã qua, hoặc được báo “Quá hạn”.',
        en: 'A task late at the report date: not done and past its deadline, or reported “Quá hạn”.',
      },
      action: {
        vi: 'Đôn đốc đơn vị chủ trì; nếu nhiệm vụ đã xong, cập nhật tình trạng “Hoàn thành”.',
        en: 'Follow up with the lead unit; if the task is done, set its status to “Hoàn thành”.',
      },
    },
    messages: {
      late: {
        vi: 'Nhiệm vụ {{number}} trễ hạn tại ngày báo cáo: hạn {{deadline}}, đến ngày {{reportDate}} tình trạng là “{{status}}”.',
        en: 'Task {{number}} is late at the report date: due {{deadline}}, and on {{reportDate}} its status is “{{status}}”.',
      },
      reported: {
        vi: 'Nhiệm vụ {{number}} được báo là “Quá hạn”.',
        en: 'Task {{number}} is reported “Quá hạn” (overdue).',
      },
    },
  },
];

/** Every code: the grid rules in registry order, then the consolidation codes. */
export const CATALOGUE: readonly CodeMeta[] = [...rules.map((r): CodeMeta => ({ ...r.meta, kind: 'rule' })), ...CONSOLIDATION_CATALOGUE];

const byCode = new Map(CATALOGUE.map((c) => [c.code, c]));

export function codeMeta(code: string): CodeMeta | undefined {
  return byCode.get(code);
}

/** True when findings of this code carry fixes `phuluc fix` and the fix buttons may apply unasked. */
export function isSafeFixCode(code: string): boolean {
  return byCode.get(code)?.fix === 'safe';
}

/** When two fixes set one cell, the lower number wins; a code that declares none comes last. */
export function fixPrecedenceOf(code: string): number {
  return byCode.get(code)?.fixPrecedence ?? 9;
}
