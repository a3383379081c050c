/** Every code a person can meet has a plain title in both languages: headings never fall back to a code. */
import { rules } from '../../../core/rules';
import { CONSOLIDATION_CODES } from '../../../core/consolidate/merge';
import { RULE_TITLES, ruleTitle } from '../../../core/rules/titles';

const codes = [...rules.map((r) => r.meta.code), ...CONSOLIDATION_CODES];

it('titles every rule and consolidation code, in Vietnamese and English, and nothing else', () => {
  expect(Object.keys(RULE_TITLES).sort()).toEqual([...codes].sort());
  for (const c of codes) {
    for (const lang of ['vi', 'en'] as const) {
      const t = ruleTitle(c, lang);
      expect(t.length).toBeGreaterThan(5);
      // Words, not a code.
      expect(t).not.toMatch(/[a-z]+\.[a-z_]+/);
    }
  }
});

it('gives two codes two different titles', () => {
  for (const lang of ['vi', 'en'] as const) {
    const titles = codes.map((c) => ruleTitle(c, lang));
    expect(new Set(titles).size).toBe(titles.length);
  }
});

it('reads an unknown code as a general problem, not as the code', () => {
  expect(ruleTitle('future.rule', 'vi')).toBe('Vấn đề khác');
  expect(ruleTitle('future.rule', 'en')).toBe('Other problem');
});
