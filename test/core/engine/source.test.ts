/** One analysis per table: built once per check and shared by every rule, never kept between checks. */
import type { Rule, RuleContext } from '../../../core/engine/rule';
import { validateGrid } from '../../../core/engine/validate';
import { rules } from '../../../core/rules';
import { appendix } from '../../helpers/ruleTester';

const grid = appendix([
  ['I', 'Nhóm', null, null, null],
  [1, 'Nhiệm vụ', 'Sở Y tế', null, 'Quý II/2026'],
  [3, 'Nhiệm vụ', 'Sở TT&TT', 'Sở Y tế', 'Quý III'],
]);

/** Every context the rules were given, with the rules run as usual. */
function contexts(options = {}): RuleContext[] {
  const seen: RuleContext[] = [];
  const spied: Rule[] = rules.map((r) => ({ meta: r.meta, check: (ctx) => (seen.push(ctx), r.check(ctx)) }));
  validateGrid(grid, options, spied);
  return seen;
}

it('every rule of a table reads the same source, and each part of it is worked out once', () => {
  const seen = contexts();
  expect(seen).toHaveLength(rules.length);
  const source = seen[0].source;
  for (const ctx of seen) expect(ctx.source).toBe(source);
  expect(source.table).toBe(seen[0].table);
  expect(source.numbering).toBe(source.numbering);
  expect(source.times).toBe(source.times);
  expect(source.units).toBe(source.units);
  expect(source.textCells).toBe(source.textCells);
  expect(source.numbering.sequence.map((s) => s.kind)).toEqual(['gap']);
});

it('a new check builds a new source: the times follow the plan period of that check', () => {
  const a = contexts({ planYear: 2026 })[0].source;
  const b = contexts({ planYear: 2027 })[0].source;
  expect(a).not.toBe(b);
  // “Quý III” names no year: it is read in the plan's year. “Quý II/2026” names its own.
  expect(a.times.map((t) => t.frame.start?.toISOString().slice(0, 10))).toEqual(['2026-04-01', '2026-07-01']);
  expect(b.times.map((t) => t.frame.start?.toISOString().slice(0, 10))).toEqual(['2026-04-01', '2027-07-01']);
  expect(a.plan?.start.getUTCFullYear()).toBe(2026);
  expect(b.plan?.start.getUTCFullYear()).toBe(2027);
});
