import { Rule } from '../engine/rule';

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
    },
  },
  check(ctx) {
    const { table } = ctx;
    for (const r of table.rows) {
      if (r.kind !== 'repeatedHeader') continue;
      ctx.report({
        row: r.row,
        column: table.header.firstColumn,
        messageId: 'repeated',
        data: { headerRow: table.header.row },
        fix: { label: 'Xóa dòng', labelEn: 'Remove the row', changes: [{ kind: 'deleteRow', row: r.row }] },
      });
    }
  },
};
