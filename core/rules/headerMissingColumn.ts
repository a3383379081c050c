import { ROLE_LABELS, ColumnRole } from '../read/header';
import { Rule } from '../engine/rule';

/** A table with no content or no lead-unit column cannot be checked or consolidated. */
export const headerMissingColumn: Rule = {
  meta: {
    code: 'header.missing_column',
    severity: 'error',
    docs: {
      title: { vi: 'Bảng thiếu cột cần có', en: 'A required column is missing' },
      description: {
        vi: 'Bảng thiếu cột Nội dung hoặc cột Cơ quan chủ trì.',
        en: 'The table has no content column or no lead-unit column.',
      },
      action: {
        vi: 'Thêm cột còn thiếu, hoặc sửa tiêu đề cột cho rõ (ví dụ “Nội dung nhiệm vụ”, “Cơ quan chủ trì”).',
        en: 'Add the missing column, or label it plainly (e.g. “Nội dung nhiệm vụ”, “Cơ quan chủ trì”).',
      },
    },
    messages: {
      missing: {
        vi: 'Bảng không có cột “{{column}}” (không tìm thấy tiêu đề cột này ở dòng {{row}}).',
        en: 'The table has no “{{column}}” column (no such label in row {{row}}).',
      },
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
        messageId: 'missing',
        data: { column: ROLE_LABELS[role], row: table.header.row },
      });
    }
  },
};
