/**
 * Exact restoration and the undo rules in Excel, on the fake: white fill against no fill, text that
 * looks like a number, rows holding formulas, undo after a later edit, several undo levels, old hosts.
 */
import { checkActiveSheet, clearHighlights } from '../../addin-excel/src/excelHost';
import { applySafeFixes, undoFixes } from '../../addin-excel/src/excelEdits';
import { FINDINGS_SHEET, validateWorkbook, type CellValue } from '../../core';
import { FakeWorkbookState, fakeExcel } from '../fakes/fakeExcel';
import { gridsOf, seedPath } from '../helpers/workbooks';
import { cutRowAndRepeatedHeader } from '../helpers/tables';

jest.setTimeout(120_000);

const HEADER = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'];
const SHEET = 'Phụ lục';
const snapshot = (state: FakeWorkbookState) =>
  JSON.stringify({ values: Object.entries(state.values(SHEET)).sort(), looks: Object.entries(state.looks(SHEET)).sort() });

describe('exact restoration', () => {
  it('a white fill stays white and no fill stays none, through check and clear (RangeFill.pattern)', async () => {
    const rows: CellValue[][] = [
      ['KẾ HOẠCH NĂM 2026'],
      [],
      HEADER,
      [1, 'Việc một', 'Sở KH&CN', null, 'Quý II/2026'],
      [2, 'Việc hai', 'Sở KH&CN', null, 'Quý II/2026'],
    ];
    const state = new FakeWorkbookState({ [SHEET]: rows });
    state.cell(SHEET, 4, 3).fill = '#FFFFFF'; // the person's own white fill
    expect(state.cell(SHEET, 5, 3).fill).toBeNull(); // no fill
    const before = snapshot(state);
    const excel = fakeExcel(state);
    const r = await checkActiveSheet(excel);
    // Both cells hold a short unit name (read from the rows above): both painted.
    expect(r.painted).toBeGreaterThanOrEqual(2);
    expect(state.cell(SHEET, 4, 3).fill).not.toBe('#FFFFFF');
    await clearHighlights(excel);
    expect(state.cell(SHEET, 4, 3).fill).toBe('#FFFFFF');
    expect(state.cell(SHEET, 5, 3).fill).toBeNull();
    expect(snapshot(state)).toBe(before);
  });

  it('text that Excel would take for a number is written as text, and undo puts back the text and the old format', async () => {
    // "1 ." and " 4. " are fixed to "1." and "4.", "3" (text, typed with an apostrophe) to "3.":
    // written as typed, Excel would make them the numbers 1, 3 and 4.
    const rows: CellValue[][] = [
      ['KẾ HOẠCH NĂM 2026'],
      [],
      HEADER,
      ['I', 'Nhóm', null, null, null],
      ['1 .', 'Việc một', 'Sở Tài chính', null, 'Quý II/2026'],
      ['2.', 'Việc hai', 'Sở Tài chính', null, 'Quý II/2026'],
      ['3', 'Việc ba', 'Sở Tài chính', null, 'Quý II/2026'],
      [' 4. ', 'Việc bốn', 'Sở Tài chính', null, 'Quý II/2026'],
    ];
    const state = new FakeWorkbookState({ [SHEET]: rows });
    state.cell(SHEET, 8, 1).numberFormat = '0.00'; // a format of the person's own, to be given back
    const before = snapshot(state);
    const excel = fakeExcel(state);
    const fixed = await applySafeFixes(excel);
    expect(fixed.written).toBe(3);
    expect(state.cell(SHEET, 5, 1)).toMatchObject({ value: '1.', numberFormat: '@' });
    expect(state.cell(SHEET, 7, 1)).toMatchObject({ value: '3.', numberFormat: '@' });
    expect(state.cell(SHEET, 8, 1)).toMatchObject({ value: '4.', numberFormat: '@' });
    // The check after the fix sees what the command line's fixed file holds: no STT finding left.
    const after = await checkActiveSheet(excel);
    expect(after.report!.findings.filter((f) => f.code.startsWith('stt.') || f.code === 'text.whitespace')).toEqual([]);
    await clearHighlights(excel);
    const undone = await undoFixes(excel);
    expect(undone).toMatchObject({ written: 3, changedSince: [] });
    expect(state.cell(SHEET, 7, 1).value).toBe('3');
    expect(state.cell(SHEET, 8, 1)).toMatchObject({ value: ' 4. ', numberFormat: '0.00' });
    expect(snapshot(state)).toBe(before);
  });

  it('a row fix is applied whole or not at all: rows holding a formula are left and reported', async () => {
    const rows: CellValue[][] = cutRowAndRepeatedHeader();
    const state = new FakeWorkbookState({ [SHEET]: rows });
    // The cut row holds a formula in an empty-looking cell; the repeated header's "TT" is a formula.
    Object.assign(state.cell(SHEET, 5, 5), { formula: '=""', value: null });
    Object.assign(state.cell(SHEET, 6, 1), { formula: '="TT"', value: 'TT' });
    const excel = fakeExcel(state);
    const fixed = await applySafeFixes(excel);
    expect(fixed.formulaRows).toEqual([4, 5, 6]);
    // Rows 4 to 6 as they were: no text merged twice, no lone "TT" left behind.
    rows.slice(3, 6).forEach((row, i) => row.forEach((v, j) => expect(state.cell(SHEET, 4 + i, j + 1).value).toEqual(v)));
    expect(state.cell(SHEET, 5, 5).formula).toBe('=""');
    expect(state.cell(SHEET, 6, 1).formula).toBe('="TT"');
    // The rest is still fixed.
    expect(state.cell(SHEET, 7, 3).value).toBe('Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng');
    expect(fixed.written).toBe(1);
  });
});

