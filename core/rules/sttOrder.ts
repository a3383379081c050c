import { Rule } from '../engine/rule';
import { sttColumn } from './support/where';

/** A number going backwards (the sequence analysis of core/read/numbering.ts). */
export const sttOrder: Rule = {
  meta: {
    code: 'stt.order',
    severity: 'error',
    docs: {
      title: { vi: 'Số thứ tự sai thứ tự', en: 'Numbers out of order' },
      description: {
        vi: 'Số thứ tự đi lùi hoặc sai thứ tự.',
        en: 'A number goes backwards or out of order.',
      },
      action: {
        vi: 'Đánh lại số thứ tự theo số cần có ở vị trí đó, hoặc chuyển dòng về đúng chỗ.',
        en: 'Renumber the row with the number its place calls for, or move the row where it belongs.',
      },
    },
    messages: {
      order: {
        vi: 'Số thứ tự “{{stt}}” sai thứ tự; ở vị trí này cần “{{expected}}”.',
        en: 'Number “{{stt}}” is out of order; “{{expected}}” is expected here.',
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    for (const s of ctx.source.numbering.sequence) {
      if (s.kind !== 'order') continue;
      const r = table.rows[s.index];
      ctx.report({
        row: r.row,
        column: sttColumn(table, r),
        messageId: 'order',
        data: { stt: r.stt.token!.raw, expected: String(s.expected) },
      });
    }
  },
};
