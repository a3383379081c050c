/**
 * Part of time.style: one spelling throughout, but one-digit numbers written with and without a
 * leading zero — "Tháng 02/2024" in a table of "Tháng 9/2024", "Tháng 4/2024" (corpus 18, TT 1, 9,
 * 14). The minority way is reported (message id `padding`), with the majority's as the fix; a tie has
 * no majority.
 */
import type { RuleContext } from '../../engine/rule';
import { Padding, Spelling, paddingOf, repad } from '../../time/timeSpelling';
import { q } from './where';

export function reportPadding(ctx: RuleContext, list: Array<{ row: number; column: number; text: string; spelling: Spelling }>): void {
  const counts: Record<Padding, number> = { padded: 0, plain: 0 };
  const ways = list.map((e) => paddingOf(e.spelling));
  for (const w of ways) if (w) counts[w]++;
  if (counts.padded === 0 || counts.plain === 0 || counts.padded === counts.plain) return;
  const majority: Padding = counts.padded > counts.plain ? 'padded' : 'plain';
  const model = list[ways.indexOf(majority)];
  list.forEach((e, i) => {
    if (!ways[i] || ways[i] === majority) return;
    const fixed = repad(e.spelling, majority);
    ctx.report({
      row: e.row,
      column: e.column,
      messageId: 'padding',
      data: {
        text: q(e.text),
        model: q(model.text),
        fixed,
        zero: majority === 'plain' ? { vi: 'có', en: 'with' } : { vi: 'không có', en: 'without' },
      },
      fix: { label: `Viết thành “${fixed}”`, labelEn: `Write as “${fixed}”`, changes: [{ kind: 'set', row: e.row, column: e.column, value: fixed }] },
    });
  });
}
