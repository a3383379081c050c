/**
 * The ribbon's fixes are previewed and confirmed (issue 18): against the Office.js fake, the dialog's
 * page lists each change (cell: before → after) with the count core's fixScope gives, "Áp dụng" writes
 * exactly those cells, "Hủy" (or a closed or unavailable dialog) changes nothing and keeps nothing to undo.
 */
import { ribbonFix, type ConfirmPage } from '../../addin-excel/src/ribbonFix';
import { runRibbon } from '../../addin-excel/src/ribbon';
import { planFixRun } from '../../core/plans/fixScope';
import { a1, type CellValue, type Grid } from '../../core/model/grid';
import { FakeWorkbookState, fakeExcel } from '../fakes/fakeExcel';
import { gridsOf, seedPath } from '../helpers/workbooks';

jest.setTimeout(120_000);

let grid: Grid;
beforeAll(async () => {
  [grid] = await gridsOf(seedPath('000-dong-nai-skhcn-2026.xlsx'));
});

const values = (state: FakeWorkbookState) => JSON.stringify(state.values(grid.name));
const text = (v: CellValue) => (v === null || v === '' ? '(trống)' : typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v));

describe.each([
  ['fixSafe', false],
  ['canonicalNames', true],
] as const)('%s from the ribbon', (_name, unitsOnly) => {
  it('lists every change core plans, with its count, and writes exactly those cells on Áp dụng', async () => {
    const state = new FakeWorkbookState({ [grid.name]: grid.rows });
    const planned = planFixRun(grid, [], {}, { unitsOnly }).edits;
    expect(planned.length).toBeGreaterThan(0);
    const pages: ConfirmPage[] = [];
    const message = await ribbonFix(fakeExcel(state), unitsOnly, 'vi', (page) => {
      pages.push(page);
      return Promise.resolve('apply');
    });
    expect(pages).toHaveLength(1);
    const [page] = pages;
    expect(page.total).toBe(planned.length);
    expect(page.count).toBe(`Sẽ thay đổi ${planned.length} ô:`);
    expect(page.title).toBe(`Xem trước khi sửa “${grid.name}”`);
    expect(page.lines).toEqual(planned.slice(0, 200).map((e) => `${a1(e.row, e.column)}: ${text(e.before)} → ${text(e.after)}`));
    expect([page.apply, page.cancel]).toEqual(['Áp dụng', 'Hủy']);
    expect(message.ok).toBe(true);
    expect(message.text).toMatch(new RegExp(`^Đã sửa ${planned.length} ô trên “${grid.name}”`));
    for (const e of planned) expect(state.cell(grid.name, e.row, e.column).value).toEqual(e.after);
    // And it can be undone, as every fix.
    expect((await runRibbon('undoFixes', fakeExcel(state), 'vi')).text).toMatch(new RegExp(`^Đã hoàn tác: trả lại ${planned.length} ô`));
  });

  it.each(['cancel', 'unavailable'] as const)('changes nothing and keeps nothing to undo when the answer is %s', async (answer) => {
    const state = new FakeWorkbookState({ [grid.name]: grid.rows });
    const before = values(state);
    const message = await ribbonFix(fakeExcel(state), unitsOnly, 'en', () => Promise.resolve(answer));
    expect(values(state)).toBe(before);
    if (answer === 'cancel') expect(message).toEqual({ text: `Cancelled: no cell on “${grid.name}” was changed.`, ok: true });
    else expect(message).toEqual({ text: 'The preview could not be opened, so nothing was fixed. Use “Safe fixes…” in the check pane instead.', ok: false });
    expect((await runRibbon('undoFixes', fakeExcel(state), 'en')).text).toBe('There is no fix to undo.');
  });
});

it('asks nothing when there is nothing to fix', async () => {
  const state = new FakeWorkbookState({
    'Phụ lục': [
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
      [1, 'Kiểm tra', 'Sở Y tế', null, 'Quý II/2026'],
    ],
  });
  let asked = false;
  const message = await ribbonFix(fakeExcel(state), false, 'vi', () => {
    asked = true;
    return Promise.resolve('apply');
  });
  expect(asked).toBe(false);
  expect(message).toEqual({ text: 'Không có gì cần sửa trên “Phụ lục”.', ok: true });
});
