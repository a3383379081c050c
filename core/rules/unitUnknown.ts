import { MessageData, Rule } from '../engine/rule';
import { UnitPiece, isListed } from '../units/unitCell';
import { forEachUnitCell, roleWord, roleWordFirst } from './support/units';
import { q } from './support/where';

/** What is wrong with a piece not read as a listed unit: a message id and its data; undefined if nothing. */
function unknownMessage(p: UnitPiece, role: 'chuTri' | 'phoiHop'): { messageId: string; data: MessageData } | undefined {
  if (p.tooLong || p.collective || p.unlisted || isListed(p) || (p.problem === 'runTogether' && p.match)) return undefined;
  if (p.problem === 'runTogether') return { messageId: 'runTogether', data: { role: roleWord(role), unit: q(p.main) } };
  if (p.problem === 'trailing' && p.known) return { messageId: 'trailing', data: { role: roleWord(role), unit: q(p.main), known: p.known } };
  // A close spelling of a known unit ("Sở Tài chánh") is only a suggestion, never a fix.
  const s = p.match ? [p.match.entry.name, ...(p.suggestions ?? [])].filter((n, i, all) => all.indexOf(n) === i).slice(0, 3) : (p.suggestions ?? []);
  const ask = s.length
    ? { vi: ` Có phải: ${s.map((n) => `“${n}”`).join(', ')}?`, en: ` Did you mean: ${s.map((n) => `“${n}”`).join(', ')}?` }
    : { vi: '', en: '' };
  if (p.problem === 'malformed' && !p.match) return { messageId: 'notAName', data: { role: roleWordFirst(role), unit: q(p.main), ask } };
  return { messageId: 'unknown', data: { role: roleWordFirst(role), unit: q(p.main), ask } };
}

/** A unit not in the directory: likely misspelt, or not a unit's name at all. */
export const unitUnknown: Rule = {
  meta: {
    code: 'unit.unknown',
    severity: 'warning',
    docs: {
      title: { vi: 'Tên đơn vị có thể viết sai', en: 'Unit name possibly misspelt' },
      description: {
        vi: 'Đơn vị không có trong danh mục, gần giống một tên trong danh mục (có thể gõ sai; gợi ý tên gần nhất) hoặc không phải tên đơn vị (hai tên liền, chữ thừa).',
        en: 'A unit not in the directory that is close to a listed name (a likely typo; the nearest names are suggested), or not a unit’s name at all (two names run together, words after a name).',
      },
      action: {
        vi: 'Sửa tên theo gợi ý nếu đúng là gõ sai; ngăn cách các tên bằng dấu phẩy; nếu tên đúng mà chưa có, thêm vào trang tính “Danh mục đơn vị”.',
        en: 'Correct the name as suggested if it is a typo; separate names with commas; if the name is right but unlisted, add it to the “Danh mục đơn vị” sheet.',
      },
    },
    messages: {
      runTogetherNames: {
        vi: 'Ô {{role}} ghi {{count}} tên đơn vị liền nhau, không có dấu phẩy hoặc chấm phẩy: {{names}}.',
        en: 'The {{role}} cell writes {{count}} unit names one after another with no comma or semicolon: {{names}}.',
      },
      runTogether: {
        vi: 'Ô {{role}} ghi {{unit}}: có vẻ là hai tên đơn vị viết liền nhau; hãy ngăn cách bằng dấu phẩy hoặc chấm phẩy.',
        en: 'The {{role}} cell reads {{unit}}: two unit names seem to run together; separate them with a comma or semicolon.',
      },
      trailing: {
        vi: 'Ô {{role}} ghi {{unit}}: sau tên “{{known}}” còn chữ không thuộc tên đơn vị; hãy chỉ ghi tên đơn vị.',
        en: 'The {{role}} cell reads {{unit}}: words after “{{known}}” are not part of a unit’s name; write the unit only.',
      },
      notAName: {
        vi: 'Đơn vị {{role}} {{unit}} không giống tên một cơ quan, đơn vị (không bắt đầu bằng “Sở”, “Bộ”, “Trung tâm”…) và không có trong danh mục.{{ask}} Nếu đúng, hãy thêm vào trang tính “Danh mục đơn vị”.',
        en: '{{role}} unit {{unit}} does not look like the name of a body (it does not start with “Sở”, “Bộ”, “Trung tâm”…) and is not in the directory.{{ask}} If it is right, add it to the “Danh mục đơn vị” sheet.',
      },
      unknown: {
        vi: 'Đơn vị {{role}} {{unit}} không có trong danh mục đơn vị.{{ask}} Nếu đúng, hãy thêm vào trang tính “Danh mục đơn vị”.',
        en: '{{role}} unit {{unit}} is not in the unit directory.{{ask}} If it is right, add it to the “Danh mục đơn vị” sheet.',
      },
    },
  },
  check(ctx) {
    forEachUnitCell(ctx, (u, role, at, column) => {
      const pieces = at.cell.pieces;
      for (let i = 0; i < pieces.length; i++) {
        const p = pieces[i];
        if (p.problem === 'runTogether' && p.match) {
          // Listed names one after another with no separator: one finding for the run.
          let j = i;
          while (j + 1 < pieces.length && pieces[j + 1].problem === 'runTogether' && pieces[j + 1].match) j++;
          const run = pieces.slice(i, j + 1);
          const names = run.map((x) => `“${x.match!.entry.name}”`).join(', ');
          ctx.report({
            row: u.row.row,
            column,
            messageId: 'runTogetherNames',
            data: { role: roleWord(role), count: run.length, names },
          });
          i = j;
          continue;
        }
        const message = unknownMessage(p, role);
        if (message) ctx.report({ row: u.row.row, column, ...message });
      }
    });
  },
};
