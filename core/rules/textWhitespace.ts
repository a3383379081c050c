import { Rule } from '../engine/rule';
import { cleanFix } from './support/textFix';

/** Stray spaces in a cell: leading, trailing, doubled, tabs, non-breaking. */
export const textWhitespace: Rule = {
  meta: {
    code: 'text.whitespace',
    severity: 'info',
    fix: 'safe',
    fixPrecedence: 6,
    docs: {
      title: { vi: 'Khoảng trắng thừa', en: 'Extra spaces' },
      description: {
        vi: 'Khoảng trắng thừa: ở đầu, cuối ô, hai dấu cách liền nhau, dấu tab hoặc dấu cách không ngắt.',
        en: 'Stray spaces: leading, trailing, doubled, tabs or non-breaking spaces.',
      },
      action: {
        vi: 'Bỏ khoảng trắng thừa (bản sửa tự động làm việc này).',
        en: 'Remove the stray spaces (the automatic fix does it).',
      },
    },
    messages: {
      spaces: {
        vi: 'Ô có khoảng trắng thừa (đầu/cuối ô, dấu cách đôi, tab hoặc dấu cách không ngắt).',
        en: 'The cell has stray spaces (leading/trailing, doubled, tabs or non-breaking spaces).',
      },
    },
  },
  check(ctx) {
    for (const { row, column, text, spaces, markup } of ctx.source.textCells) {
      // Spaces around tags are the markup's doing: text.markup reports and cleans those cells.
      if (!spaces || markup) continue;
      ctx.report({
        row,
        column,
        messageId: 'spaces',
        fix: cleanFix(text, row, column),
      });
    }
  },
};
