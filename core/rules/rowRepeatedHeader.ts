import { Rule } from '../engine/rule';

/** The header row again inside the table, as page breaks leave it. */
export const rowRepeatedHeader: Rule = {
  meta: {
    code: 'row.repeated_header',
    severity: 'warning',
    fixable: true,
    description: {
      vi: 'Dòng tiêu đề bảng lặp lại giữa bảng (do ngắt trang); nên xóa.',
      en: 'The header row repeated inside the table (a page break); remove it.',
    },
  },
  check(ctx) {
    const { table } = ctx;
    for (const r of table.rows) {
      if (r.kind !== 'repeatedHeader') continue;
      ctx.report({
        row: r.row,
        column: table.header.firstColumn,
        message: {
          vi: `Dòng tiêu đề lặp lại (giống dòng ${table.header.row}); nên xóa để lọc và tổng hợp không bị sai.`,
          en: `Repeated header row (same as row ${table.header.row}); remove it so filters and roll-ups stay right.`,
        },
        fix: { label: 'Xóa dòng', labelEn: 'Remove the row', changes: [{ kind: 'deleteRow', row: r.row }] },
      });
    }
  },
};
