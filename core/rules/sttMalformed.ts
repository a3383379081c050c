import { Fix } from '../model/finding';
import { Rule } from '../engine/rule';
import { startsLowercase } from '../model/text';
import { pushedTail } from '../read/pageCut';
import { q, sttColumn } from './support/where';

/**
 * Something in the STT cell that is not a number: OCR damage ("Ill" for "III"), the number and the
 * content typed in one cell ("IV Tăng cường…"), or a word pushed there by a page break ("lượng").
 */
export const sttMalformed: Rule = {
  meta: {
    code: 'stt.malformed',
    severity: 'error',
    fix: 'safe',
    fixPrecedence: 2,
    docs: {
      title: { vi: 'Số thứ tự ghi sai', en: 'Number written wrongly' },
      description: {
        vi: 'Ô STT ghi sai: không phải số thứ tự, chữ bị nhận dạng sai (Ill thay cho III), hoặc lẫn cả nội dung.',
        en: 'The STT cell is not a number: OCR damage (Ill for III), or number and content typed together.',
      },
      action: {
        vi: 'Ghi lại số thứ tự cho đúng; khi chắc chắn số đúng là gì, bản sửa tự động ghi giúp.',
        en: 'Write the number correctly; when the right number is certain, the automatic fix writes it.',
      },
    },
    messages: {
      corrected: {
        vi: 'STT {{stt}} bị ghi sai; có lẽ là “{{corrected}}”.',
        en: 'STT {{stt}} is malformed; it is probably “{{corrected}}”.',
      },
      extraText: {
        vi: 'Ô STT có thêm chữ sau số thứ tự ({{stt}}) trong khi cột nội dung đã có nội dung riêng.',
        en: 'The STT cell has text after the number ({{stt}}) while the content column has its own text.',
      },
      notNumber: {
        vi: '{{stt}} không phải là số thứ tự.',
        en: '{{stt}} is not a number.',
      },
      notNumberTail: {
        vi: '{{stt}} không phải là số thứ tự. Có thể đây là chữ cuối của nội dung dòng {{above}} bị đẩy xuống khi ngắt trang.',
        en: "{{stt}} is not a number. It may be the last word of row {{above}}'s content, pushed down by a page break.",
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    table.rows.forEach((r, i) => {
      const col = sttColumn(table, r);
      if (r.stt.corrected) {
        const fix: Fix = {
          label: `Sửa thành “${r.stt.corrected}”`,
          labelEn: `Change to “${r.stt.corrected}”`,
          changes: [{ kind: 'set', row: r.row, column: col, value: r.stt.corrected }],
        };
        ctx.report({
          row: r.row,
          column: col,
          messageId: 'corrected',
          data: { stt: q(r.sttText), corrected: r.stt.corrected },
          fix,
        });
      }
      if (r.extraInStt) {
        ctx.report({
          row: r.row,
          column: col,
          messageId: 'extraText',
          data: { stt: q(r.sttText) },
        });
      }
      // A word a page break pushed here is row.continuation's finding: one cut, one finding.
      if (r.kind === 'malformed' && !pushedTail(table, i)) {
        // Walk back rather than copy the rows above: a sheet of malformed rows stays linear.
        let prev: (typeof table.rows)[number] | undefined;
        for (let j = i - 1; j >= 0 && !prev; j--) if (table.rows[j].kind !== 'blank' && table.rows[j].kind !== 'repeatedHeader') prev = table.rows[j];
        const tail = prev && startsLowercase(r.sttText) && prev.cells.content && !/[.;:!?)”"]\s*$/.test(prev.cells.content);
        ctx.report({
          row: r.row,
          column: col,
          ...(tail ? { messageId: 'notNumberTail', data: { stt: q(r.sttText), above: prev!.row } } : { messageId: 'notNumber', data: { stt: q(r.sttText) } }),
        });
      }
    });
  },
};
