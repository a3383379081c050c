import { Rule } from '../engine/rule';
import { sttColumn } from './support/where';

/** Two rows at one level with one number (the sequence analysis of core/read/numbering.ts). */
export const sttDuplicate: Rule = {
  meta: {
    code: 'stt.duplicate',
    severity: 'error',
    docs: {
      title: { vi: 'Số thứ tự bị trùng', en: 'Number used twice' },
      description: {
        vi: 'Hai dòng cùng cấp có cùng số thứ tự.',
        en: 'Two rows at the same level have the same number.',
      },
      action: {
        vi: 'Đánh lại số thứ tự của dòng theo số cần có ở vị trí đó.',
        en: 'Renumber the row with the number its place calls for.',
      },
    },
    messages: {
      duplicate: {
        vi: 'Số thứ tự “{{stt}}” đã dùng ở dòng {{firstRow}}; ở vị trí này cần “{{expected}}”.',
        en: 'Number “{{stt}}” is already used in row {{firstRow}}; “{{expected}}” is expected here.',
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    for (const s of ctx.source.numbering.sequence) {
      if (s.kind !== 'duplicate') continue;
      const r = table.rows[s.index];
      const raw = r.stt.token!.raw;
      ctx.report({
        row: r.row,
        column: sttColumn(table, r),
        messageId: 'duplicate',
        data: { stt: raw, firstRow: String(s.firstRow), expected: String(s.expected) },
      });
    }
  },
};
