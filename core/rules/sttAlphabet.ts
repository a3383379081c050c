import { Rule } from '../engine/rule';
import { sttColumn } from './support/where';

/** A point letter outside the Vietnamese sequence (the sequence analysis of core/read/numbering.ts). */
export const sttAlphabet: Rule = {
  meta: {
    code: 'stt.alphabet',
    severity: 'error',
    docs: {
      title: { vi: 'Chữ đánh điểm sai bảng chữ cái', en: 'Point letter outside the Vietnamese alphabet' },
      description: {
        vi: 'Chữ đánh điểm không theo bảng chữ cái tiếng Việt (a b c d đ e g h i k l m n o p q r s t u v x y; không có f, j, w, z).',
        en: 'A point letter outside the Vietnamese sequence (a b c d đ e g h i k l m n o p q r s t u v x y; no f, j, w, z).',
      },
      action: {
        vi: 'Đánh điểm theo bảng chữ cái tiếng Việt: a, b, c, d, đ, e, g, h, i, k…',
        en: 'Letter points in the Vietnamese sequence: a, b, c, d, đ, e, g, h, i, k…',
      },
    },
    messages: {
      latin: {
        vi: 'Dãy chữ đánh theo bảng chữ cái Latin; theo tiếng Việt (a b c d đ e g h…) ở vị trí của “{{stt}}” là “{{expected}}”.',
        en: 'The points follow the Latin alphabet; in the Vietnamese sequence (a b c d đ e g h…) “{{stt}}” should be “{{expected}}”.',
      },
      letter: {
        vi: 'Chữ “{{stt}}” không có trong bảng chữ cái đánh điểm tiếng Việt (a b c d đ e g h i k…); ở vị trí này cần “{{expected}}”.',
        en: 'Letter “{{stt}}” is not in the Vietnamese point sequence (a b c d đ e g h i k…); “{{expected}}” is expected here.',
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    for (const s of ctx.source.numbering.sequence) {
      if (s.kind !== 'alphabet') continue;
      const r = table.rows[s.index];
      const raw = r.stt.token!.raw;
      if (s.latin) {
        ctx.report({
          row: r.row,
          column: sttColumn(table, r),
          messageId: 'latin',
          data: { stt: raw, expected: String(s.expected) },
        });
        continue;
      }
      ctx.report({
        row: r.row,
        column: sttColumn(table, r),
        messageId: 'letter',
        data: { stt: r.stt.token!.raw, expected: String(s.expected) },
      });
    }
  },
};
