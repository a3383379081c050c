import { Rule } from '../engine/rule';
import { sttColumn } from './where';

/** The tail of a row cut by a page break, kept as a row of its own. */
export const rowContinuation: Rule = {
  meta: {
    code: 'row.continuation',
    severity: 'warning',
    fixable: true,
    description: {
      vi: 'Dòng là phần bị ngắt trang của dòng phía trên; nên gộp lại.',
      en: 'A row cut off by a page break from the row above; merge them.',
    },
  },
  check(ctx) {
    for (const r of ctx.table.rows) {
      if (r.kind !== 'continuation' || r.continues === undefined) continue;
      ctx.report({
        row: r.row,
        column: sttColumn(ctx.table),
        message: {
          vi: `Dòng này là phần tiếp theo của dòng ${r.continues} (bị ngắt trang); nên gộp vào dòng ${r.continues}.`,
          en: `This row continues row ${r.continues} (cut by a page break); merge it into row ${r.continues}.`,
        },
        fix: {
          label: `Gộp vào dòng ${r.continues}`,
          labelEn: `Merge into row ${r.continues}`,
          changes: [{ kind: 'mergeRowInto', row: r.row, into: r.continues }],
        },
      });
    }
  },
};
