/**
 * unit.cut_short: a unit name the directory does not list that is the start of a longer name written
 * elsewhere in the same table, the longer one going on in lower case — "Cục Quản lý tài nguyên" where
 * the other rows write "Cục Quản lý tài nguyên nước" (corpus 17, TT 12): most likely cut short.
 * A name going on with a capital, an abbreviation or a place ("Trung tâm Chuyển đổi số VHTTDL") is a
 * qualified name, not the end of a cut one, and is not compared.
 */
import type { Rule } from '../engine/rule';
import type { UnitPiece } from '../units/unitCell';
import { foldKey } from '../model/text';
import { q } from './support/where';

const ROLES = ['chuTri', 'phoiHop'] as const;
/** A level or place word after a name ("Ban Chỉ huy Phòng thủ dân sự tỉnh", "… cấp huyện"): the same body, said of a place. */
const PLACE_TAIL = /^(?:cap |cac )?(?:tinh|thanh pho|huyen|xa|phuong|quan|thi xa|thi tran|dac khu|trung uong|cac cap|cung cap|dia phuong)$/;

/** The lower-case words that end a longer name after the shorter one, or undefined. */
function lowerTail(short: string, long: string): string | undefined {
  if (long.length <= short.length || !long.startsWith(short) || long[short.length] !== ' ') return undefined;
  const tail = long.slice(short.length).trim();
  if (!/^[\p{Ll}\s]+$/u.test(tail) || tail.split(/\s+/).length > 3 || PLACE_TAIL.test(foldKey(tail))) return undefined;
  return tail;
}

export const unitCutShort: Rule = {
  meta: {
    code: 'unit.cut_short',
    severity: 'warning',
    docs: {
      title: { vi: 'Tên đơn vị có vẻ bị cắt', en: 'Unit name looks cut short' },
      description: {
        vi: 'Tên đơn vị có vẻ bị cắt: chỉ là phần đầu của một tên dài hơn ghi ở dòng khác trong bảng (như “Cục Quản lý tài nguyên” và “Cục Quản lý tài nguyên nước”).',
        en: 'A unit name that looks cut short: only the start of a longer name written in another row of the table.',
      },
      action: {
        vi: 'Ghi đủ tên đơn vị như ở dòng kia (nếu đúng là một đơn vị khác, thêm nó vào trang tính “Danh mục đơn vị”).',
        en: 'Write the unit’s whole name as the other row does (if it really is another unit, add it to the “Danh mục đơn vị” sheet).',
      },
    },
    messages: {
      cutShort: {
        vi: 'Tên {{short}} có vẻ bị cắt: dòng khác trong bảng ghi {{long}}.',
        en: 'The name {{short}} looks cut short: another row of the table writes {{long}}.',
      },
    },
  },
  check(ctx) {
    const units = ctx.source.units;
    // Every name as written in the table, once, with spaces made single.
    const names = new Set<string>();
    const norm = (p: UnitPiece) => p.main.normalize('NFC').replace(/\s+/g, ' ').trim();
    for (const u of units) for (const role of ROLES) for (const p of u[role]?.cell.pieces ?? []) if (!p.collective && !p.tooLong) names.add(norm(p));
    if (names.size < 2) return;
    for (const u of units) {
      for (const role of ROLES) {
        const column = ctx.table.header.columns[role];
        const at = u[role];
        if (column === undefined || !at) continue;
        for (const p of at.cell.pieces) {
          if (!p.unlisted) continue;
          const short = norm(p);
          const long = [...names].find((n) => lowerTail(short, n) !== undefined);
          if (!long) continue;
          ctx.report({
            row: u.row.row,
            column,
            messageId: 'cutShort',
            data: { short: q(short), long: q(long) },
          });
        }
      }
    }
  },
};
