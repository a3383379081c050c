import { Rule } from '../engine/rule';
import { unitKey } from '../units/directory';
import type { UnitPiece } from '../units/unitCell';
import { q } from './support/where';

function sameUnit(a: UnitPiece, b: UnitPiece): boolean {
  if (a.match && b.match && a.match.how !== 'fuzzy' && b.match.how !== 'fuzzy') return a.match.entry === b.match.entry;
  return unitKey(a.main) === unitKey(b.main);
}

/** The lead unit listed again as cooperating; the suggested fix drops it from phối hợp. */
export const leadAlsoCooperating: Rule = {
  meta: {
    code: 'lead.also_cooperating',
    severity: 'warning',
    fix: 'suggestion',
    docs: {
      title: { vi: 'Cơ quan chủ trì ghi cả ở cột phối hợp', en: 'Lead unit also listed as cooperating' },
      description: {
        vi: 'Cơ quan chủ trì cũng được ghi ở cột phối hợp; bỏ khỏi cột phối hợp.',
        en: 'The lead unit is also listed as cooperating; drop it from phối hợp.',
      },
      action: {
        vi: 'Bỏ cơ quan chủ trì khỏi cột phối hợp (bản sửa gợi ý làm việc này khi bạn chọn).',
        en: 'Drop the lead unit from the cooperating column (the suggested fix does it when you choose it).',
      },
    },
    messages: {
      also: {
        vi: '{{names}} là cơ quan chủ trì nhưng cũng được ghi ở cột phối hợp.',
        en: '{{names}} leads the task but is also listed as cooperating.',
      },
    },
  },
  check(ctx) {
    const col = ctx.table.header.columns.phoiHop;
    if (col === undefined) return;
    for (const u of ctx.source.units) {
      if (!u.chuTri || !u.phoiHop) continue;
      const leads = u.chuTri.cell.pieces.filter((p) => !p.collective);
      const dup = u.phoiHop.cell.pieces.filter((p) => !p.collective && leads.some((l) => sameUnit(l, p)));
      if (dup.length === 0) continue;
      const rest = u.phoiHop.cell.pieces.filter((p) => !dup.includes(p)).map((p) => p.text);
      const value = rest.join(', ');
      const names = dup.map((p) => q(p.main)).join(', ');
      ctx.report({
        row: u.row.row,
        column: col,
        messageId: 'also',
        data: { names },
        ...(u.phoiHop.hasTail
          ? {}
          : {
              fix: {
                label: value ? `Bỏ ${names} khỏi cột phối hợp` : 'Xóa ô phối hợp',
                labelEn: `Drop ${names} from the cooperating units`,
                changes: [{ kind: 'set' as const, row: u.row.row, column: col, value: value || null }],
              },
            }),
      });
    }
  },
};
