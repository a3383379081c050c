/** The undo rules both add-ins follow: skip cells changed since, refuse a stale plan, several runs in order, row fixes whole. */
import {
  UNDO_DEPTH,
  editsOfRecord,
  fixWorkbook,
  diffGrids,
  planProblemText,
  planShapeProblem,
  planStaleProblem,
  popRun,
  pushRun,
  readSavedRuns,
  rowGroupsOf,
  saveRuns,
  savedEditsOf,
  selectFixEdits,
  staleEdits,
  undoSplit,
  type CellValue,
  type ConsolidationPlan,
  type Grid,
  type ValueEdit,
} from '../../../core';
import { cutRowAndRepeatedHeader } from '../../helpers/tables';

const edit = (row: number, column: number, before: CellValue, after: CellValue): ValueEdit => ({ row, column, before, after });

function sheetOf(cells: Record<string, CellValue>, formulas: string[] = []) {
  return (row: number, column: number) => ({ value: cells[`${row}:${column}`] ?? null, formula: formulas.includes(`${row}:${column}`) });
}

describe('undo rules', () => {
  it('undo puts back only cells that still hold the change; a value typed since is kept and reported', () => {
    const edits = [edit(4, 3, 'Sở KH&CN', 'Sở Khoa học và Công nghệ'), edit(5, 3, 'Phòng TĐC', 'Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng')];
    const now = sheetOf({ '4:3': 'Sở Khoa học và Công nghệ', '5:3': 'Sở Tài chính' });
    const split = undoSplit(edits, now);
    expect(split.write).toEqual([edits[0]]);
    expect(split.changedSince).toEqual([edits[1]]);
    // A formula typed over the fixed value is changed too.
    expect(undoSplit(edits, sheetOf({ '4:3': 'Sở Khoa học và Công nghệ' }, ['4:3'])).write).toEqual([]);
  });

  it('several fix runs are kept newest last and undone newest first; the oldest is dropped past the depth', () => {
    const a = savedEditsOf('fix', 'P', [edit(1, 1, 'x', 'y')]);
    const b = savedEditsOf('fix', 'P', [edit(1, 1, 'y', 'z')]);
    let stack = pushRun(pushRun([], a), b);
    const saved = readSavedRuns(saveRuns(stack));
    expect(saved).toEqual([a, b]);
    let next = popRun(saved);
    expect(next.run).toEqual(b);
    next = popRun(next.rest);
    expect(next.run).toEqual(a);
    expect(popRun(next.rest).run).toBeUndefined();
    for (let i = 0; i < UNDO_DEPTH + 3; i++) stack = pushRun(stack, a);
    expect(stack).toHaveLength(UNDO_DEPTH);
    // A single record from before stacks existed reads as one run; damage reads as none.
    expect(readSavedRuns(JSON.stringify(a))).toEqual([a]);
    expect(readSavedRuns('{"version":1,"runs":[{"oops":1}]}')).toEqual([]);
    expect(readSavedRuns('not json')).toEqual([]);
  });

  it('a record keeps the number format a change replaced, and gives it back with the edits', () => {
    const r = savedEditsOf('fix', 'P', [{ ...edit(4, 1, 1, '1.'), format: 'General' }, edit(5, 1, 'a', 'b')]);
    expect(editsOfRecord(readSavedRuns(saveRuns([r]))[0])).toEqual([{ ...edit(4, 1, 1, '1.'), format: 'General' }, edit(5, 1, 'a', 'b')]);
  });

  it('a row fix is applied whole or not at all: a row holding a formula keeps its row and the row it merges into', () => {
    const grid: Grid = {
      name: 'Phụ lục',
      rows: cutRowAndRepeatedHeader(),
      merges: [],
    };
    const result = fixWorkbook([grid]);
    const groups = rowGroupsOf(result, 'Phụ lục');
    expect(groups).toEqual(expect.arrayContaining([[4, 5], [6]]));
    const edits = diffGrids(grid, result.grids[0]);
    // No formula: every edit is written.
    const all = selectFixEdits(
      edits,
      groups,
      () => false,
      () => false,
    );
    expect(all.write).toEqual(edits);
    // The cut row 5 holds a formula (E5): rows 4 and 5 are left whole; the header row and C7 are still fixed.
    const some = selectFixEdits(
      edits,
      groups,
      (r, c) => r === 5 && c === 5,
      (r) => r === 5,
    );
    expect(some.formulaRows).toEqual([4, 5]);
    expect(some.write.some((e) => e.row === 4 || e.row === 5)).toBe(false);
    expect(some.write.map((e) => `${e.row}:${e.column}`)).toEqual(expect.arrayContaining(['6:1', '7:3']));
    // A formula in a cell a plain fix changes: that cell alone is left.
    const cell = selectFixEdits(
      edits,
      groups,
      (r, c) => r === 7 && c === 3,
      () => false,
    );
    expect(cell.formulaCells.map((e) => `${e.row}:${e.column}`)).toEqual(['7:3']);
  });

  it('a consolidation plan is checked before it is written: shape, then staleness against the master', () => {
    const plan: ConsolidationPlan = { sheet: 'Kế hoạch', edits: [edit(4, 6, null, 'Hoàn thành')], summarySheet: { name: 'Tổng hợp', rows: [] } };
    expect(planShapeProblem(plan)).toBeUndefined();
    expect(planShapeProblem({ ...plan, summarySheet: { name: 'Kế hoạch', rows: [] } })?.code).toBe('summaryName');
    expect(planShapeProblem({ ...plan, sheet: 'Tổng hợp' })?.code).toBe('summaryIsMaster');
    expect(planShapeProblem({ ...plan, edits: [...plan.edits, ...plan.edits] })).toEqual({ code: 'editedTwice', data: { cell: 'F4' } });
    expect(planStaleProblem(plan, sheetOf({}))).toBeUndefined();
    const stale = planStaleProblem(plan, sheetOf({ '4:6': 'Đang thực hiện' }));
    expect(stale).toEqual({ code: 'stale', data: { sheet: 'Kế hoạch', n: 1 } });
    expect(planProblemText(stale!, 'vi')).toMatch(/đã thay đổi sau khi xem trước \(1 ô/);
    expect(planProblemText(stale!, 'en')).toMatch(/changed after the preview \(1 cell/);
    // A formula there is left alone by the host, not a reason to refuse the plan.
    expect(staleEdits(plan.edits, sheetOf({ '4:6': 'Đang làm' }, ['4:6']))).toHaveLength(0);
  });
});
