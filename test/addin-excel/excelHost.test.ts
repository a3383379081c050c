/** The Excel host against a faithful fake of Office.js: sync budget, painting, exact undo. */
import { checkActiveSheet, clearHighlights, highlightsKey, SETTINGS_KEY } from '../../addin-excel/src/excelHost';
import { FakeWorkbookState, fakeExcel } from '../fakes/fakeExcel';
import { gridsOf, seedPath, seedWorkbooks } from '../helpers/workbooks';
import { validateWorkbook } from '../../core/engine/validate';

async function stateOf(name: string): Promise<FakeWorkbookState> {
  const [grid] = await gridsOf(seedPath(name));
  return new FakeWorkbookState({ [grid.name]: grid.rows });
}

describe('Excel host', () => {
  it.each(seedWorkbooks())('checks %s in at most 3 syncs and paints every finding’s cell', async (name) => {
    const state = await stateOf(name);
    const result = await checkActiveSheet(fakeExcel(state));
    expect(state.syncs).toBeLessThanOrEqual(3);
    const [grid] = await gridsOf(seedPath(name));
    const expected = new Set(validateWorkbook([grid]).findings.map((f) => `${f.row}:${f.column}`));
    expect(result.painted).toBe(expected.size);
    const looks = state.looks('Phụ lục');
    for (const k of expected) {
      expect(looks[k]?.fill).toMatch(/^#[0-9A-F]{6}$/);
      // Severity and what is wrong in words, then the message; never a rule code.
      expect(looks[k]?.note).toMatch(/^(Lỗi|Cảnh báo|Gợi ý) – [^:]+: /);
      expect(looks[k]?.note).not.toMatch(/\b[a-z]+\.[a-z_]+\b/);
    }
  });

  it('clearing restores every fill and note exactly, the cell’s own ones included', async () => {
    const state = await stateOf('001-dong-nai-ubnd-1295.xlsx');
    // Cells with their own look: a finding's cell with a fill and a note, and one untouched cell.
    Object.assign(state.cell('Phụ lục', 37, 1), { fill: '#00B050', note: 'Ghi chú của cán bộ' });
    Object.assign(state.cell('Phụ lục', 2, 1), { fill: '#FFFF00', note: null });
    const before = JSON.stringify(state.looks('Phụ lục'));
    const excel = fakeExcel(state);
    await checkActiveSheet(excel);
    expect(state.cell('Phụ lục', 37, 1).note).toMatch(/^Ghi chú của cán bộ\n── Phụ lục ──\n/);
    // A second check must not take our paint for the cell's own look.
    await checkActiveSheet(excel);
    state.syncs = 0;
    const cleared = await clearHighlights(excel);
    expect(cleared).toBeGreaterThan(10);
    expect(state.syncs).toBeLessThanOrEqual(3);
    expect(JSON.stringify(state.looks('Phụ lục'))).toBe(before);
    expect(state.settings.has(highlightsKey('Phụ lục'))).toBe(false);
    expect([...state.settings.keys()].filter((k) => k.startsWith(SETTINGS_KEY))).toEqual([]);
  });

  it('checking a second sheet keeps the first sheet’s highlights restorable; clearing restores both', async () => {
    const [a] = await gridsOf(seedPath('001-dong-nai-ubnd-1295.xlsx'));
    const [b] = await gridsOf(seedPath('000-dong-nai-skhcn-2026.xlsx'));
    const state = new FakeWorkbookState({ 'Kế hoạch A': a.rows, 'Kế hoạch B': b.rows });
    Object.assign(state.cell('Kế hoạch A', 37, 1), { fill: '#00B050', note: 'Ghi chú A' });
    const before = { A: JSON.stringify(state.looks('Kế hoạch A')), B: JSON.stringify(state.looks('Kế hoạch B')) };
    const excel = fakeExcel(state);
    state.active = 'Kế hoạch A';
    const first = await checkActiveSheet(excel);
    state.active = 'Kế hoạch B';
    const second = await checkActiveSheet(excel);
    expect(first.painted).toBeGreaterThan(0);
    expect(second.painted).toBeGreaterThan(0);
    expect(state.settings.has(highlightsKey('Kế hoạch A'))).toBe(true);
    expect(state.settings.has(highlightsKey('Kế hoạch B'))).toBe(true);
    // Sheet A again: its own saved state, not B's, decides what is the cell's own look.
    state.active = 'Kế hoạch A';
    await checkActiveSheet(excel);
    state.syncs = 0;
    expect(await clearHighlights(excel)).toBe(first.painted + second.painted);
    expect(state.syncs).toBeLessThanOrEqual(3);
    expect(JSON.stringify(state.looks('Kế hoạch A'))).toBe(before.A);
    expect(JSON.stringify(state.looks('Kế hoạch B'))).toBe(before.B);
    expect(state.settings.size).toBe(0);
  });

  it('clearing after a checked sheet was deleted restores the others and forgets the deleted one', async () => {
    const [a] = await gridsOf(seedPath('001-dong-nai-ubnd-1295.xlsx'));
    const state = new FakeWorkbookState({ A: a.rows, B: a.rows });
    const excel = fakeExcel(state);
    state.active = 'A';
    await checkActiveSheet(excel);
    state.active = 'B';
    const b = await checkActiveSheet(excel);
    state.sheets.delete('A');
    expect(await clearHighlights(excel)).toBe(b.painted);
    expect(state.settings.size).toBe(0);
  });

  it('a cell fixed between two checks gets its own look back at the second check', async () => {
    const state = await stateOf('001-dong-nai-ubnd-1295.xlsx');
    const excel = fakeExcel(state);
    await checkActiveSheet(excel);
    expect(state.cell('Phụ lục', 37, 1).fill).not.toBeNull();
    state.cell('Phụ lục', 37, 1).value = 'VIII';
    await checkActiveSheet(excel);
    expect(state.cell('Phụ lục', 37, 1)).toMatchObject({ fill: null, note: null });
  });

  it('an empty sheet is no failure, and no clean sheet either: no appendix table', async () => {
    const state = new FakeWorkbookState({ Trống: [] });
    expect(await checkActiveSheet(fakeExcel(state))).toMatchObject({ sheet: 'Trống', tables: 0, painted: 0 });
  });

  it('the fake is strict: reading before load and sync throws, as Office.js does', async () => {
    const state = new FakeWorkbookState({ S: [['a']] });
    await expect(
      fakeExcel(state).run((ctx) => {
        const ws = ctx.workbook.worksheets.getActiveWorksheet();
        return Promise.resolve(ws.name);
      }),
    ).rejects.toThrow(/PropertyNotLoaded/);
  });
});

describe('Excel host fixes', () => {
  it('applies the safe fixes in four syncs (sheet names, read, undo parts listed, write) and undoes every value exactly', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { applySafeFixes, undoFixes } = require('../../addin-excel/src/excelHost') as typeof import('../../addin-excel/src/excelHost');
    const state = await stateOf('000-dong-nai-skhcn-2026.xlsx');
    const values = () =>
      JSON.stringify(
        [...state.sheets.get('Phụ lục')!]
          .filter(([, c]) => c.value !== null)
          .map(([k, c]) => [k, c.value])
          .sort(),
      );
    const before = values();
    const excel = fakeExcel(state);
    state.syncs = 0;
    const changed = await applySafeFixes(excel);
    expect(state.syncs).toBe(4);
    expect(changed.written).toBeGreaterThan(20);
    expect(state.cell('Phụ lục', 7, 4).value).toBe('Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng');
    expect(state.cell('Phụ lục', 11, 2).value).toBeNull();
    await undoFixes(excel);
    expect(values()).toBe(before);
  });

  it('canonical names only touches unit cells', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { applySafeFixes } = require('../../addin-excel/src/excelHost') as typeof import('../../addin-excel/src/excelHost');
    const state = await stateOf('000-dong-nai-skhcn-2026.xlsx');
    await applySafeFixes(fakeExcel(state), true);
    expect(state.cell('Phụ lục', 7, 4).value).toBe('Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng');
    expect(state.cell('Phụ lục', 11, 2).value).not.toBeNull();
    expect(state.cell('Phụ lục', 26, 2).value as string).toContain('<p>');
  });
});
