import { Rule } from '../engine/rule';
import { cleanFix } from './support/textFix';

/** Vietnamese text in decomposed (NFD) or mixed Unicode forms. */
export const textUnicode: Rule = {
  meta: {
    code: 'text.unicode',
    severity: 'warning',
    fix: 'safe',
    fixPrecedence: 5,
    docs: {
      title: { vi: 'Chữ tiếng Việt sai dạng mã', en: 'Vietnamese text in the wrong encoding form' },
      description: {
        vi: 'Chữ tiếng Việt ở dạng tổ hợp (NFD) hoặc lẫn hai dạng; tìm kiếm và so khớp tên sẽ sai.',
        en: 'Vietnamese text in decomposed form (NFD) or mixed forms; search and name matching fail on it.',
      },
      action: {
        vi: 'Chuyển chữ sang dạng dựng sẵn (NFC); bản sửa tự động làm việc này mà không đổi chữ nào.',
        en: 'Convert the text to composed form (NFC); the automatic fix does so without changing a letter.',
      },
    },
    messages: {
      nfd: {
        vi: 'Chữ trong ô ở dạng tổ hợp (NFD); nên chuyển sang dạng dựng sẵn (NFC) để tìm kiếm và so khớp đúng.',
        en: 'The cell text is decomposed (NFD); convert it to composed form (NFC) so search and matching work.',
      },
      mixed: {
        vi: 'Chữ trong ô lẫn dạng tổ hợp và dựng sẵn; nên chuyển hết sang dạng dựng sẵn (NFC).',
        en: 'The cell mixes decomposed and composed text; convert it all to composed form (NFC).',
      },
    },
  },
  check(ctx) {
    for (const { row, column, text, nfc } of ctx.source.textCells) {
      if (nfc) continue;
      const allNfd = text === text.normalize('NFD');
      ctx.report({
        row,
        column,
        messageId: allNfd ? 'nfd' : 'mixed',
        fix: cleanFix(text, row, column),
      });
    }
  },
};
