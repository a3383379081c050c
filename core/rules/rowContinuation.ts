import { Rule } from '../engine/rule';
import { cellAt } from '../model/grid';
import { pushedTail } from '../read/pageCut';
import { q, sttColumn } from './support/where';

/**
 * The tail of a row cut by a page break: kept as a row of its own, or (the last words only) pushed
 * into the STT cell of the next task. Either way one cut is one finding, and the fix repairs it.
 */
export const rowContinuation: Rule = {
  meta: {
    code: 'row.continuation',
    severity: 'warning',
    fix: 'safe',
    docs: {
      title: { vi: 'Dòng bị ngắt trang', en: 'Row cut by a page break' },
      description: {
        vi: 'Dòng là phần bị ngắt trang của dòng phía trên; nên gộp lại.',
        en: 'A row cut off by a page break from the row above; merge them.',
      },
      action: {
        vi: 'Gộp phần bị ngắt vào dòng phía trên (bản sửa tự động làm việc này) rồi xóa dòng thừa.',
        en: 'Merge the cut part into the row above (the automatic fix does this) and remove the leftover row.',
      },
    },
    messages: {
      continues: {
        vi: 'Dòng này là phần tiếp theo của dòng {{above}} (bị ngắt trang); nên gộp vào dòng {{above}}.',
        en: 'This row continues row {{above}} (cut by a page break); merge it into row {{above}}.',
      },
      pushedWithNumber: {
        vi: '{{words}} ở ô số thứ tự là chữ cuối của nội dung dòng {{above}}, bị đẩy xuống khi ngắt trang. Nên chuyển về cuối nội dung dòng {{above}} và ghi số “{{number}}” vào ô này.',
        en: "{{words}} in the number cell is the last word of row {{above}}'s content, pushed down by a page break. Move it back to the end of row {{above}}'s content and write “{{number}}” here.",
      },
      pushed: {
        vi: '{{words}} ở ô số thứ tự là chữ cuối của nội dung dòng {{above}}, bị đẩy xuống khi ngắt trang. Nên chuyển về cuối nội dung dòng {{above}} và ghi lại số thứ tự.',
        en: "{{words}} in the number cell is the last word of row {{above}}'s content, pushed down by a page break. Move it back to the end of row {{above}}'s content and write the number again.",
      },
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
          messageId: 'continues',
          data: { above: r.continues },
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
        ...(number !== undefined
          ? { messageId: 'pushedWithNumber', data: { words: q(tail.words), above: tail.into, number } }
          : { messageId: 'pushed', data: { words: q(tail.words), above: tail.into } }),
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
