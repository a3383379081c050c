/**
 * The Excel add-in at 10,000 and 50,000 rows, on the desktop (no payload limit) and on Excel on the
 * web (5 MB refused; the add-in must stay under 4 MB): request and response size per sync, syncs per
 * check, and that check, fix, undo and clear still do exactly what they do on a small sheet.
 */
import { checkActiveSheet, clearHighlights } from '../../addin-excel/src/excelHost';
import { applyConsolidation, applySafeFixes, openWorkbook, undoConsolidation, undoFixes } from '../../addin-excel/src/excelEdits';
import {
  appendixSheet,
  consolidate,
  consolidationPlan,
  diffGrids,
  fixWorkbook,
  intToRoman,
  readTables,
  validateWorkbook,
  type CellValue,
  type Grid,
} from '../../core';
import { FakeWorkbookState, fakeExcel } from '../fakes/fakeExcel';

jest.setTimeout(600_000);

const LIMIT = 4 * 1024 * 1024;
const HEADER = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian', 'Ghi chú'];

/** A long appendix: every task's lead unit written short (a warning each); every tenth task numbered "n ." (one more). */
function appendix(tasks: number): CellValue[][] {
  const rows: CellValue[][] = [['KẾ HOẠCH NĂM 2026'], [], HEADER];
  for (let i = 1; i <= tasks; i++) {
    rows.push([
      i % 10 === 0 ? `${i} .` : i,
      `Nhiệm vụ số ${i}: triển khai các nội dung theo kế hoạch của Ủy ban nhân dân tỉnh`,
      'Sở KH&CN',
      'Sở Tài chính',
      'Quý IV/2026',
      'Thực hiện theo hướng dẫn của cơ quan chủ trì và báo cáo định kỳ',
    ]);
  }
  return rows;
}

const web = (state: FakeWorkbookState) => {
  state.payloadLimit = 5 * 1024 * 1024;
  return state;
};

function expectUnderLimit(state: FakeWorkbookState): void {
  expect(state.refused).toBe(0);
  expect(Math.max(...state.requests)).toBeLessThanOrEqual(LIMIT);
  expect(Math.max(...state.responses)).toBeLessThanOrEqual(LIMIT);
}

/**
 * Syncs grow with the bytes moved, in 4 MB steps, never per row: at most two syncs per 4 MB moved
 * (each sync is filled at least half way on one side), plus the fixed steps of a command.
 */
