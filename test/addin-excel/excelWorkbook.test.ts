/**
 * The Excel host beyond one sheet: settings kept in the workbook, the workbook's unit directory,
 * hosts without notes, sheets past Excel on the web's 5 MB limit, consolidation and its undo,
 * formulas left alone. All against the Office.js fake.
 */
import { checkActiveSheet, clearHighlights } from '../../addin-excel/src/excelHost';
import {
  applyConsolidation,
  applySafeFixes,
  openWorkbook,
  readWorkbookSettings,
  saveWorkbookSettings,
  undoConsolidation,
  undoFixes,
} from '../../addin-excel/src/excelEdits';
import { consolidate } from '../../core/consolidate/merge';
import { appendixSheet, consolidationPlan } from '../../core/plans/consolidationPlan';
import { SETTINGS_SHEET, readSettings, withWorkbookSettings } from '../../core/engine/settings';
import { FINDINGS_SHEET } from '../../core/plans/findingsSheet';
import type { CellValue, Grid } from '../../core/model/grid';
import { validateWorkbook } from '../../core/engine/validate';
import { FakeWorkbookState, fakeExcel } from '../fakes/fakeExcel';
import { FROM_CENTRE, FROM_TDC, MASTER } from '../helpers/consolidationFixture';
import { gridsOf, seedPath } from '../helpers/workbooks';

/** The fake's sheet as a Grid, the way ExcelJS or Sheets would hand it to core. */
function gridOf(state: FakeWorkbookState, sheet: string): Grid {
  const rows: CellValue[][] = [];
  for (const [k, c] of state.sheets.get(sheet)!) {
    if (c.value === null) continue;
    const [r, col] = k.split(':').map(Number);
    while (rows.length < r) rows.push([]);
    const line = rows[r - 1];
    while (line.length < col) line.push(null);
    line[col - 1] = c.value;
  }
  return { name: sheet, rows, merges: [] };
}

jest.setTimeout(120_000);

const codes = (r: { report?: { findings: Array<{ code: string }> } }) => r.report!.findings.map((f) => f.code);

describe('settings kept in the workbook', () => {
  it.each(['null', 'throw'] as const)(
    'are written to the “Cài đặt Phụ lục” sheet as text, read back, and change the next check (missing sheets: %s)',
    async (nullChains) => {
      const [grid] = await gridsOf(seedPath('000-dong-nai-skhcn-2026.xlsx'));
      const state = new FakeWorkbookState({ [grid.name]: grid.rows });
      state.nullChains = nullChains;
      const excel = fakeExcel(state);
      const before = await checkActiveSheet(excel);
      expect(codes(before)).not.toContain('time.out_of_period');

      await saveWorkbookSettings(excel, { planYear: 2024, reportDate: new Date(Date.UTC(2026, 10, 30)) });
      // Any host (or the command line through ExcelJS) reads the same sheet.
      const sheet = gridOf(state, SETTINGS_SHEET);
      expect(readSettings(sheet).settings).toEqual({ planYear: 2024, reportDate: new Date(Date.UTC(2026, 10, 30)) });
      expect(state.cell(SETTINGS_SHEET, 3, 2)).toMatchObject({ value: '30/11/2026', numberFormat: '@' });
      expect(await readWorkbookSettings(excel)).toEqual({ planYear: 2024, reportDate: new Date(Date.UTC(2026, 10, 30)) });

      state.active = grid.name;
      state.syncs = 0;
      const after = await checkActiveSheet(excel);
      // The directory sheet is still missing: a host that refuses it costs the retry and the sheet list.
      expect(state.syncs).toBeLessThanOrEqual(nullChains === 'null' ? 3 : 5);
      // A 2026 plan checked as a 2024 one: its 2026 time frames fall outside the plan.
      expect(codes(after)).toContain('time.out_of_period');
      // Only the active sheet is checked and painted, never the settings sheet.
      expect(after.report!.findings.every((f) => f.sheet === grid.name)).toBe(true);
    },
  );

  it('uses the workbook’s unit directory, also under a name the settings give (one extra sync)', async () => {
    const rows: CellValue[][] = [
      ['KẾ HOẠCH NĂM 2026'],
      [],
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
      [1, 'Tổ chức tập huấn', 'Ban QL KCN Sông Mây', null, 'Quý II/2026'],
    ];
    const directory: CellValue[][] = [
      ['Tên chuẩn', 'Tên khác / viết tắt'],
      ['Ban Quản lý Khu công nghiệp Sông Mây', 'Ban QL KCN Sông Mây'],
    ];
    const plain = new FakeWorkbookState({ 'Phụ lục': rows });
    expect(codes(await checkActiveSheet(fakeExcel(plain)))).toContain('unit.unlisted');

    const withDirectory = new FakeWorkbookState({ 'Phụ lục': rows, 'Danh mục đơn vị': directory });
    const r = await checkActiveSheet(fakeExcel(withDirectory));
    expect(withDirectory.syncs).toBeLessThanOrEqual(3);
    expect(codes(r)).not.toContain('unit.unlisted');
    expect(codes(r)).toContain('unit.noncanonical');

    const named = new FakeWorkbookState({ 'Phụ lục': rows, 'Đơn vị': directory });
    await saveWorkbookSettings(fakeExcel(named), { unitSheet: 'Đơn vị' });
    named.syncs = 0;
    const n = await checkActiveSheet(fakeExcel(named));
    expect(named.syncs).toBe(4);
    expect(codes(n)).toContain('unit.noncanonical');
  });
});

