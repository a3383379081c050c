/** unit.too_long: text in a chủ trì / phối hợp cell too long to be a unit's name is not matched. */
import type { Rule } from '../engine/rule';
import { UNIT_CELL_MAX_CHARS, UNIT_PIECE_MAX_CHARS } from '../units/unitCell';
import { q } from './support/where';

export const unitTooLong: Rule = {
  meta: {
    code: 'unit.too_long',
    severity: 'info',
    docs: {
      title: { vi: 'Ô đơn vị quá dài để là tên', en: 'Unit cell too long to be a name' },
      description: {
        vi: `Ô chủ trì hoặc phối hợp có đoạn dài hơn ${UNIT_PIECE_MAX_CHARS} ký tự không ngắt bởi dấu phẩy, chấm phẩy hay xuống dòng, hoặc cả ô dài hơn ${UNIT_CELL_MAX_CHARS} ký tự: không phải tên đơn vị nên không được đối chiếu với danh mục.`,
        en: `A lead or cooperating cell holds a stretch longer than ${UNIT_PIECE_MAX_CHARS} characters with no comma, semicolon or line break, or is longer than ${UNIT_CELL_MAX_CHARS} characters in all: not a unit name, so it is not looked up in the directory.`,
      },
      action: {
        vi: 'Tách tên các đơn vị bằng dấu phẩy, hoặc chuyển phần mô tả sang cột khác.',
        en: 'Separate unit names with commas, or move the description to another column.',
      },
    },
    messages: {
      tooLong: {
        vi: 'Ô {{role}} có đoạn dài {{chars}} ký tự ({{text}}), quá dài để là tên đơn vị; đoạn này không được đối chiếu với danh mục. Hãy tách tên các đơn vị bằng dấu phẩy hoặc chuyển phần mô tả sang cột khác.',
        en: 'The {{role}} cell has a {{chars}}-character stretch ({{text}}), too long to be a unit name; it is not looked up in the directory. Separate unit names with commas or move the description to another column.',
      },
    },
  },
  check(ctx) {
    for (const u of ctx.source.units) {
      for (const role of ['chuTri', 'phoiHop'] as const) {
        const column = ctx.table.header.columns[role];
        const long = u[role]?.cell.pieces.filter((p) => p.tooLong) ?? [];
        if (column === undefined || long.length === 0) continue;
        const chars = Math.max(...long.map((p) => p.text.length));
        ctx.report({
          row: u.row.row,
          column,
          messageId: 'tooLong',
          data: { role: { vi: role === 'chuTri' ? 'chủ trì' : 'phối hợp', en: role === 'chuTri' ? 'lead' : 'cooperating' }, chars, text: q(long[0].text) },
        });
      }
    }
  },
};
