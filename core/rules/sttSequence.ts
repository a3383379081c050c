/** The four sequence rules read one analysis of the table (numbering.ts); each reports its own kind. */
import { numberingOf } from '../read/numbering';
import { Rule } from '../engine/rule';
import { sttColumn } from './where';

export const sttDuplicate: Rule = {
  meta: {
    code: 'stt.duplicate',
    severity: 'error',
    fixable: false,
    description: {
      vi: 'Hai dòng cùng cấp có cùng số thứ tự.',
      en: 'Two rows at the same level have the same number.',
    },
  },
  check(ctx) {
    const { table } = ctx;
    for (const s of numberingOf(table).sequence) {
      if (s.kind !== 'duplicate') continue;
      const r = table.rows[s.index];
      const raw = r.stt.token!.raw;
      ctx.report({
        row: r.row,
        column: sttColumn(table, r),
        message: {
          vi: `Số thứ tự “${raw}” đã dùng ở dòng ${s.firstRow}; ở vị trí này cần “${s.expected}”.`,
          en: `Number “${raw}” is already used in row ${s.firstRow}; “${s.expected}” is expected here.`,
        },
      });
    }
  },
};

export const sttGap: Rule = {
  meta: {
    code: 'stt.gap',
    severity: 'warning',
    fixable: false,
    description: {
      vi: 'Số thứ tự bị nhảy cóc (thiếu số ở giữa).',
      en: 'A number is skipped in the sequence.',
    },
  },
  check(ctx) {
    const { table } = ctx;
    for (const s of numberingOf(table).sequence) {
      if (s.kind !== 'gap') continue;
      const r = table.rows[s.index];
      const missing = (s.missing ?? []).map((m) => (m.startsWith('…') ? m : `“${m}”`)).join(', ');
      ctx.report({
        row: r.row,
        column: sttColumn(table, r),
        message: {
          vi: `Thiếu số thứ tự ${missing} trước “${r.stt.token!.raw}”.`,
          en: `Number ${missing} is missing before “${r.stt.token!.raw}”.`,
        },
      });
    }
  },
};

export const sttOrder: Rule = {
  meta: {
    code: 'stt.order',
    severity: 'error',
    fixable: false,
    description: {
      vi: 'Số thứ tự đi lùi hoặc sai thứ tự.',
      en: 'A number goes backwards or out of order.',
    },
  },
  check(ctx) {
    const { table } = ctx;
    for (const s of numberingOf(table).sequence) {
      if (s.kind !== 'order') continue;
      const r = table.rows[s.index];
      ctx.report({
        row: r.row,
        column: sttColumn(table, r),
        message: {
          vi: `Số thứ tự “${r.stt.token!.raw}” sai thứ tự; ở vị trí này cần “${s.expected}”.`,
          en: `Number “${r.stt.token!.raw}” is out of order; “${s.expected}” is expected here.`,
        },
      });
    }
  },
};

export const sttAlphabet: Rule = {
  meta: {
    code: 'stt.alphabet',
    severity: 'error',
    fixable: false,
    description: {
      vi: 'Chữ đánh điểm không theo bảng chữ cái tiếng Việt (a b c d đ e g h i k l m n o p q r s t u v x y; không có f, j, w, z).',
      en: 'A point letter outside the Vietnamese sequence (a b c d đ e g h i k l m n o p q r s t u v x y; no f, j, w, z).',
    },
  },
  check(ctx) {
    const { table } = ctx;
    for (const s of numberingOf(table).sequence) {
      if (s.kind !== 'alphabet') continue;
      const r = table.rows[s.index];
      const raw = r.stt.token!.raw;
      if (s.latin) {
        ctx.report({
          row: r.row,
          column: sttColumn(table, r),
          message: {
            vi: `Dãy chữ đánh theo bảng chữ cái Latin; theo tiếng Việt (a b c d đ e g h…) ở vị trí của “${raw}” là “${s.expected}”.`,
            en: `The points follow the Latin alphabet; in the Vietnamese sequence (a b c d đ e g h…) “${raw}” should be “${s.expected}”.`,
          },
        });
        continue;
      }
      ctx.report({
        row: r.row,
        column: sttColumn(table, r),
        message: {
          vi: `Chữ “${r.stt.token!.raw}” không có trong bảng chữ cái đánh điểm tiếng Việt (a b c d đ e g h i k…); ở vị trí này cần “${s.expected}”.`,
          en: `Letter “${r.stt.token!.raw}” is not in the Vietnamese point sequence (a b c d đ e g h i k…); “${s.expected}” is expected here.`,
        },
      });
    }
  },
};
