import { Rule } from '../engine/rule';
import { sttColumn } from './support/where';

/** A number skipped in the sequence (the sequence analysis of core/read/numbering.ts). */
export const sttGap: Rule = {
  meta: {
    code: 'stt.gap',
    severity: 'warning',
    docs: {
      title: { vi: 'Số thứ tự bị nhảy cóc', en: 'Number skipped' },
      description: {
        vi: 'Số thứ tự bị nhảy cóc (thiếu số ở giữa).',
        en: 'A number is skipped in the sequence.',
      },
      action: {
        vi: 'Kiểm tra xem có nhiệm vụ bị sót không; nếu không, đánh lại số thứ tự cho liên tục.',
        en: 'Check whether a task was left out; if not, renumber so the sequence runs on.',
      },
    },
    messages: {
      gap: {
        vi: 'Thiếu số thứ tự {{missing}} trước “{{stt}}”.',
        en: 'Number {{missing}} is missing before “{{stt}}”.',
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    for (const s of ctx.source.numbering.sequence) {
      if (s.kind !== 'gap') continue;
      const r = table.rows[s.index];
      const missing = (s.missing ?? []).map((m) => (m.startsWith('…') ? m : `“${m}”`)).join(', ');
      ctx.report({
        row: r.row,
        column: sttColumn(table, r),
        messageId: 'gap',
        data: { missing, stt: r.stt.token!.raw },
      });
    }
  },
};
