/** Leading zeros in one spelling (corpus 18: “Tháng 02/2024” among “Tháng 9/2024”): part of time.style. */
import type { CellValue, Grid } from '../../../core/model/grid';
import { paddingOf, repad, spellingOf } from '../../../core/time/timeSpelling';
import { validateGrid } from '../../../core/engine/validate';

const sp = (t: string) => spellingOf(t, 'month')!;

describe('leading zeros', () => {
  it.each([
    ['Tháng 02/2024', 'padded'],
    ['Tháng 2/2024', 'plain'],
    ['Tháng 11/2024', undefined],
  ])('%s is %s', (text, want) => {
    expect(paddingOf(sp(text))).toBe(want);
  });

  it('rewrites either way', () => {
    expect(repad(sp('Tháng 02/2024'), 'plain')).toBe('Tháng 2/2024');
    expect(repad(sp('Tháng 2/2024'), 'padded')).toBe('Tháng 02/2024');
  });
});

const grid = (times: string[]): Grid => ({
  name: 'Phụ lục',
  rows: [
    ['KẾ HOẠCH NĂM 2024'],
    [],
    ['STT', 'Tên văn bản', 'Cơ quan chủ trì', 'Thời gian'],
    ...times.map((t, i): CellValue[] => [i + 1, 'Nghị định', 'Sở Tài chính', t]),
  ],
  merges: [],
});
const style = (g: Grid) =>
  validateGrid(g)
    .findings.filter((f) => f.code === 'time.style')
    .map((f) => [f.cell, f.fix?.changes[0]]);

describe('time.style on leading zeros', () => {
  it('the minority way is reported, the majority’s is the fix', () => {
    expect(style(grid(['Tháng 9/2024', 'Tháng 4/2024', 'Tháng 02/2024', 'Tháng 11/2024']))).toEqual([
      ['D6', { kind: 'set', row: 6, column: 4, value: 'Tháng 2/2024' }],
    ]);
  });

  it('numbers of two digits say nothing, and a tie has no majority', () => {
    expect(style(grid(['Tháng 02/2024', 'Tháng 11/2024', 'Tháng 12/2024']))).toEqual([]);
    expect(style(grid(['Tháng 02/2024', 'Tháng 3/2024']))).toEqual([]);
  });
});
