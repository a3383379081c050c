import { ROLE_LABELS, ColumnRole } from '../read/header';
import { Rule } from '../engine/rule';

/** A table with no content or no lead-unit column cannot be checked or consolidated. */
export const headerMissingColumn: Rule = {
  meta: {
    code: 'header.missing_column',
    severity: 'error',
    fixable: false,
    description: {
      vi: 'Bảng thiếu cột Nội dung hoặc cột Cơ quan chủ trì.',
      en: 'The table has no content column or no lead-unit column.',
    },
  },
  check(ctx) {
    const { table } = ctx;
    const needed: ColumnRole[] = ['content', 'chuTri'];
    for (const role of needed) {
      if (table.header.columns[role] !== undefined) continue;
      ctx.report({
        row: table.header.row,
        column: table.header.firstColumn,
        message: {
          vi: `Bảng không có cột “${ROLE_LABELS[role].vi}” (không tìm thấy tiêu đề cột này ở dòng ${table.header.row}).`,
          en: `The table has no “${ROLE_LABELS[role].en}” column (no such label in row ${table.header.row}).`,
        },
      });
    }
  },
};
