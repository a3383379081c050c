import { Rule } from '../engine/rule';
import { TimeFrame, parseTimeFrame } from '../time/timeFrame';
import { Spelling, SpellingFamily, respell, spellingOf } from '../time/timeSpelling';
import { q } from './support/where';
import { reportPadding } from './support/timePadding';

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
    fix: 'suggestion',
    docs: {
      title: { vi: 'Thời gian viết nhiều cách', en: 'Time frames written several ways' },
      description: {
        vi: 'Cùng một loại thời gian được viết theo nhiều cách trong một bảng (Quý II/2026 và Quý 2 năm 2026).',
        en: 'One kind of time frame written several ways in one table (Quý II/2026 and Quý 2 năm 2026).',
      },
      action: {
        vi: 'Viết thời gian cùng loại theo một cách như phần lớn bảng; cách viết gợi ý chỉ được áp dụng khi bạn chọn.',
        en: 'Write each kind of time one way, as most of the table does; the suggested spelling is applied only when you choose it.',
      },
    },
    messages: {
      style: {
        vi: '{{text}} viết khác phần lớn bảng (như {{model}}).',
        en: '{{text}} is written differently from most of the table (like {{model}}).',
      },
      padding: {
        vi: '{{text}} viết số {{zero}} số 0 ở đầu, khác phần lớn bảng (như {{model}}); nên viết “{{fixed}}”.',
        en: '{{text}} writes its numbers {{zero}} a leading zero, unlike most of the table (like {{model}}); write “{{fixed}}”.',
      },
      styleFix: {
        vi: '{{text}} viết khác phần lớn bảng (như {{model}}); nên viết “{{fixed}}”.',
        en: '{{text}} is written differently from most of the table (like {{model}}); write “{{fixed}}”.',
      },
    },
  },
  check(ctx) {
    const col = ctx.table.header.columns.time;
    if (col === undefined) return;
    const byFamily = new Map<SpellingFamily, Array<{ row: number; column: number; text: string; spelling: Spelling }>>();
    const spellings = new Map<string, Spelling | undefined>();
    for (const t of ctx.source.times) {
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
          ...(fixed
            ? { messageId: 'styleFix', data: { text: q(e.text), model: q(model.text), fixed } }
            : { messageId: 'style', data: { text: q(e.text), model: q(model.text) } }),
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
