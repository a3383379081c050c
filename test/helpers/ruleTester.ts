/**
 * ESLint's RuleTester, for sheets: valid grids give no findings, invalid ones exactly the listed ones,
 * each checked for its cell, message id, data and message; and `output`, the sheet after the rule's
 * fixes, checks what a fix really does to the grid.
 */
import type { CellValue, Grid } from '../../core/model/grid';
import { type Finding, type Severity, summarize } from '../../core/model/finding';
import type { MessageData, Rule, RuleReport, ValidateOptions } from '../../core/engine/rule';
import { applyRound, planRound } from '../../core/engine/fixes';
import { type Report, validateGrid } from '../../core/engine/validate';

export const HEADER = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'];

/** The row the body of `appendix` starts at. */
export const BODY_ROW = 4;

/** A sheet with a title line, a blank row, the header (row 3) and the body from row 4. */
export function appendix(body: CellValue[][], header: CellValue[] = HEADER, merges: Grid['merges'] = []): Grid {
  return { name: 'Phụ lục', rows: [['KẾ HOẠCH NĂM 2026'], [], header, ...body], merges };
}

export interface Expected {
  cell: string;
  severity?: Severity;
  /** A fragment the Vietnamese message must contain. */
  message?: string;
  /** The message id the rule reported, one of its meta.messages. */
  messageId?: string;
  /** The data the message was filled from (the listed keys; others may be there too). */
  data?: MessageData;
}

export interface InvalidCase {
  name: string;
  grid: Grid;
  options?: ValidateOptions;
  findings: Expected[];
  /**
   * The body rows (from row 4, as given to `appendix`) after the rule's fixes: a safe fix applied as
   * `phuluc fix` applies it (one round), a suggestion's cell changes written as given. Trailing empty
   * cells do not count. The same rows as the input mean the rule offers no fix there.
   */
  output?: CellValue[][];
}

export interface RuleCases {
  valid: Array<{ name: string; grid: Grid; options?: ValidateOptions }>;
  invalid: InvalidCase[];
}

export function findingsOf(rule: Rule, grid: Grid, options: ValidateOptions = {}): Finding[] {
  return validateGrid(grid, options, [rule]).findings;
}

/** The findings with the reports they came from (message id and data), in the order reported. */
export function reportsOf(rule: Rule, grid: Grid, options: ValidateOptions = {}): Array<{ finding: Finding; report: RuleReport }> {
  const reports: RuleReport[] = [];
  const spy: Rule = {
    meta: rule.meta,
    check: (ctx) =>
      rule.check({
        ...ctx,
        report: (r) => {
          reports.push(r);
          ctx.report(r);
        },
      }),
  };
  const findings = validateGrid(grid, options, [spy]).findings;
  return findings.map((finding, i) => ({ finding, report: reports[i] }));
}

/** The grid after the rule's fixes on it (see InvalidCase.output). */
export function fixedBy(rule: Rule, grid: Grid, findings: Finding[]): Grid {
  if (rule.meta.fix === 'safe') {
    const tables = validateGrid(grid, {}, []).tables;
    const report: Report = { findings, summary: summarize(findings), sheets: [{ sheet: grid.name, tables }], tableCount: tables.length };
    return applyRound([grid], planRound([grid], report))[0];
  }
  const rows = grid.rows.map((r) => [...r]);
  for (const f of findings) {
    for (const ch of f.fix?.changes ?? []) {
      if (ch.kind !== 'set') throw new Error(`a suggestion’s ${ch.kind} is not applied by the tester`);
      while (rows.length < ch.row) rows.push([]);
      const r = rows[ch.row - 1];
      while (r.length < ch.column) r.push(null);
      r[ch.column - 1] = ch.value;
    }
  }
  return { ...grid, rows };
}

/** Rows without their trailing empty cells, for comparing outputs. */
function trimmed(rows: CellValue[][]): CellValue[][] {
  return rows.map((r) => {
    const out = [...r];
    while (out.length && (out[out.length - 1] === null || out[out.length - 1] === undefined || out[out.length - 1] === '')) out.pop();
    return out;
  });
}

export function testRule(rule: Rule, cases: RuleCases): void {
  describe(rule.meta.code, () => {
    it('has docs and messages in both languages', () => {
      const { docs, messages } = rule.meta;
      for (const t of [docs.title, docs.description, docs.action]) {
        expect(t.vi.length).toBeGreaterThan(5);
        expect(t.en.length).toBeGreaterThan(5);
      }
      expect(Object.keys(messages).length).toBeGreaterThan(0);
      for (const m of Object.values(messages)) {
        // The two languages take the same placeholders.
        const names = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((x) => x[1]).sort();
        expect(names(m.vi)).toEqual(names(m.en));
      }
    });
    if (rule.meta.fix) {
      it('has a case that checks the fixed output', () => {
        expect(cases.invalid.some((c) => c.output !== undefined)).toBe(true);
      });
    }
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(findingsOf(rule, c.grid, c.options).map((f) => `${f.cell} ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = reportsOf(rule, c.grid, c.options);
        expect(found.map((x) => x.finding.cell)).toEqual(c.findings.map((e) => e.cell));
        found.forEach(({ finding: f, report }, i) => {
          const e = c.findings[i];
          expect(f.code).toBe(rule.meta.code);
          expect(f.message).not.toBe(f.messageEn);
          expect(f.messageEn.length).toBeGreaterThan(0);
          expect(Object.keys(rule.meta.messages)).toContain(report.messageId);
          if (e.severity) expect(f.severity).toBe(e.severity);
          if (e.message) expect(f.message).toContain(e.message);
          if (e.messageId) expect(report.messageId).toBe(e.messageId);
          if (e.data) expect(report.data).toMatchObject(e.data);
        });
        if (c.output !== undefined) {
          const fixed = fixedBy(
            rule,
            c.grid,
            found.map((x) => x.finding),
          );
          expect(trimmed(fixed.rows.slice(BODY_ROW - 1))).toEqual(trimmed(c.output));
        }
      });
    }
  });
}
