/** Cell text checks: markup, Unicode normalisation, spaces. All three offer the same clean text. */
import { Rule, RuleContext } from '../engine/rule';
import { cleanText } from '../model/text';
import { TextCell, textCellsOf } from '../read/textScan';
import { q } from './where';

function forEachText(ctx: RuleContext, fn: (cell: TextCell) => void): void {
  for (const cell of textCellsOf(ctx.grid, ctx.table)) fn(cell);
}

function cleanFix(text: string, row: number, column: number) {
  return {
    label: 'Làm sạch nội dung ô',
    labelEn: 'Clean the cell text',
    changes: [{ kind: 'set' as const, row, column, value: cleanText(text) }],
  };
}

export const textMarkup: Rule = {
  meta: {
    code: 'text.markup',
    severity: 'warning',
    fixable: true,
    description: {
      vi: 'Ô có thẻ HTML hoặc ký tự mã hóa HTML (<p>, <i>, &amp;…) còn sót khi chuyển đổi.',
      en: 'HTML tags or entities (<p>, <i>, &amp;…) left over from a conversion.',
    },
  },
  check(ctx) {
    forEachText(ctx, ({ row, column, text, markup }) => {
      if (!markup) return;
      const tag = /<\/?[a-zA-Z][^<>]*>|&[#a-zA-Z0-9]+;/.exec(text)?.[0] ?? '';
      ctx.report({
        row,
        column,
        message: {
          vi: `Ô có mã HTML (${q(tag)}) còn sót khi chuyển đổi; nên bỏ.`,
          en: `The cell holds HTML (${q(tag)}) left from a conversion; remove it.`,
        },
        fix: cleanFix(text, row, column),
      });
    });
  },
};

export const textUnicode: Rule = {
  meta: {
    code: 'text.unicode',
    severity: 'warning',
    fixable: true,
    description: {
      vi: 'Chữ tiếng Việt ở dạng tổ hợp (NFD) hoặc lẫn hai dạng; tìm kiếm và so khớp tên sẽ sai.',
      en: 'Vietnamese text in decomposed form (NFD) or mixed forms; search and name matching fail on it.',
    },
  },
  check(ctx) {
    forEachText(ctx, ({ row, column, text, nfc }) => {
      if (nfc) return;
      const allNfd = text === text.normalize('NFD');
      ctx.report({
        row,
        column,
        message: allNfd
          ? {
              vi: 'Chữ trong ô ở dạng tổ hợp (NFD); nên chuyển sang dạng dựng sẵn (NFC) để tìm kiếm và so khớp đúng.',
              en: 'The cell text is decomposed (NFD); convert it to composed form (NFC) so search and matching work.',
            }
          : {
              vi: 'Chữ trong ô lẫn dạng tổ hợp và dựng sẵn; nên chuyển hết sang dạng dựng sẵn (NFC).',
              en: 'The cell mixes decomposed and composed text; convert it all to composed form (NFC).',
            },
        fix: cleanFix(text, row, column),
      });
    });
  },
};

export const textWhitespace: Rule = {
  meta: {
    code: 'text.whitespace',
    severity: 'info',
    fixable: true,
    description: {
      vi: 'Khoảng trắng thừa: ở đầu, cuối ô, hai dấu cách liền nhau, dấu tab hoặc dấu cách không ngắt.',
      en: 'Stray spaces: leading, trailing, doubled, tabs or non-breaking spaces.',
    },
  },
  check(ctx) {
    forEachText(ctx, ({ row, column, text, spaces, markup }) => {
      // Spaces around tags are the markup's doing: text.markup reports and cleans those cells.
      if (!spaces || markup) return;
      ctx.report({
        row,
        column,
        message: {
          vi: 'Ô có khoảng trắng thừa (đầu/cuối ô, dấu cách đôi, tab hoặc dấu cách không ngắt).',
          en: 'The cell has stray spaces (leading/trailing, doubled, tabs or non-breaking spaces).',
        },
        fix: cleanFix(text, row, column),
      });
    });
  },
};