describe('hosts that refuse a used range asked of a missing sheet', () => {
  it('list the sheets first and check all the same, in one more sync', async () => {
    const [grid] = await gridsOf(seedPath('002-quang-ngai-skhcn-2025.xlsx'));
    const state = new FakeWorkbookState({ [grid.name]: grid.rows });
    state.nullChains = 'throw';
    const r = await checkActiveSheet(fakeExcel(state));
    expect(r.painted).toBe(new Set(validateWorkbook([grid]).findings.map((f) => f.cell)).size);
    // The refused first try, the names, then the usual three.
    expect(state.syncs).toBe(5);
  });
});

describe('hosts without notes (ExcelApi before 1.18)', () => {
  it('paints fills, lists the findings on their own sheet with links, and clearing removes both', async () => {
    const [grid] = await gridsOf(seedPath('001-dong-nai-ubnd-1295.xlsx'));
    const state = new FakeWorkbookState({ [grid.name]: grid.rows });
    state.apiVersion = '1.17';
    state.cell(grid.name, 37, 1).fill = '#00B050';
    const looks = JSON.stringify(state.looks(grid.name));
    const excel = fakeExcel(state);
    const r = await checkActiveSheet(excel);
    expect(state.syncs).toBeLessThanOrEqual(3);
    expect(r.findingsSheet).toBe(FINDINGS_SHEET);
    const expected = validateWorkbook([grid]).findings;
    const sheet = state.sheets.get(FINDINGS_SHEET)!;
    expect(state.cell(FINDINGS_SHEET, 1, 1).value).toBe('Ô');
    // One row per finding, the first cell a link to the finding's cell.
    expect([...sheet.keys()].filter((k) => k.endsWith(':1')).length).toBe(expected.length + 1);
    expect(state.cell(FINDINGS_SHEET, 2, 1).formula).toBe(`=HYPERLINK("#'${grid.name}'!${expected[0].cell}","${expected[0].cell}")`);
    expect(Object.values(state.looks(grid.name)).every((l) => l.note === null)).toBe(true);
    expect(state.cell(grid.name, 37, 1).fill).not.toBe('#00B050');

    await checkActiveSheet(excel); // a second check replaces the sheet, it does not add another
    expect([...state.sheets.keys()].filter((n) => n === FINDINGS_SHEET)).toHaveLength(1);
    await clearHighlights(excel);
    expect(state.sheets.has(FINDINGS_SHEET)).toBe(false);
    expect(JSON.stringify(state.looks(grid.name))).toBe(looks);
  });
});

