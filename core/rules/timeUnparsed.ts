import { Rule } from '../engine/rule';
import { q } from './support/where';

/** A time cell not read as any kind of time frame. */
export const timeUnparsed: Rule = {
  meta: {
    code: 'time.unparsed',
    severity: 'warning',
    docs: {
      title: { vi: 'Không hiểu được thời gian', en: 'Time frame not understood' },
      description: {
        vi: 'Không hiểu được thời gian ghi trong ô (không phải quý, tháng, ngày, năm, khoảng, định kỳ hay điều kiện).',
        en: 'The time cell is not understood (not a quarter, month, date, year, range, recurrence or condition).',
      },
      action: {
        vi: 'Ghi thời gian theo một cách quen thuộc: “Quý II/2026”, “Tháng 6/2026”, “Trước ngày 15/11/2026”, “Hằng năm”.',
        en: 'Write the time in a familiar way: “Quý II/2026”, “Tháng 6/2026”, “Trước ngày 15/11/2026”, “Hằng năm”.',
      },
    },
    messages: {
      unparsed: {
        vi: 'Không hiểu thời gian {{text}}; nên ghi rõ như “Quý II/2026”, “Tháng 6/2026”, “Trước ngày 15/11/2026” hoặc “Hằng năm”.',
        en: 'Time frame {{text}} is not understood; write it like “Quý II/2026”, “Tháng 6/2026”, “Trước ngày 15/11/2026” or “Hằng năm”.',
      },
    },
  },
  check(ctx) {
    const col = ctx.table.header.columns.time;
    if (col === undefined) return;
    for (const t of ctx.source.times) {
      if (t.frame.kind !== 'unknown') continue;
      ctx.report({
        row: t.row.row,
        column: t.row.timeColumn ?? col,
        messageId: 'unparsed',
        data: { text: q(t.text) },
      });
    }
  },
};
