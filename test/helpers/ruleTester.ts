/** ESLint's RuleTester, for sheets: valid grids give no findings, invalid ones exactly the listed ones. */
import type { CellValue, Grid } from '../../core/model/grid';
import type { Finding, Severity } from '../../core/model/finding';
import type { Rule, ValidateOptions } from '../../core/engine/rule';
import { validateGrid } from '../../core/engine/validate';

export const HEADER = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'];

/** A sheet with a title line, a blank row, the header (row 3) and the body from row 4. */
export function appendix(body: CellValue[][], header: CellValue[] = HEADER, merges: Grid['merges'] = []): Grid {
  return { name: 'Phụ lục', rows: [['KẾ HOẠCH NĂM 2026'], [], header, ...body], merges };
}

export interface Expected {
  cell: string;
  severity?: Severity;
  /** A fragment the Vietnamese message must contain. */
  message?: string;
}

export interface RuleCases {
  valid: Array<{ name: string; grid: Grid; options?: ValidateOptions }>;
  invalid: Array<{ name: string; grid: Grid; options?: ValidateOptions; findings: Expected[] }>;
}

export function findingsOf(rule: Rule, grid: Grid, options: ValidateOptions = {}): Finding[] {
  return validateGrid(grid, options, [rule]).findings;
}

export function testRule(rule: Rule, cases: RuleCases): void {
  describe(rule.meta.code, () => {
    it('has messages and a description in both languages', () => {
      expect(rule.meta.docs.description.vi.length).toBeGreaterThan(10);
      expect(rule.meta.docs.description.en.length).toBeGreaterThan(10);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(findingsOf(rule, c.grid, c.options).map((f) => `${f.cell} ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = findingsOf(rule, c.grid, c.options);
        expect(found.map((f) => f.cell)).toEqual(c.findings.map((e) => e.cell));
        found.forEach((f, i) => {
          const e = c.findings[i];
          expect(f.code).toBe(rule.meta.code);
          expect(f.message).not.toBe(f.messageEn);
          expect(f.messageEn.length).toBeGreaterThan(0);
          if (e.severity) expect(f.severity).toBe(e.severity);
          if (e.message) expect(f.message).toContain(e.message);
        });
      });
    }
  });
}