describe('sheets past the 5 MB request limit of Excel on the web', () => {
  it('reads a 50,000-row sheet in blocks and paints in batches, every request and response under the limit', async () => {
    const rows: CellValue[][] = [['KẾ HOẠCH NĂM 2026'], [], ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian', 'Ghi chú']];
    for (let i = 1; i <= 50_000; i++) {
      const skip = i % 1000 === 0; // a gap every thousand rows: a finding to paint
      rows.push([
        skip ? i + 1 : i,
        `Nhiệm vụ số ${i}: triển khai các nội dung theo kế hoạch của Ủy ban nhân dân tỉnh`,
        'Sở Khoa học và Công nghệ',
        'Sở Tài chính',
        'Quý IV/2026',
        'Thực hiện theo hướng dẫn của cơ quan chủ trì và báo cáo định kỳ',
      ]);
    }
    const state = new FakeWorkbookState({ 'Phụ lục': rows });
    state.payloadLimit = 5 * 1024 * 1024;
    const r = await checkActiveSheet(fakeExcel(state));
    // Sized before sending: nothing is refused, every request and response stays under 4 MB.
    expect(state.refused).toBe(0);
    expect(state.largestResponse).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(state.largestRequest).toBeLessThanOrEqual(4 * 1024 * 1024);
    const expected = validateWorkbook([{ name: 'Phụ lục', rows, merges: [] }]).findings;
    expect(r.report!.findings.length).toBe(expected.length);
    expect(r.painted).toBe(new Set(expected.map((f) => f.cell)).size);
    expect(r.painted).toBeGreaterThan(0);
  });
});

describe('consolidation in Excel', () => {
  function workbook(): FakeWorkbookState {
    return new FakeWorkbookState({ [MASTER.name]: MASTER.rows, 'Phong-TDC': FROM_TDC.grid.rows });
  }

  it.each(['null', 'throw'] as const)(
    'applies core’s plan: master cells, the “Tổng hợp” sheet and a chart; undo puts everything back (missing sheets: %s)',
    async (nullChains) => {
      const state = workbook();
      state.nullChains = nullChains;
      const excel = fakeExcel(state);
      const before = JSON.stringify(state.values(MASTER.name));
      const open = await openWorkbook(excel);
      expect(open.grids.map((g) => g.name)).toEqual([MASTER.name, 'Phong-TDC']);
      const master = appendixSheet(open.grids, open.active)!;
      expect(master.name).toBe(MASTER.name);
      const options = { ...withWorkbookSettings(open.grids, {}), reportDate: new Date(Date.UTC(2026, 6, 15)) };
      const result = consolidate(master, [FROM_TDC, FROM_CENTRE], options)!;
      const plan = consolidationPlan(master, result);
      state.syncs = 0;
      const n = await applyConsolidation(excel, plan);
      expect(n).toBe(plan.edits.length);
      // Sheets, the master's cells (for staleness), the undo parts listed, the writes.
      expect(state.syncs).toBeLessThanOrEqual(4);
      for (const e of plan.edits) expect(state.cell(MASTER.name, e.row, e.column).value).toEqual(e.after);
      expect(state.cell('Tổng hợp', 1, 1).value).toBe('TỔNG HỢP TÌNH HÌNH THỰC HIỆN');
      expect(state.charts).toEqual([expect.objectContaining({ sheet: 'Tổng hợp', type: 'ColumnClustered', source: 'A5:G6', seriesBy: 'Rows' })]);
      expect(state.cell('Tổng hợp', 5, 2).value).toBe('Hoàn thành');

      await undoConsolidation(excel);
      expect(JSON.stringify(state.values(MASTER.name))).toBe(before);
      expect(state.sheets.has('Tổng hợp')).toBe(false);
      expect(state.charts).toEqual([]);
    },
  );

  it('keeps an earlier “Tổng hợp” sheet to put back on undo, and never writes over a formula', async () => {
    const state = workbook();
    state.addSheet('Tổng hợp', [['Bản tổng hợp tháng trước'], ['Hoàn thành', 3]]);
    const excel = fakeExcel(state);
    const open = await openWorkbook(excel);
    const master = appendixSheet(open.grids, open.active)!;
    const plan = consolidationPlan(master, consolidate(master, [FROM_TDC], { reportDate: new Date(Date.UTC(2026, 6, 15)) })!);
    const target = plan.edits.find((e) => e.row > 3)!;
    Object.assign(state.cell(MASTER.name, target.row, target.column), { formula: '=TRIM(" Đang làm ")', value: 'Đang làm' });
    const n = await applyConsolidation(excel, plan);
    expect(n).toBe(plan.edits.length - 1);
    expect(state.cell(MASTER.name, target.row, target.column)).toMatchObject({ formula: '=TRIM(" Đang làm ")', value: 'Đang làm' });
    await undoConsolidation(excel);
    expect(state.values('Tổng hợp')).toEqual({ '1:1': 'Bản tổng hợp tháng trước', '2:1': 'Hoàn thành', '2:2': 3 });
    expect(state.cell(MASTER.name, target.row, target.column).formula).toBe('=TRIM(" Đang làm ")');
  });
});

describe('fixes and formulas', () => {
  it('a cell computed by a formula is never replaced by a fix, and undo leaves it too', async () => {
    const rows: CellValue[][] = [
      ['KẾ HOẠCH NĂM 2026'],
      [],
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
      [1, 'Tổ chức  tập huấn ', 'Sở KH&CN', null, 'Quý II/2026'],
      [2, 'Kiểm tra', 'Sở KH&CN', null, 'Quý III/2026'],
    ];
    const state = new FakeWorkbookState({ 'Phụ lục': rows });
    Object.assign(state.cell('Phụ lục', 5, 3), { formula: '=C4' });
    state.nullChains = 'throw';
    const excel = fakeExcel(state);
    const n = await applySafeFixes(excel);
    expect(n.written).toBeGreaterThan(0);
    expect(n.formulaCells).toEqual(['C5']);
    expect(state.cell('Phụ lục', 5, 3)).toMatchObject({ formula: '=C4', value: 'Sở KH&CN' });
    expect(state.cell('Phụ lục', 4, 3).value).not.toBe('Sở KH&CN');
    await undoFixes(excel);
    expect(state.cell('Phụ lục', 4, 3).value).toBe('Sở KH&CN');
    expect(state.cell('Phụ lục', 5, 3).formula).toBe('=C4');
  });
});
