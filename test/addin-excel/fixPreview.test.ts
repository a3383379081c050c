/**
 * The panel's fix flow (issue 18) on the Excel host's mechanics (issue 17), against the Office.js fake:
 * the preview lists exactly what the fix then writes (formula cells left out of both), writes nothing
 * itself, a fix of a few findings changes only those cells, and undo is offered while a run is kept.
 */
import { checkActiveSheet } from '../../addin-excel/src/excelHost';
import { applySafeFixes, hasFixToUndo, previewSafeFixes, undoFixes } from '../../addin-excel/src/excelEdits';
import type { CellValue } from '../../core/model/grid';
import { FakeWorkbookState, fakeExcel } from '../fakes/fakeExcel';

jest.setTimeout(120_000);

const HEADER: CellValue[] = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'];

function workbook(): FakeWorkbookState {
  const rows: CellValue[][] = [
    ['KẾ HOẠCH NĂM 2026'],
    [],
    HEADER,
    [1, 'Tổ chức  tập huấn ', 'Sở KH&CN', null, 'Quý II/2026'],
    [2, 'Kiểm tra', 'Sở KH&CN', null, 'Quý III/2026'],
    [3, 'Tuyên truyền', 'Sở KH&CN', null, 'Quý IV/2026'],
  ];
  const state = new FakeWorkbookState({ 'Phụ lục': rows });
  Object.assign(state.cell('Phụ lục', 5, 3), { formula: '=C4' });
  return state;
}

const values = (state: FakeWorkbookState) => JSON.stringify([...state.sheets.get('Phụ lục')!].map(([k, c]) => [k, c.value, c.formula ?? null]));

describe('fix preview and scope on Excel', () => {
  it('previews exactly the cells the fix writes, never a formula cell, and writes nothing itself', async () => {
    const state = workbook();
    const excel = fakeExcel(state);
    const before = values(state);
    const preview = await previewSafeFixes(excel, {});
    expect(values(state)).toBe(before);
    expect(preview.sheet).toBe('Phụ lục');
    const cells = preview.edits.map((e) => `${e.row}:${e.column}`);
    expect(cells).toContain('4:3');
    expect(cells).toContain('6:3');
    // C5 holds a formula: neither previewed nor written.
    expect(cells).not.toContain('5:3');
    const outcome = await applySafeFixes(excel, {});
    expect(outcome.written).toBe(preview.edits.length);
    expect(outcome.formulaCells).toEqual(['C5']);
    for (const e of preview.edits) expect(state.cell('Phụ lục', e.row, e.column).value).toEqual(e.after);
  });

  it('fixes only the findings named, and offers undo while a run is kept, run after run', async () => {
    const state = workbook();
    const excel = fakeExcel(state);
    expect(await hasFixToUndo(excel)).toBe(false);
    const r = await checkActiveSheet(excel, 'vi');
    const c6 = r.report!.findings.find((f) => f.cell === 'C6' && f.code === 'unit.noncanonical')!;
    expect(c6).toBeDefined();
    const scope = { findings: [{ code: c6.code, row: c6.row, column: c6.column }] };
    const preview = await previewSafeFixes(excel, scope);
    expect(preview.edits.map((e) => `${e.row}:${e.column}`)).toEqual(['6:3']);
    expect((await applySafeFixes(excel, scope)).written).toBe(1);
    expect(state.cell('Phụ lục', 6, 3).value).not.toBe('Sở KH&CN');
    expect(state.cell('Phụ lục', 4, 3).value).toBe('Sở KH&CN');
    expect(await hasFixToUndo(excel)).toBe(true);
    // A second run (every safe fix), then both undone newest first; nothing is left to undo.
    expect((await applySafeFixes(excel, {})).written).toBeGreaterThan(0);
    await undoFixes(excel);
    expect(state.cell('Phụ lục', 4, 3).value).toBe('Sở KH&CN');
    expect(state.cell('Phụ lục', 6, 3).value).not.toBe('Sở KH&CN');
    expect(await hasFixToUndo(excel)).toBe(true);
    await undoFixes(excel);
    expect(state.cell('Phụ lục', 6, 3).value).toBe('Sở KH&CN');
    expect(await hasFixToUndo(excel)).toBe(false);
  });
});
