import { Rule } from '../engine/rule';
import { cleanFix } from './support/textFix';
import { q } from './support/where';

/** HTML tags or entities left in a cell by a conversion. */
export const textMarkup: Rule = {
  meta: {
    code: 'text.markup',
    severity: 'warning',
    fix: 'safe',
    fixPrecedence: 4,
    docs: {
      title: { vi: 'Mã HTML còn sót trong ô', en: 'HTML left in a cell' },
      description: {
        vi: 'Ô có thẻ HTML hoặc ký tự mã hóa HTML (<p>, <i>, &amp;…) còn sót khi chuyển đổi.',
        en: 'HTML tags or entities (<p>, <i>, &amp;…) left over from a conversion.',
      },
      action: {
        vi: 'Bỏ mã HTML, chỉ giữ chữ (bản sửa tự động làm sạch ô).',
        en: 'Remove the HTML and keep the text (the automatic fix cleans the cell).',
      },
    },
    messages: {
      markup: {
        vi: 'Ô có mã HTML ({{tag}}) còn sót khi chuyển đổi; nên bỏ.',
        en: 'The cell holds HTML ({{tag}}) left from a conversion; remove it.',
      },
    },
  },
  check(ctx) {
    for (const { row, column, text, markup } of ctx.source.textCells) {
      if (!markup) continue;
      const tag = /<\/?[a-zA-Z][^<>]*>|&[#a-zA-Z0-9]+;/.exec(text)?.[0] ?? '';
      ctx.report({
        row,
        column,
        messageId: 'markup',
        data: { tag: q(tag) },
        fix: cleanFix(text, row, column),
      });
    }
  },
};
