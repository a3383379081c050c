import { Rule } from '../engine/rule';
import { isHeadingTask } from '../read/tableTimes';
import { q } from './support/where';

/** A task with no time frame while the table has a time column. */
export const timeMissing: Rule = {
  meta: {
    code: 'time.missing',
    severity: 'error',
    docs: {
      title: { vi: 'Thiếu thời gian thực hiện', en: 'Missing time frame' },
      description: {
        vi: 'Nhiệm vụ không ghi thời gian thực hiện trong khi bảng có cột thời gian.',
        en: 'A task has no time frame while the table has a time column.',
      },
      action: {
        vi: 'Ghi thời gian thực hiện cho nhiệm vụ (ví dụ “Quý II/2026”, “Trước ngày 15/11/2026”, “Thường xuyên”).',
        en: 'Give the task a time frame (e.g. “Quý II/2026”, “Trước ngày 15/11/2026”, “Thường xuyên”).',
      },
    },
    messages: {
      missing: { vi: 'Nhiệm vụ chưa ghi thời gian thực hiện.', en: 'The task has no time frame.' },
      onlyText: { vi: 'Nhiệm vụ chưa ghi thời gian thực hiện (chỉ có {{text}}).', en: 'The task has no time frame (only {{text}}).' },
    },
  },
  check(ctx) {
    const { table } = ctx;
    const col = table.header.columns.time;
    if (col === undefined) return;
    const timed = new Set(ctx.source.times.map((t) => t.index));
    table.rows.forEach((r, index) => {
      if (r.kind !== 'task' && r.kind !== 'subtask') return;
      if (timed.has(index) || isHeadingTask(table, r)) return;
      const text = r.cells.time;
      ctx.report({
        row: r.row,
        column: col,
        ...(text === undefined ? { messageId: 'missing' } : { messageId: 'onlyText', data: { text: q(text) } }),
      });
    });
  },
};
