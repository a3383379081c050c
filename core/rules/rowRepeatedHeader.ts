import { Rule } from '../engine/rule';
import { headsGroup } from '../read/repeatedHeader';

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
    table.rows.forEach((r, i) => {
      if (r.kind !== 'repeatedHeader') return;
      // Under a group title, the header is the group's own, printed before each group by design: worth
      // knowing for filters, not a defect.
      const underGroup = headsGroup(table.rows, i);
      ctx.report({
        row: r.row,
        column: table.header.firstColumn,
        ...(underGroup ? { severity: 'info' as const } : {}),
        message: underGroup
          ? {
              vi: `Dòng tiêu đề (giống dòng ${table.header.row}) được nhắc lại dưới tên nhóm; nếu cần lọc hoặc tổng hợp cả bảng, nên xóa.`,
              en: `The header (as in row ${table.header.row}) is repeated under the group title; remove it to filter or roll up the whole table.`,
            }
          : {
              vi: `Dòng tiêu đề lặp lại (giống dòng ${table.header.row}); nên xóa để lọc và tổng hợp không bị sai.`,
              en: `Repeated header row (same as row ${table.header.row}); remove it so filters and roll-ups stay right.`,
            },
        fix: { label: 'Xóa dòng', labelEn: 'Remove the row', changes: [{ kind: 'deleteRow', row: r.row }] },
      });
    });
  },
};
