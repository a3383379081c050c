/** The time.* rules: each reads the parsed frames of the table (tableTimes.ts) and reports one thing. */
import { Rule } from '../engine/rule';
import { isHeadingTask, rowTimesOf } from '../read/tableTimes';
import { TimeFrame, formatDay, isOpenEnded, parseTimeFrame } from '../time/timeFrame';
import { Spelling, SpellingFamily, respell, spellingOf } from '../time/timeSpelling';
import { reportPadding } from './timePadding';
import { q } from './where';

export const timeMissing: Rule = {
  meta: {
    code: 'time.missing',
    severity: 'error',
    fixable: false,
    description: {
      vi: 'Nhiệm vụ không ghi thời gian thực hiện trong khi bảng có cột thời gian.',
      en: 'A task has no time frame while the table has a time column.',
    },
  },
  check(ctx) {
    const { table } = ctx;
    const col = table.header.columns.time;
    if (col === undefined) return;
    const timed = new Set(rowTimesOf(table, ctx.plan).map((t) => t.index));
    table.rows.forEach((r, index) => {
      if (r.kind !== 'task' && r.kind !== 'subtask') return;
      if (timed.has(index) || isHeadingTask(table, r)) return;
      const text = r.cells.time;
      ctx.report({
        row: r.row,
        column: col,
        message:
          text === undefined
            ? { vi: 'Nhiệm vụ chưa ghi thời gian thực hiện.', en: 'The task has no time frame.' }
            : { vi: `Nhiệm vụ chưa ghi thời gian thực hiện (chỉ có ${q(text)}).`, en: `The task has no time frame (only ${q(text)}).` },
      });
    });
  },
};

export const timeUnparsed: Rule = {
  meta: {
    code: 'time.unparsed',
    severity: 'warning',
    fixable: false,
    description: {
      vi: 'Không hiểu được thời gian ghi trong ô (không phải quý, tháng, ngày, năm, khoảng, định kỳ hay điều kiện).',
      en: 'The time cell is not understood (not a quarter, month, date, year, range, recurrence or condition).',
    },
  },
  check(ctx) {
    const col = ctx.table.header.columns.time;
    if (col === undefined) return;
    for (const t of rowTimesOf(ctx.table, ctx.plan)) {
      if (t.frame.kind !== 'unknown') continue;
      ctx.report({
        row: t.row.row,
        column: t.row.timeColumn ?? col,
        message: {
          vi: `Không hiểu thời gian ${q(t.text)}; nên ghi rõ như “Quý II/2026”, “Tháng 6/2026”, “Trước ngày 15/11/2026” hoặc “Hằng năm”.`,
          en: `Time frame ${q(t.text)} is not understood; write it like “Quý II/2026”, “Tháng 6/2026”, “Trước ngày 15/11/2026” or “Hằng năm”.`,
        },
      });
    }
  },
};

export const timeInvalid: Rule = {
  meta: {
    code: 'time.invalid',
    severity: 'error',
    fixable: false,
    description: {
      vi: 'Thời gian không thể có: Quý V, tháng 13, ngày 31/02, khoảng thời gian kết thúc trước khi bắt đầu.',
      en: 'An impossible time: quarter V, month 13, 31/02, a range that ends before it starts.',
    },
  },
  check(ctx) {
    const col = ctx.table.header.columns.time;
    if (col === undefined) return;
    for (const t of rowTimesOf(ctx.table, ctx.plan)) {
      if (!t.frame.invalid) continue;
      ctx.report({
        row: t.row.row,
        column: t.row.timeColumn ?? col,
        message: { vi: `${q(t.text)}: ${t.frame.invalid.vi}`, en: `${q(t.text)}: ${t.frame.invalid.en}` },
      });
    }
  },
};

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

export const timeOutOfPeriod: Rule = {
  meta: {
    code: 'time.out_of_period',
    severity: 'error',
    fixable: false,
    description: {
      vi: 'Thời gian nằm hoàn toàn ngoài thời kỳ của kế hoạch (ví dụ Quý II/2025 trong kế hoạch năm 2026).',
      en: 'A time frame lies wholly outside the plan period (e.g. Quý II/2025 in a 2026 plan).',
    },
  },
  check(ctx) {
    const { plan } = ctx;
    const col = ctx.table.header.columns.time;
    // A period inferred from the issue year is a guess, and an error must not come from a guess.
    if (!plan || !plan.certain || col === undefined) return;
    // Frames parsed from the same text are the same object: judge each once.
    const judged = new Map<TimeFrame, boolean>();
    for (const t of rowTimesOf(ctx.table, plan)) {
      let out = judged.get(t.frame);
      if (out === undefined) judged.set(t.frame, (out = outside(t.frame, plan.start, plan.end)));
      if (!out) continue;
      const before = t.frame.end !== undefined && t.frame.end < plan.start;
      ctx.report({
        row: t.row.row,
        column: t.row.timeColumn ?? col,
        message: {
          vi: `${q(t.text)} nằm ngoài thời kỳ của kế hoạch (${plan.label.vi}${before ? `, bắt đầu ${formatDay(plan.start)}` : ''}).`,
          en: `${q(t.text)} lies outside the plan period (${plan.label.en}${before ? `, from ${formatDay(plan.start)}` : ''}).`,
        },
      });
    }
  },
};

