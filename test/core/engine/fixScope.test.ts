/** What a fix button covers, worked out before anything is written (the panel's preview). */
import { validateWorkbook } from '../../../core/engine/validate';
import { cellText } from '../../../core/model/grid';
import { isFixable, planFixes } from '../../../core/plans/fixScope';
import { gridsOf, seedPath } from '../../helpers/workbooks';

describe('planFixes', () => {
  it('fixes exactly the findings named: seed 000’s 21 unit names, 21 cells, each to its canonical name', async () => {
    const [grid, ...others] = await gridsOf(seedPath('000-dong-nai-skhcn-2026.xlsx'));
    const units = validateWorkbook([grid, ...others]).findings.filter((f) => f.sheet === grid.name && f.code === 'unit.noncanonical');
    expect(units).toHaveLength(21);
    expect(units.every(isFixable)).toBe(true);
    const edits = planFixes(grid, others, {}, { findings: units.map((f) => ({ code: f.code, row: f.row, column: f.column })) });
    expect(edits.map((e) => `${e.row}:${e.column}`).sort()).toEqual(units.map((f) => `${f.row}:${f.column}`).sort());
    for (const e of edits) {
      expect(cellText(e.before)).toContain('Phòng TĐC');
      expect(cellText(e.after)).toContain('Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng');
      expect(cellText(e.after)).not.toContain('Phòng TĐC');
    }
  });

  it('changes nothing for a finding that is not fixable, or that is not there', async () => {
    const [grid, ...others] = await gridsOf(seedPath('001-dong-nai-ubnd-1295.xlsx'));
    const duplicate = validateWorkbook([grid]).findings.find((f) => f.code === 'stt.duplicate')!;
    expect(isFixable(duplicate)).toBe(false);
    expect(planFixes(grid, others, {}, { findings: [{ code: duplicate.code, row: duplicate.row, column: duplicate.column }] })).toEqual([]);
    expect(planFixes(grid, others, {}, { findings: [{ code: 'unit.noncanonical', row: 999, column: 3 }] })).toEqual([]);
  });

  it('repairs seed 001’s page-break cut (rows 20–21): the word back to B20, the number 2 in A21', async () => {
    const [grid, ...others] = await gridsOf(seedPath('001-dong-nai-ubnd-1295.xlsx'));
    const edits = planFixes(grid, others, {}, { findings: [{ code: 'row.continuation', row: 21, column: 1 }] });
    expect(edits).toEqual([
      { row: 20, column: 2, before: grid.rows[19][1], after: `${cellText(grid.rows[19][1])} lượng` },
      { row: 21, column: 1, before: 'lượng', after: 2 },
    ]);
    // Once repaired, the cut is gone: no finding left on rows 20–21 from the cut.
    const rows = grid.rows.map((r) => [...r]);
    for (const e of edits) rows[e.row - 1][e.column - 1] = e.after;
    const left = validateWorkbook([{ ...grid, rows }]).findings.filter((f) => f.row === 21 && f.column === 1);
    expect(left).toEqual([]);
  });

  it('only unit names when asked, and every safe fix by default', async () => {
    const [grid, ...others] = await gridsOf(seedPath('000-dong-nai-skhcn-2026.xlsx'));
    const unitsOnly = planFixes(grid, others, {}, { unitsOnly: true });
    const all = planFixes(grid, others, {}, {});
    expect(unitsOnly.length).toBeGreaterThanOrEqual(21);
    expect(all.length).toBeGreaterThan(unitsOnly.length);
  });
});
