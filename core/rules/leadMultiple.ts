import { Rule } from '../engine/rule';
import { q } from './support/where';

/** More named leads than this in one cell is likely a mistake (shared tasks name two or three). */
const MANY_LEADS = 3;

/** Many lead units in one cell, or named units together with a group of units. */
export const leadMultiple: Rule = {
  meta: {
    code: 'lead.multiple',
    severity: 'info',
    docs: {
      title: { vi: 'Nhiều cơ quan chủ trì', en: 'Several lead units' },
      description: {
        vi: 'Ô chủ trì ghi nhiều hơn ba cơ quan, hoặc ghi cả cơ quan cụ thể lẫn một nhóm (“các sở, ngành”): khó biết ai chịu trách nhiệm chính.',
        en: 'More than three lead units in one cell, or named units together with a group (“các sở, ngành”): who answers for the task is unclear.',
      },
      action: {
        vi: 'Để một (hoặc vài) cơ quan chủ trì, chuyển các cơ quan còn lại hoặc nhóm cơ quan sang cột phối hợp.',
        en: 'Keep one (or a few) lead units and move the others, or the group, to the cooperating column.',
      },
    },
    messages: {
      mixed: {
        vi: 'Ô chủ trì ghi cả cơ quan cụ thể và một nhóm cơ quan: {{all}}; nên để cơ quan cụ thể chủ trì và nhóm ở cột phối hợp.',
        en: 'The lead cell names both units and a group of units: {{all}}; consider one lead and the group as cooperating.',
      },
      many: {
        vi: 'Ô chủ trì ghi {{count}} cơ quan: {{all}}; khó biết cơ quan nào chịu trách nhiệm chính.',
        en: 'The lead cell names {{count}} units: {{all}}; it is unclear which one answers for the task.',
      },
    },
  },
  check(ctx) {
    const col = ctx.table.header.columns.chuTri;
    if (col === undefined) return;
    for (const u of ctx.source.units) {
      const pieces = u.chuTri?.cell.pieces ?? [];
      if (pieces.length < 2 || u.row.kind === 'group') continue;
      const named = pieces.filter((p) => !p.collective);
      const groups = pieces.filter((p) => p.collective);
      const mixed = named.length > 0 && groups.length > 0;
      if (named.length <= MANY_LEADS && !mixed) continue;
      const all = pieces.map((p) => q(p.main)).join(', ');
      ctx.report({
        row: u.row.row,
        column: col,
        ...(mixed ? { messageId: 'mixed', data: { all } } : { messageId: 'many', data: { all, count: named.length } }),
      });
    }
  },
};
