import { Rule } from '../engine/rule';
import { headsGroup } from '../read/repeatedHeader';

/** The header row again inside the table, as page breaks leave it. */
export const rowRepeatedHeader: Rule = {
  meta: {
    code: 'row.repeated_header',
    severity: 'warning',
    fix: 'safe',
    docs: {
      title: { vi: 'Tiêu đề bảng lặp lại', en: 'Table header repeated' },
      description: {
        vi: 'Dòng tiêu đề bảng lặp lại giữa bảng (do ngắt trang); nên xóa.',
        en: 'The header row repeated inside the table (a page break); remove it.',
      },
      action: {
        vi: 'Xóa dòng tiêu đề lặp lại (bản sửa tự động làm trống dòng đó).',
        en: 'Remove the repeated header row (the automatic fix empties it).',
      },
    },
    messages: {
      repeated: {
        vi: 'Dòng tiêu đề lặp lại (giống dòng {{headerRow}}); nên xóa để lọc và tổng hợp không bị sai.',
        en: 'Repeated header row (same as row {{headerRow}}); remove it so filters and roll-ups stay right.',
      },
      underGroup: {
        vi: 'Dòng tiêu đề (giống dòng {{headerRow}}) được nhắc lại dưới tên nhóm; nếu cần lọc hoặc tổng hợp cả bảng, nên xóa.',
        en: 'The header (as in row {{headerRow}}) is repeated under the group title; remove it to filter or roll up the whole table.',
      },
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
        messageId: underGroup ? 'underGroup' : 'repeated',
        data: { headerRow: table.header.row },
        fix: { label: 'Xóa dòng', labelEn: 'Remove the row', changes: [{ kind: 'deleteRow', row: r.row }] },
      });
    });
  },
};