function familyOf(f: TimeFrame): SpellingFamily | undefined {
  if (f.kind === 'quarter' || f.kind === 'quarters') return 'quarter';
  if (f.kind === 'month' || f.kind === 'date' || f.kind === 'year') return f.kind;
  return undefined;
}

function letters(sp: Spelling): string {
  return sp.literals
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bnam\b/g, '')
    .replace(/[^a-z]/g, '');
}

function sameMeaning(before: string, after: string, from: Spelling, to: Spelling): boolean {
  if (letters(from) !== letters(to)) return false;
  const a = parseTimeFrame(before);
  const b = parseTimeFrame(after);
  return !!a && !!b && a.kind === b.kind && a.start?.getTime() === b.start?.getTime() && a.end?.getTime() === b.end?.getTime();
}

/** The same kind of frame written several ways in one table: the majority spelling is the fix. */
export const timeStyle: Rule = {
  meta: {
    code: 'time.style',
    severity: 'info',
    fixable: true,
    description: {
      vi: 'Cùng một loại thời gian được viết theo nhiều cách trong một bảng (Quý II/2026 và Quý 2 năm 2026).',
      en: 'One kind of time frame written several ways in one table (Quý II/2026 and Quý 2 năm 2026).',
    },
  },
  check(ctx) {
    const col = ctx.table.header.columns.time;
    if (col === undefined) return;
    const byFamily = new Map<SpellingFamily, Array<{ row: number; column: number; text: string; spelling: Spelling }>>();
    const spellings = new Map<string, Spelling | undefined>();
    for (const t of rowTimesOf(ctx.table, ctx.plan)) {
      const family = familyOf(t.frame);
      if (!family || t.frame.invalid) continue;
      const key = `${family}\u0000${t.text}`;
      if (!spellings.has(key)) spellings.set(key, spellingOf(t.text, family));
      const spelling = spellings.get(key);
      if (!spelling) continue;
      const list = byFamily.get(family) ?? [];
      list.push({ row: t.row.row, column: t.row.timeColumn ?? col, text: t.text, spelling });
      byFamily.set(family, list);
    }
    for (const list of byFamily.values()) {
      const counts = new Map<string, number>();
      for (const e of list) counts.set(e.spelling.template, (counts.get(e.spelling.template) ?? 0) + 1);
      // One spelling throughout: the leading zeros may still differ ("Tháng 02/2024" among "Tháng 9/2024").
      if (counts.size < 2) {
        reportPadding(ctx, list);
        continue;
      }
      let majority = '';
      let best = 0;
      for (const [k, n] of counts)
        if (n > best) {
          majority = k;
          best = n;
        }
      // A tie has no majority to follow.
      if ([...counts.values()].filter((n) => n === best).length > 1) continue;
      const model = list.find((e) => e.spelling.template === majority)!;
      for (const e of list) {
        if (e.spelling.template === majority) continue;
        const candidate = respell(e.spelling, model.spelling);
        // Offered only when it says the same thing: the same period, and no word lost ("Dự kiến").
        const fixed = candidate && sameMeaning(e.text, candidate, e.spelling, model.spelling) ? candidate : undefined;
        ctx.report({
          row: e.row,
          column: e.column,
          message: {
            vi: `${q(e.text)} viết khác phần lớn bảng (như ${q(model.text)})${fixed ? `; nên viết “${fixed}”` : ''}.`,
            en: `${q(e.text)} is written differently from most of the table (like ${q(model.text)})${fixed ? `; write “${fixed}”` : ''}.`,
          },
          ...(fixed
            ? {
                fix: {
                  label: `Viết thành “${fixed}”`,
                  labelEn: `Write as “${fixed}”`,
                  changes: [{ kind: 'set' as const, row: e.row, column: e.column, value: fixed }],
                },
              }
            : {}),
        });
      }
    }
  },
};
