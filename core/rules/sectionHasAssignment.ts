import { ColumnRole } from '../read/header';
import { Rule } from '../engine/rule';

/** A group row with a lead unit or a time of its own, while its tasks carry theirs. */
export const sectionHasAssignment: Rule = {
  meta: {
    code: 'section.has_assignment',
    severity: 'warning',
    docs: {
      title: { vi: 'Dòng nhóm ghi chủ trì hoặc thời gian', en: 'Group row with a lead or a time' },
      description: {
        vi: 'Dòng nhóm ghi cơ quan chủ trì hoặc thời gian trong khi các nhiệm vụ của nhóm đã ghi riêng.',
        en: 'A group row carries a lead unit or a time while its own tasks carry theirs.',
      },
      action: {
        vi: 'Để trống ô chủ trì/thời gian của dòng nhóm, hoặc chuyển thông tin đó xuống từng nhiệm vụ.',
        en: 'Leave the group row’s lead/time cell empty, or move what it says down to the tasks.',
      },
    },
    messages: {
      assigned: {
        vi: 'Dòng nhóm “{{stt}}” ghi {{what}} trong khi các nhiệm vụ trong nhóm đã ghi riêng; khi tổng hợp dễ bị tính hai lần.',
        en: 'Group row “{{stt}}” carries {{what}} while its tasks carry their own; roll-ups may count it twice.',
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    const roles: ColumnRole[] = ['chuTri', 'time'];
    for (const r of table.rows) {
      if (r.kind !== 'group') continue;
      // A cell merged down over the tasks is one value they share, not the group's own.
      const own = roles.filter((role) => r.cells[role] && table.header.columns[role] !== undefined && !r.mergedDown?.[role]);
      if (own.length === 0) continue;
      const childrenCarry = r.children.some((c) => own.some((role) => table.rows[c].cells[role]));
      if (!childrenCarry) continue;
      const vi = own.map((role) => (role === 'chuTri' ? 'cơ quan chủ trì' : 'thời gian')).join(' và ');
      const en = own.map((role) => (role === 'chuTri' ? 'a lead unit' : 'a time frame')).join(' and ');
      ctx.report({
        row: r.row,
        column: table.header.columns[own[0]]!,
        messageId: 'assigned',
        data: { stt: r.stt.token?.raw ?? r.sttText, what: { vi, en } },
      });
    }
  },
};
