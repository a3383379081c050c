import { Rule } from '../engine/rule';
import { sttColumn } from './where';

/** A row with content but nothing in its STT cell, that is not the tail of the row above. */
export const sttMissing: Rule = {
  meta: {
    code: 'stt.missing',
    severity: 'error',
    fixable: false,
    description: {
      vi: 'Dòng có nội dung nhưng không có số thứ tự.',
      en: 'A row with content but no number.',
    },
  },
  check(ctx) {
    for (const r of ctx.table.rows) {
      // A group title in a table whose groups carry no number (table reader) is not a task.
      if (r.kind !== 'unnumbered' || r.numberlessTitle) continue;
      ctx.report({
        row: r.row,
        column: sttColumn(ctx.table, r),
        message: {
          vi: 'Dòng có nội dung nhưng thiếu số thứ tự (STT).',
          en: 'This row has content but no number (STT).',
        },
      });
    }
  },
};