describe('undo', () => {
  async function seed(): Promise<FakeWorkbookState> {
    const [grid] = await gridsOf(seedPath('000-dong-nai-skhcn-2026.xlsx'));
    return new FakeWorkbookState({ [grid.name]: grid.rows });
  }

  it('a value typed after the fix is kept, and named; every other cell goes back', async () => {
    const state = await seed();
    const before = state.values(SHEET);
    const excel = fakeExcel(state);
    const fixed = await applySafeFixes(excel);
    expect(state.cell(SHEET, 7, 4).value).toBe('Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng');
    state.cell(SHEET, 7, 4).value = 'Sở Tài chính'; // typed by hand since
    const undone = await undoFixes(excel);
    expect(undone.changedSince).toEqual(['D7']);
    expect(undone.written).toBe(fixed.written - 1);
    expect(state.cell(SHEET, 7, 4).value).toBe('Sở Tài chính');
    expect(state.values(SHEET)).toEqual({ ...before, '7:4': 'Sở Tài chính' });
  });

  it('several fix runs are undone newest first: canonical names, then safe fixes, then undo twice', async () => {
    const state = await seed();
    const original = state.values(SHEET);
    const excel = fakeExcel(state);
    const names = await applySafeFixes(excel, true);
    expect(names.written).toBeGreaterThan(0);
    const afterNames = state.values(SHEET);
    const safe = await applySafeFixes(excel);
    expect(safe.written).toBeGreaterThan(0);
    expect(state.xmlParts.map((p) => p.namespace)).toEqual(['urn:phuluc:undo:fixes:1', 'urn:phuluc:undo:fixes:2']);
    expect((await undoFixes(excel)).written).toBe(safe.written);
    expect(state.values(SHEET)).toEqual(afterNames);
    expect((await undoFixes(excel)).written).toBe(names.written);
    expect(state.values(SHEET)).toEqual(original);
    expect(await undoFixes(excel)).toEqual({ written: 0, changedSince: [] });
  });

  it('on a host without custom XML parts (ExcelApi 1.4) the runs go to one setting, and still undo in order', async () => {
    const state = await seed();
    state.apiVersion = '1.4';
    const original = state.values(SHEET);
    const excel = fakeExcel(state);
    await applySafeFixes(excel, true);
    const afterNames = state.values(SHEET);
    await applySafeFixes(excel);
    expect(state.xmlParts).toEqual([]);
    await undoFixes(excel);
    expect(state.values(SHEET)).toEqual(afterNames);
    await undoFixes(excel);
    expect(state.values(SHEET)).toEqual(original);
    expect(state.settings.size).toBe(0);
  });
});

describe('no appendix table, and the findings sheet', () => {
  it('a sheet with text but no table is "no appendix table", never a clean sheet', async () => {
    const state = new FakeWorkbookState({ 'Ghi chú': [['Danh sách cán bộ'], ['Nguyễn Văn A', 'Phòng TĐC']] });
    const r = await checkActiveSheet(fakeExcel(state));
    expect(r).toMatchObject({ sheet: 'Ghi chú', tables: 0, painted: 0 });
    expect(validateWorkbook([{ name: 'Ghi chú', rows: [['Danh sách cán bộ']], merges: [] }]).sheets[0].tables).toEqual([]);
  });

  it('without notes (before ExcelApi 1.18) the findings sheet is written and shown', async () => {
    const [grid] = await gridsOf(seedPath('001-dong-nai-ubnd-1295.xlsx'));
    const state = new FakeWorkbookState({ [grid.name]: grid.rows });
    state.apiVersion = '1.17';
    const r = await checkActiveSheet(fakeExcel(state));
    expect(r.findingsSheet).toBe(FINDINGS_SHEET);
    expect(state.active).toBe(FINDINGS_SHEET);
  });
});
