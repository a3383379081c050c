import { Rule } from '../engine/rule';
import { forEachUnitCell, roleWordFirst } from './support/units';
import { q } from './support/where';

/** A well-formed unit name the directory does not list. */
export const unitUnlisted: Rule = {
  meta: {
    code: 'unit.unlisted',
    severity: 'info',
    docs: {
      title: { vi: 'Đơn vị chưa có trong danh mục', en: 'Unit not in the directory' },
      description: {
        vi: 'Tên đơn vị viết đúng dạng (Sở …, Trung tâm …, Tập đoàn …) nhưng chưa có trong danh mục; nếu đúng, hãy thêm vào trang tính “Danh mục đơn vị”.',
        en: 'A well-formed unit name (Sở …, Trung tâm …, Tập đoàn …) that the directory does not list; if it is right, add it to the “Danh mục đơn vị” sheet.',
      },
      action: {
        vi: 'Nếu tên đúng, thêm đơn vị vào trang tính “Danh mục đơn vị” (hoặc tệp --units) để các lần kiểm tra sau nhận ra.',
        en: 'If the name is right, add the unit to the “Danh mục đơn vị” sheet (or the --units file) so later checks know it.',
      },
    },
    messages: {
      unlisted: {
        vi: 'Đơn vị {{role}} chưa có trong danh mục: {{list}}. Nếu đúng, hãy thêm vào trang tính “Danh mục đơn vị” để các lần kiểm tra sau nhận ra.',
        en: '{{role}} unit not in the directory: {{list}}. If it is right, add it to the “Danh mục đơn vị” sheet so later checks know it.',
      },
    },
  },
  check(ctx) {
    forEachUnitCell(ctx, (u, role, at, column) => {
      const unlisted = at.cell.pieces.filter((p) => p.unlisted);
      if (unlisted.length === 0) return;
      const list = unlisted.map((p) => q(p.main)).join(', ');
      ctx.report({
        row: u.row.row,
        column,
        messageId: 'unlisted',
        data: { role: roleWordFirst(role), list },
      });
    });
  },
};
