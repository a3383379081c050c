import { Rule } from '../engine/rule';
import { cellFix, forEachUnitCell, isDefunct, planDay, roleWord } from './support/units';
import { q } from './support/where';

/** A unit merged away (the 2025 mergers) before the plan's date: the fix writes its successor. */
export const unitDefunct: Rule = {
  meta: {
    code: 'unit.defunct',
    severity: 'warning',
    fix: 'safe',
    fixPrecedence: 0,
    docs: {
      title: { vi: 'Đơn vị đã sáp nhập', en: 'Unit merged into another' },
      description: {
        vi: 'Đơn vị đã không còn (sáp nhập năm 2025) vào ngày của kế hoạch; sửa thành đơn vị kế thừa.',
        en: 'A unit that no longer existed (2025 mergers) on the plan’s date; fix: its successor.',
      },
      action: {
        vi: 'Ghi tên đơn vị kế thừa (bản sửa tự động làm việc này); kiểm tra lại ngày của kế hoạch nếu thấy sai.',
        en: 'Write the successor’s name (the automatic fix does it); check the plan’s date if this looks wrong.',
      },
    },
    messages: {
      defunct: {
        vi: 'Đơn vị {{role}} đã sáp nhập, không còn vào thời điểm của kế hoạch: {{list}}.',
        en: 'The {{role}} unit had been merged away by the plan’s date: {{list}}.',
      },
    },
  },
  check(ctx) {
    const day = planDay(ctx);
    if (!day) return;
    forEachUnitCell(ctx, (u, role, at, column) => {
      const gone = at.cell.pieces.filter((p) => isDefunct(p, day));
      if (gone.length === 0) return;
      const fix = cellFix(ctx, at, u.row.row, column);
      const list = gone.map((p) => `${q(p.main)} → “${p.match!.entry.successor}”`).join('; ');
      ctx.report({
        row: u.row.row,
        column,
        messageId: 'defunct',
        data: { role: roleWord(role), list },
        ...(fix ? { fix } : {}),
      });
    });
  },
};
