import { Rule } from '../engine/rule';
import { isHeadingTask } from '../read/tableTimes';

/** A task with no lead unit (group rows and tasks whose points carry the units are exempt). */
export const leadMissing: Rule = {
  meta: {
    code: 'lead.missing',
    severity: 'error',
    docs: {
      title: { vi: 'Thiếu cơ quan chủ trì', en: 'Missing lead unit' },
      description: {
        vi: 'Nhiệm vụ không có cơ quan chủ trì (dòng nhóm được miễn).',
        en: 'A task has no lead unit (group rows are exempt).',
      },
      action: {
        vi: 'Ghi cơ quan chủ trì cho nhiệm vụ.',
        en: 'Name the task’s lead unit.',
      },
    },
    messages: {
      missing: { vi: 'Nhiệm vụ chưa có cơ quan chủ trì.', en: 'The task has no lead unit.' },
    },
  },
  check(ctx) {
    const { table } = ctx;
    const col = table.header.columns.chuTri;
    if (col === undefined) return;
    const withLead = new Set(ctx.source.units.filter((u) => u.chuTri && !u.chuTri.cell.none).map((u) => u.index));
    table.rows.forEach((r, index) => {
      if (r.kind !== 'task' && r.kind !== 'subtask') return;
      if (withLead.has(index) || isHeadingTask(table, r)) return;
      ctx.report({
        row: r.row,
        column: col,
        messageId: 'missing',
      });
    });
  },
};
