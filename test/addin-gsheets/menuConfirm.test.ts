/**
 * Fixes from the Sheets menu are previewed and confirmed (issue 18), as in the sidebar and the Excel
 * ribbon: an alert lists the changes (cell: before → after) with the count core plans, OK writes
 * exactly that many cells, Hủy changes nothing and keeps nothing to undo, nothing to fix asks nothing.
 */
import type { Grid } from '../../core/model/grid';
import { a1 } from '../../core/model/grid';
import { planFixRun } from '../../core/plans/fixScope';
import { gridsOf, seedPath } from '../helpers/workbooks';
import { buildDist, load, removeDist } from './harness';

jest.setTimeout(120_000);

let dist: string;
let grid: Grid;
beforeAll(async () => {
  dist = buildDist();
  [grid] = await gridsOf(seedPath('000-dong-nai-skhcn-2026.xlsx'));
});
afterAll(() => removeDist(dist));

describe.each([
  ['menuFixSafe', false],
  ['menuCanonicalNames', true],
] as const)('%s', (item, unitsOnly) => {
  it('lists the changes with core’s count and writes them on OK', () => {
    const planned = planFixRun(grid, [], {}, { unitsOnly }).edits;
    expect(planned.length).toBeGreaterThan(0);
    const app = load(dist, {}, (f) => f.addSheet(grid.name, grid.rows));
    app.call(item);
    const [alert] = app.fake.ui.alerts;
    const first = planned[0];
    expect(alert.startsWith(`Xem trước khi sửa “${grid.name}”\nSẽ thay đổi ${planned.length} ô:\n${a1(first.row, first.column)}: `)).toBe(true);
    expect(alert).toContain('Bấm OK để áp dụng, Hủy để không thay đổi gì.');
    if (planned.length > 12) expect(alert).toContain(`… và ${planned.length - 12} ô khác`);
    expect(app.fake.spreadsheet.toasts[0].message).toBe(`Đã sửa ${planned.length} ô; có thể hoàn tác trong bảng kiểm tra.`);
    for (const e of planned) expect(app.fake.sheet(grid.name).peek(e.row, e.column)?.value ?? '').toEqual(e.after ?? '');
  });

  it('changes nothing and keeps nothing to undo on Hủy', () => {
    const app = load(dist, {}, (f) => f.addSheet(grid.name, grid.rows));
    const before = app.fake.sheet(grid.name).contents();
    app.fake.ui.answers.push(app.fake.ui.Button.CANCEL);
    app.call(item);
    expect(app.fake.sheet(grid.name).contents()).toEqual(before);
    expect(app.fake.spreadsheet.toasts[0].message).toBe('Đã hủy: không ô nào bị thay đổi.');
    expect(app.fake.calls.get('Range.setValues')).toBeUndefined();
    expect(app.sidebar<boolean>('sidebarCanUndoFix')).toBe(false);
  });
});

it('asks nothing when there is nothing to fix', () => {
  const rows = [
    ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
    [1, 'Kiểm tra', 'Sở Y tế', null, 'Quý II/2026'],
  ];
  const app = load(dist, {}, (f) => f.addSheet('Phụ lục', rows));
  app.call('menuFixSafe');
  expect(app.fake.ui.alerts).toEqual([]);
  expect(app.fake.spreadsheet.toasts[0].message).toBe('Không có gì cần sửa.');
});

describe('a sheet too long for one menu call', () => {
  // 2,001 rows × 100 columns: just over the 200,000 cells (4 × CELLS_PER_CALL) a menu call takes on.
  const rows = Array.from({ length: 2001 }, (_, i) => Array.from({ length: 100 }, (_, j) => `ô ${i + 1}.${j + 1}`));

  it.each(['menuCheck', 'menuFixSafe', 'menuCanonicalNames'])('%s opens the sidebar, which works in parts, and says why', (item) => {
    const app = load(dist, {}, (f) => f.addSheet('Phụ lục', rows));
    app.call(item);
    expect(app.fake.ui.sidebars).toHaveLength(1);
    expect(app.fake.ui.alerts).toEqual([]);
    expect(app.fake.spreadsheet.toasts.map((t) => t.message)).toEqual([
      'Trang tính “Phụ lục” dài 2.001 dòng: để không vượt giới hạn 6 phút của Google, hãy làm việc này trong bảng kiểm tra vừa mở (bấm Kiểm tra hoặc Sửa lỗi an toàn…); việc được chia từng phần và có hiện tiến độ.',
    ]);
    // Nothing read but the sheet's size.
    expect(app.fake.dataCalls).toBe(0);
  });

  it('one row less fits one call and is checked from the menu', () => {
    const app = load(dist, {}, (f) => f.addSheet('Phụ lục', rows.slice(0, 2000)));
    app.call('menuCheck');
    expect(app.fake.ui.sidebars).toHaveLength(0);
    expect(app.fake.spreadsheet.toasts[0].message).toContain('không có bảng phụ lục');
  });
});
