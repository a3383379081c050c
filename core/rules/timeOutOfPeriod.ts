import { Rule } from '../engine/rule';
import { TimeFrame, formatDay, isOpenEnded } from '../time/timeFrame';
import { q } from './support/where';

function outside(f: TimeFrame, start: Date, end: Date | undefined): boolean {
  if (f.invalid || f.yearFromPlan || isOpenEnded(f)) return false;
  if (f.kind === 'several') {
    const dated = (f.parts ?? []).filter((p) => !isOpenEnded(p) && (p.start || p.end));
    return dated.length > 0 && dated.every((p) => outside(p, start, end));
  }
  if (f.end && f.end < start) return true;
  if (end && f.start && f.start > end) return true;
  return false;
}

/** A time frame wholly outside a plan period that was stated, never one guessed. */
export const timeOutOfPeriod: Rule = {
  meta: {
    code: 'time.out_of_period',
    severity: 'error',
    docs: {
      title: { vi: 'Thời gian ngoài thời kỳ kế hoạch', en: 'Time outside the plan period' },
      description: {
        vi: 'Thời gian nằm hoàn toàn ngoài thời kỳ của kế hoạch (ví dụ Quý II/2025 trong kế hoạch năm 2026).',
        en: 'A time frame lies wholly outside the plan period (e.g. Quý II/2025 in a 2026 plan).',
      },
      action: {
        vi: 'Sửa năm hoặc thời gian cho nằm trong thời kỳ kế hoạch; nếu thời kỳ được đọc sai, ghi rõ năm kế hoạch (--plan-year hoặc trang “Cài đặt Phụ lục”).',
        en: 'Correct the year or time so it falls in the plan period; if the period was read wrongly, state the plan year (--plan-year or the “Cài đặt Phụ lục” sheet).',
      },
    },
    messages: {
      outside: {
        vi: '{{text}} nằm ngoài thời kỳ của kế hoạch ({{period}}).',
        en: '{{text}} lies outside the plan period ({{period}}).',
      },
      before: {
        vi: '{{text}} nằm ngoài thời kỳ của kế hoạch ({{period}}, bắt đầu {{start}}).',
        en: '{{text}} lies outside the plan period ({{period}}, from {{start}}).',
      },
    },
  },
  check(ctx) {
    const { plan } = ctx;
    const col = ctx.table.header.columns.time;
    // A period inferred from the issue year is a guess, and an error must not come from a guess.
    if (!plan || !plan.certain || col === undefined) return;
    // Frames parsed from the same text are the same object: judge each once.
    const judged = new Map<TimeFrame, boolean>();
    for (const t of ctx.source.times) {
      let out = judged.get(t.frame);
      if (out === undefined) judged.set(t.frame, (out = outside(t.frame, plan.start, plan.end)));
      if (!out) continue;
      const before = t.frame.end !== undefined && t.frame.end < plan.start;
      ctx.report({
        row: t.row.row,
        column: t.row.timeColumn ?? col,
        ...(before
          ? { messageId: 'before', data: { text: q(t.text), period: plan.label, start: formatDay(plan.start) } }
          : { messageId: 'outside', data: { text: q(t.text), period: plan.label } }),
      });
    }
  },
};
