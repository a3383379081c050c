import { Rule } from '../engine/rule';
import { sttColumn } from './support/where';

/** A row with content but nothing in its STT cell, that is not the tail of the row above. */
export const sttMissing: Rule = {
  meta: {
    code: 'stt.missing',
    severity: 'error',
    docs: {
      title: { vi: 'Thiếu số thứ tự', en: 'Missing number' },
      description: {
        vi: 'Dòng có nội dung nhưng không có số thứ tự.',
        en: 'A row with content but no number.',
      },
      action: {
        vi: 'Ghi số thứ tự cho dòng; nếu dòng là phần tiếp của dòng trên thì gộp vào dòng trên.',
        en: 'Number the row; if it continues the row above, merge it into that row.',
      },
    },
    messages: {
      missing: {
        vi: 'Dòng có nội dung nhưng thiếu số thứ tự (STT).',
        en: 'This row has content but no number (STT).',
      },
    },
  },
  check(ctx) {
    for (const r of ctx.table.rows) {
      // A group title in a table whose groups carry no number (table reader) is not a task.
      if (r.kind !== 'unnumbered' || r.numberlessTitle) continue;
      ctx.report({
        row: r.row,
        column: sttColumn(ctx.table, r),
        messageId: 'missing',
      });
    }
  },
};
