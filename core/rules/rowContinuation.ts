import { Rule } from '../engine/rule';
import { cellAt } from '../model/grid';
import { pushedTail } from '../read/pageCut';
import { q, sttColumn } from './where';

/**
 * The tail of a row cut by a page break: kept as a row of its own, or (the last words only) pushed
 * into the STT cell of the next task. Either way one cut is one finding, and the fix repairs it.
 */
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
    const { table } = ctx;
    const col = sttColumn(table);
    table.rows.forEach((r, i) => {
      if (r.kind === 'continuation' && r.continues !== undefined) {
        ctx.report({
          row: r.row,
          column: col,
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
        return;
      }
      const tail = pushedTail(table, i);
      const content = table.header.columns.content;
      if (!tail || content === undefined) return;
      const e = tail.expected;
      // The number is written the way the row above writes its own: a number stays a number.
      const above = cellAt(ctx.grid, tail.into, col);
      const number = e ? (typeof above === 'number' && !e.punct ? e.value : `${e.value}${e.punct}`) : undefined;
      const ending = cellAt(ctx.grid, tail.into, content);
      ctx.report({
        row: r.row,
        column: col,
        // The STT cell holds words, not a number: that much is certain.
        severity: 'error',
        message: {
          vi:
            `${q(tail.words)} ở ô số thứ tự là chữ cuối của nội dung dòng ${tail.into}, bị đẩy xuống khi ngắt trang.` +
            (number !== undefined
              ? ` Nên chuyển về cuối nội dung dòng ${tail.into} và ghi số “${number}” vào ô này.`
              : ` Nên chuyển về cuối nội dung dòng ${tail.into} và ghi lại số thứ tự.`),
          en:
            `${q(tail.words)} in the number cell is the last word of row ${tail.into}'s content, pushed down by a page break.` +
            (number !== undefined
              ? ` Move it back to the end of row ${tail.into}'s content and write “${number}” here.`
              : ` Move it back to the end of row ${tail.into}'s content and write the number again.`),
        },
        // Only when the number is certain; otherwise the cell would be left without one.
        fix:
          number !== undefined && typeof ending === 'string'
            ? {
                label: `Chuyển “${tail.words}” về dòng ${tail.into}, ghi số ${number}`,
                labelEn: `Move “${tail.words}” back to row ${tail.into}, write ${number}`,
                changes: [
                  { kind: 'set', row: tail.into, column: content, value: `${ending.trimEnd()} ${tail.words}` },
                  { kind: 'set', row: r.row, column: col, value: number },
                ],
              }
            : undefined,
      });
    });
  },
};
