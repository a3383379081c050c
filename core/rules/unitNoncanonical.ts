import { Rule } from '../engine/rule';
import { lookAlikeNote } from '../units/lookAlike';
import { acceptedAsWritten, cellFix, forEachUnitCell, isDefunct, planDay, roleWord } from './support/units';
import { q } from './support/where';

/** A listed unit written another way than its canonical name: the fix writes the name. */
export const unitNoncanonical: Rule = {
  meta: {
    code: 'unit.noncanonical',
    severity: 'warning',
    fix: 'safe',
    fixPrecedence: 1,
    docs: {
      title: { vi: 'Tên đơn vị chưa chuẩn', en: 'Unit name not in its standard form' },
      description: {
        vi: 'Đơn vị có trong danh mục nhưng viết khác tên chuẩn (Phòng TĐC, Sở KHCN, sai dấu, dạng NFD…); sửa thành tên chuẩn.',
        en: 'A known unit written another way (Phòng TĐC, Sở KHCN, a wrong tone mark, NFD…); fix: its canonical name.',
      },
      action: {
        vi: 'Ghi tên đơn vị theo tên chuẩn trong danh mục (bản sửa tự động làm việc này).',
        en: 'Write the unit by its canonical name in the directory (the automatic fix does it).',
      },
    },
    messages: {
      noncanonical: {
        vi: 'Tên đơn vị {{role}} chưa viết theo tên chuẩn: {{list}}{{why}}.',
        en: 'The {{role}} unit is not written by its canonical name: {{list}}{{why}}.',
      },
    },
  },
  check(ctx) {
    const day = planDay(ctx);
    forEachUnitCell(ctx, (u, role, at, column) => {
      const off = at.cell.pieces.filter((p) => p.match && p.match.how !== 'fuzzy' && p.match.how !== 'exact' && !isDefunct(p, day) && !acceptedAsWritten(p));
      if (off.length === 0) return;
      const list = off.map((p) => `${q(p.main)} → “${p.match!.entry.name}”`).join('; ');
      const notes = off.map((p) => lookAlikeNote(p.main, p.match!.entry.name, at.raw)).filter((n) => n !== undefined);
      const why = notes.length ? { vi: ` (${notes.map((n) => n.vi).join('; ')})`, en: ` (${notes.map((n) => n.en).join('; ')})` } : { vi: '', en: '' };
      const fix = cellFix(ctx, at, u.row.row, column);
      ctx.report({
        row: u.row.row,
        column,
        messageId: 'noncanonical',
        data: { role: roleWord(role), list, why },
        ...(fix ? { fix } : {}),
      });
    });
  },
};
