import { Rule } from '../engine/rule';
import { q, sttColumn } from './support/where';

/**
 * Two ways of writing numbers at one level (I. beside II, 1 . beside 2.), two numbering systems at
 * one level, or task numbers that restart in some groups and run straight through in others. Each
 * style alone is valid; mixing is not.
 */
export const sttStyleMixed: Rule = {
  meta: {
    code: 'stt.style_mixed',
    severity: 'warning',
    fix: 'safe',
    fixPrecedence: 3,
    docs: {
      title: { vi: 'Đánh số lẫn nhiều kiểu', en: 'Numbering styles mixed' },
      description: {
        vi: 'Cùng một cấp đánh số theo nhiều kiểu, hoặc lẫn đánh số lại từ đầu mỗi nhóm với đánh số liên tục.',
        en: 'One level numbered in several styles, or restart-per-group mixed with straight-through numbering.',
      },
      action: {
        vi: 'Viết số thứ tự cùng cấp theo một kiểu như phần lớn bảng; cách viết dấu chấm, dấu cách và tách số khỏi nội dung được sửa tự động.',
        en: 'Number each level one way, as most of the table does; punctuation, spacing and splitting the number from the content are fixed automatically.',
      },
    },
    messages: {
      restarts: {
        vi: `Nhóm này đánh số nhiệm vụ lại từ 1, trong khi cả bảng đánh số liên tục qua các nhóm.`,
        en: `This group restarts task numbers at 1, while the table numbers straight through.`,
      },
      continues: {
        vi: `Nhóm này đánh số nhiệm vụ nối tiếp nhóm trước (“{{stt}}”), trong khi các nhóm khác đánh lại từ 1.`,
        en: `This group continues the previous group's task numbers (“{{stt}}”), while the others restart at 1.`,
      },
      inline: {
        vi: `Dòng này ghi số và nội dung chung một ô ({{cell}}), trong khi các dòng cùng cấp ghi nội dung ở cột riêng.`,
        en: `This row has number and content in one cell ({{cell}}), while its level puts the content in its own column.`,
      },
      separate: {
        vi: `Dòng này ghi nội dung ở cột riêng, trong khi các dòng cùng cấp ghi số và nội dung chung một ô.`,
        en: `This row puts its content in its own column, while its level has number and content in one cell.`,
      },
      system: {
        vi: `“{{stt}}” dùng kiểu đánh số khác với các dòng cùng cấp (phần lớn viết như “{{majority}}”).`,
        en: `“{{stt}}” uses a different numbering system from its level (most rows look like “{{majority}}”).`,
      },
      written: {
        vi: `“{{stt}}” viết khác các dòng cùng cấp; nên viết “{{fixTo}}”.`,
        en: `“{{stt}}” is written differently from its level; write “{{fixTo}}”.`,
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    const n = ctx.source.numbering;
    for (const s of n.style) {
      const r = table.rows[s.index];
      const col = sttColumn(table, r);
      const raw = r.sttText;
      if (s.kind === 'numbering') {
        const straight = s.majority === 'straight';
        ctx.report({
          row: r.row,
          column: col,
          ...(straight ? { messageId: 'restarts' } : { messageId: 'continues', data: { stt: raw } }),
        });
      } else if (s.kind === 'layout') {
        const contentCol = table.header.columns.content!;
        const token = (r.stt.corrected ?? r.stt.token!.raw + r.stt.token!.punct).trim();
        ctx.report({
          row: r.row,
          column: col,
          ...(s.inline ? { messageId: 'inline', data: { cell: q(raw) } } : { messageId: 'separate' }),
          ...(s.inline && r.stt.rest
            ? {
                fix: {
                  label: 'Tách số thứ tự và nội dung sang hai cột',
                  labelEn: 'Split the number and the content into their columns',
                  changes: [
                    { kind: 'set' as const, row: r.row, column: col, value: token },
                    { kind: 'set' as const, row: r.row, column: contentCol, value: r.stt.rest },
                  ],
                },
              }
            : {}),
        });
      } else if (s.kind === 'system') {
        ctx.report({
          row: r.row,
          column: col,
          messageId: 'system',
          data: { stt: raw, majority: String(s.majority) },
        });
      } else {
        ctx.report({
          row: r.row,
          column: col,
          severity: 'info',
          messageId: 'written',
          data: { stt: raw, fixTo: String(s.fixTo) },
          fix: {
            label: `Viết thành “${s.fixTo}”`,
            labelEn: `Write as “${s.fixTo}”`,
            changes: [{ kind: 'set', row: r.row, column: col, value: s.fixTo! }],
          },
        });
      }
    }
  },
};
