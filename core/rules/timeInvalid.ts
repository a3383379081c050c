import { Rule } from '../engine/rule';
import { q } from './support/where';

/** A time that cannot be: quarter V, month 13, 31/02, a range ending before it starts. */
export const timeInvalid: Rule = {
  meta: {
    code: 'time.invalid',
    severity: 'error',
    docs: {
      title: { vi: 'Thời gian không thể có', en: 'Impossible time frame' },
      description: {
        vi: 'Thời gian không thể có: Quý V, tháng 13, ngày 31/02, khoảng thời gian kết thúc trước khi bắt đầu.',
        en: 'An impossible time: quarter V, month 13, 31/02, a range that ends before it starts.',
      },
      action: {
        vi: 'Sửa lại thời gian cho đúng (quý I–IV, tháng 1–12, ngày có trong tháng, khoảng bắt đầu trước khi kết thúc).',
        en: 'Correct the time (quarters I–IV, months 1–12, a day the month has, a range that starts before it ends).',
      },
    },
    messages: {
      invalid: { vi: '{{text}}: {{why}}', en: '{{text}}: {{why}}' },
    },
  },
  check(ctx) {
    const col = ctx.table.header.columns.time;
    if (col === undefined) return;
    for (const t of ctx.source.times) {
      if (!t.frame.invalid) continue;
      ctx.report({
        row: t.row.row,
        column: t.row.timeColumn ?? col,
        messageId: 'invalid',
        data: { text: q(t.text), why: t.frame.invalid },
      });
    }
  },
};
