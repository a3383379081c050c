/** The rule shape the engine enforces, and the catalogue every code is in. */
import { RuleError, formatMessage, type Rule } from '../../../core/engine/rule';
import { validateGrid } from '../../../core/engine/validate';
import { consolidate, CONSOLIDATION_CODES } from '../../../core/consolidate/merge';
import { CATALOGUE, CONSOLIDATION_CATALOGUE, codeMeta, fixPrecedenceOf, isSafeFixCode } from '../../../core/rules/catalogue';
import { rules } from '../../../core/rules';
import { appendix } from '../../helpers/ruleTester';
import { FROM_CENTRE, FROM_OFFICE, FROM_TDC, MASTER, OFFICE_MASTER, OFFICE_RETURNS } from '../../helpers/consolidationFixture';

const grid = appendix([[1, 'Nhiệm vụ', 'Sở Y tế', null, 'Quý II/2026']]);

/** A rule that reports once on the first body row, as `report` says. */
function ruleSending(meta: Partial<Rule['meta']>, report: Parameters<Parameters<Rule['check']>[0]['report']>[0]): Rule {
  return {
    meta: {
      code: 'test.rule',
      severity: 'warning',
      docs: { title: { vi: 'Thử', en: 'Test' }, description: { vi: 'Thử', en: 'Test' }, action: { vi: 'Thử', en: 'Test' } },
      messages: { hello: { vi: 'Chào {{name}}.', en: 'Hello {{name}}.' } },
      ...meta,
    },
    check: (ctx) => ctx.report(report),
  };
}

const fix = { label: 'Sửa', labelEn: 'Fix', changes: [{ kind: 'set' as const, row: 4, column: 2, value: 'x' }] };

describe('the engine and a rule’s meta', () => {
  it('fills a message from its id and data, each language its own', () => {
    const rule = ruleSending({}, { row: 4, column: 2, messageId: 'hello', data: { name: { vi: 'bạn', en: 'you' } } });
    const [f] = validateGrid(grid, {}, [rule]).findings;
    expect([f.message, f.messageEn, f.cell, f.code]).toEqual(['Chào bạn.', 'Hello you.', 'B4', 'test.rule']);
  });

  it('refuses a fix from a rule whose meta declares none (throws, as ESLint does)', () => {
    const rule = ruleSending({}, { row: 4, column: 2, messageId: 'hello', data: { name: 'x' }, fix });
    expect(() => validateGrid(grid, {}, [rule])).toThrow(RuleError);
    expect(() => validateGrid(grid, {}, [rule])).toThrow(/declares no `fix`/);
  });

  it('takes the fix of a rule that declares one', () => {
    const rule = ruleSending({ fix: 'suggestion' }, { row: 4, column: 2, messageId: 'hello', data: { name: 'x' }, fix });
    expect(validateGrid(grid, {}, [rule]).findings[0].fix).toEqual(fix);
  });

  it('throws on an unknown message id and on a placeholder without data', () => {
    expect(() => validateGrid(grid, {}, [ruleSending({}, { row: 4, column: 2, messageId: 'bye' })])).toThrow(/unknown message id/);
    expect(() => validateGrid(grid, {}, [ruleSending({}, { row: 4, column: 2, messageId: 'hello' })])).toThrow(/\{\{name\}\}/);
  });

  it('fills placeholders once: data that looks like a placeholder stays as written', () => {
    expect(formatMessage('{{a}} và {{b}}', { a: '{{b}}', b: 2 }, 'vi')).toBe('{{b}} và 2');
    expect(formatMessage('$& {{a}}', { a: '$1' }, 'en')).toBe('$& $1');
  });
});

describe('fix safety and precedence come from meta', () => {
  it('the safe fixes are those of the rules declaring fix: safe, and only those codes', () => {
    const safe = CATALOGUE.filter((c) => isSafeFixCode(c.code)).map((c) => c.code);
    expect(safe.sort()).toEqual(
      rules
        .filter((r) => r.meta.fix === 'safe')
        .map((r) => r.meta.code)
        .sort(),
    );
    // What `phuluc fix` applies unasked: nothing that changes what a row means.
    expect(safe.sort()).toEqual(
      [
        'row.continuation',
        'row.repeated_header',
        'stt.malformed',
        'stt.style_mixed',
        'text.markup',
        'text.unicode',
        'text.whitespace',
        'unit.defunct',
        'unit.noncanonical',
      ].sort(),
    );
    expect(
      rules
        .filter((r) => r.meta.fix === 'suggestion')
        .map((r) => r.meta.code)
        .sort(),
    ).toEqual(['lead.also_cooperating', 'time.style']);
  });

  it('when two fixes set one cell, the fuller one wins: successors, canonical names, numbers, then text clean-ups', () => {
    const order = ['unit.defunct', 'unit.noncanonical', 'stt.malformed', 'stt.style_mixed', 'text.markup', 'text.unicode', 'text.whitespace'];
    const ranks = order.map(fixPrecedenceOf);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(ranks.length);
    // A code that declares none comes after all of them.
    expect(fixPrecedenceOf('row.continuation')).toBeGreaterThan(Math.max(...ranks));
  });
});

describe('the catalogue', () => {
  it('holds every rule and every consolidation code once', () => {
    const codes = CATALOGUE.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.sort()).toEqual([...rules.map((r) => r.meta.code), ...CONSOLIDATION_CODES].sort());
    expect(CONSOLIDATION_CATALOGUE.map((c) => c.code).sort()).toEqual([...CONSOLIDATION_CODES].sort());
  });

  it('gives every code a title, a description, what to do and a message in both languages', () => {
    for (const c of CATALOGUE) {
      for (const t of [c.docs.title, c.docs.description, c.docs.action, ...Object.values(c.messages)]) {
        expect(t.vi.trim()).not.toBe('');
        expect(t.en.trim()).not.toBe('');
      }
      for (const t of [c.docs.title, c.docs.description, c.docs.action]) expect(t.vi).not.toBe(t.en);
    }
  });

  it('states the severity consolidation really reports each code with', () => {
    const date = { reportDate: new Date(Date.UTC(2026, 6, 15)) };
    const found = [
      ...consolidate(MASTER, [FROM_TDC, FROM_CENTRE, FROM_OFFICE, { ...FROM_TDC, file: 'b.xlsx' }], date)!.findings,
      ...consolidate(OFFICE_MASTER, OFFICE_RETURNS, date)!.findings,
    ];
    const seen = new Set(found.map((f) => f.code));
    expect(seen.size).toBeGreaterThanOrEqual(5);
    for (const f of found) expect([f.code, f.severity]).toEqual([f.code, codeMeta(f.code)!.severity]);
  });
});