function expectFourMbSteps(state: FakeWorkbookState, fixed: number): string {
  const bytes = state.requests.reduce((a, b) => a + b, 0) + state.responses.reduce((a, b) => a + b, 0);
  console.log(
    `${state.syncs} syncs for ${(bytes / 1024 / 1024).toFixed(1)} MB; largest request ${Math.max(...state.requests)}, response ${Math.max(...state.responses)}`,
  );
  expect(state.syncs).toBeLessThanOrEqual(2 * Math.ceil(bytes / LIMIT) + fixed);
  return `${state.syncs} syncs for ${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const values = (state: FakeWorkbookState, sheet: string) => JSON.stringify(Object.entries(state.values(sheet)).sort());

describe('10,000 rows', () => {
  const rows = appendix(10_000);
  const grid: Grid = { name: 'Phụ lục', rows, merges: [] };
  const expected = validateWorkbook([grid]).findings;
  const cells = new Set(expected.map((f) => `${f.row}:${f.column}`));

  it('the sheet really has about 11,000 findings (read from the rows: a short unit name per task, a bad number every tenth)', () => {
    expect(expected.filter((f) => f.code === 'unit.noncanonical')).toHaveLength(10_000);
    expect(cells.size).toBeGreaterThanOrEqual(11_000);
  });

  it('desktop: a check makes 3 syncs and paints every finding’s cell', async () => {
    const state = new FakeWorkbookState({ 'Phụ lục': rows });
    const r = await checkActiveSheet(fakeExcel(state));
    expect(state.syncs).toBe(3);
    expect(r.painted).toBe(cells.size);
    expect(r.report!.findings).toHaveLength(expected.length);
  });

  it('web: check, check again, clear: every request and response under 4 MB, everything painted and put back', async () => {
    const state = web(new FakeWorkbookState({ 'Phụ lục': rows }));
    Object.assign(state.cell('Phụ lục', 4, 3), { fill: '#FFFFFF', note: 'Ghi chú của cán bộ' });
    const looks = JSON.stringify(state.looks('Phụ lục'));
    const excel = fakeExcel(state);
    const r = await checkActiveSheet(excel);
    expectUnderLimit(state);
    expect(r.painted).toBe(cells.size);
    console.log(`10,000 rows on the web, check: ${expectFourMbSteps(state, 4)}`);
    state.resetCounts();
    await checkActiveSheet(excel);
    expectUnderLimit(state);
    state.resetCounts();
    expect(await clearHighlights(excel)).toBe(cells.size);
    expectUnderLimit(state);
    expect(JSON.stringify(state.looks('Phụ lục'))).toBe(looks);
  });

  it('web: fix and undo under 4 MB each; the undo record is not in the settings a check loads', async () => {
    const state = web(new FakeWorkbookState({ 'Phụ lục': rows }));
    const before = values(state, 'Phụ lục');
    const excel = fakeExcel(state);
    const fixed = await applySafeFixes(excel);
    expectUnderLimit(state);
    expect(fixed.written).toBe(diffGrids(grid, fixWorkbook([grid]).grids[0]).length);
    expect(state.cell('Phụ lục', 4, 3).value).toBe('Sở Khoa học và Công nghệ');
    expect([...state.settings.keys()]).toEqual([]);
    expect(state.xmlParts.length).toBeGreaterThan(1);
    // A check after it: its first response carries the sheet's head and no undo record.
    state.resetCounts();
    await checkActiveSheet(excel);
    expect(state.responses[0]).toBeLessThan(LIMIT / 2);
    state.resetCounts();
    const undone = await undoFixes(excel);
    expectUnderLimit(state);
    expect(undone.written).toBe(fixed.written);
    expect(undone.changedSince).toEqual([]);
    expect(values(state, 'Phụ lục')).toBe(before);
    expect(state.xmlParts).toEqual([]);
  });
});

describe('50,000 rows', () => {
  const rows = appendix(50_000);

  it('desktop: a check makes 3 syncs', async () => {
    const state = new FakeWorkbookState({ 'Phụ lục': rows });
    const r = await checkActiveSheet(fakeExcel(state));
    expect(state.syncs).toBe(3);
    expect(r.painted).toBeGreaterThan(50_000);
  });

  it('web: check, fix, undo and clear never send or receive more than 4 MB; values and looks come back exactly', async () => {
    const state = web(new FakeWorkbookState({ 'Phụ lục': rows }));
    const before = values(state, 'Phụ lục');
    const looks = JSON.stringify(state.looks('Phụ lục'));
    const excel = fakeExcel(state);
    const counts: Record<string, string> = {};
    const r = await checkActiveSheet(excel);
    expectUnderLimit(state);
    counts.check = expectFourMbSteps(state, 4);
    expect(r.painted).toBeGreaterThan(50_000);
    state.resetCounts();
    const fixed = await applySafeFixes(excel);
    expectUnderLimit(state);
    counts.fix = expectFourMbSteps(state, 5);
    expect(fixed.written).toBeGreaterThan(50_000);
    state.resetCounts();
    await undoFixes(excel);
    expectUnderLimit(state);
    counts.undo = expectFourMbSteps(state, 5);
    expect(values(state, 'Phụ lục')).toBe(before);
    state.resetCounts();
    await clearHighlights(excel);
    expectUnderLimit(state);
    counts.clear = expectFourMbSteps(state, 4);
    expect(JSON.stringify(state.looks('Phụ lục'))).toBe(looks);
    console.log(`50,000 rows on the web, syncs: ${JSON.stringify(counts)}`);
  });
});

describe('consolidation of 20,000 rows on the web', () => {
  /** Groups of 500 tasks, each with a status in the return (core reads four-digit task numbers as malformed). */
  function master(tasks: number): Grid {
    const rows: CellValue[][] = [['KẾ HOẠCH NĂM 2026'], [], ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian']];
    for (let i = 1; i <= tasks; i++) {
      if ((i - 1) % 500 === 0) rows.push([intToRoman((i - 1) / 500 + 1), `Nhóm nhiệm vụ ${(i - 1) / 500 + 1}`, null, null, null]);
      rows.push([
        ((i - 1) % 500) + 1,
        `Triển khai nội dung số ${i} của kế hoạch chuyển đổi số năm 2026`,
        'Sở Khoa học và Công nghệ',
        'Các sở, ban, ngành',
        `Quý ${['I', 'II', 'III', 'IV'][i % 4]}/2026`,
      ]);
    }
    return { name: 'Phụ lục', rows, merges: [] };
  }

  it('apply and undo never send or receive more than 4 MB, and undo puts the master back', async () => {
    const grid = master(20_000);
    const [table] = readTables(grid);
    const back = grid.rows.map((r) => [...r]);
    const column = table.header.lastColumn + 1;
    back[table.header.row - 1][column - 1] = 'Tình trạng';
    table.rows.filter((r) => r.kind === 'task').forEach((r, i) => (back[r.row - 1][column - 1] = i % 2 ? 'Hoàn thành' : 'Đang thực hiện'));
    const state = web(new FakeWorkbookState({ [grid.name]: grid.rows }));
    const before = values(state, grid.name);
    const excel = fakeExcel(state);
    const open = await openWorkbook(excel);
    expectUnderLimit(state);
    const m = appendixSheet(open.grids, open.active)!;
    const plan = consolidationPlan(
      m,
      consolidate(m, [{ file: 'So-KHCN.xlsx', grid: { name: 'S', rows: back, merges: [] } }], { reportDate: new Date(Date.UTC(2026, 6, 15)) })!,
    );
    expect(plan.edits.length).toBeGreaterThan(20_000);
    state.resetCounts();
    expect(await applyConsolidation(excel, plan)).toBe(plan.edits.length);
    expectUnderLimit(state);
    const apply = expectFourMbSteps(state, 6);
    state.resetCounts();
    await undoConsolidation(excel);
    expectUnderLimit(state);
    console.log(`20,000-row consolidation on the web: apply ${apply}, undo ${expectFourMbSteps(state, 6)}`);
    expect(values(state, grid.name)).toBe(before);
    expect(state.sheets.has('Tổng hợp')).toBe(false);
  });
});
