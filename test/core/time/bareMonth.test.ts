/** "Tháng 3" … "Tháng 12" with no year (corpus 17, a one-year 2024 programme): the plan's year, or a month of no year. */
import type { CellValue, Grid } from '../../../core/model/grid';
import { parseTimeFrame } from '../../../core/time/timeFrame';
import { validateGrid } from '../../../core/engine/validate';

const d = (s: string) => new Date(`${s}T00:00:00.000Z`);

describe('a month with no year', () => {
  it.each([
    ['Tháng 3', '2024-03-01', '2024-03-31'],
    ['Tháng 12', '2024-12-01', '2024-12-31'],
    ['tháng 02', '2024-02-01', '2024-02-29'],
    ['Trong tháng 6', '2024-06-01', '2024-06-30'],
  ])('%s in a one-year plan of 2024 takes the plan’s year', (text, start, end) => {
    const f = parseTimeFrame(text, { planYear: 2024 });
    expect(f).toMatchObject({ kind: 'month', start: d(start), end: d(end), yearFromPlan: true });
    expect(f?.invalid).toBeUndefined();
  });

  it('with no one plan year it stays a month of no year, not an unparsed text', () => {
    const f = parseTimeFrame('Tháng 3');
    expect(f?.kind).toBe('month');
    expect(f?.start).toBeUndefined();
  });

  it('a month that does not exist is said so', () => {
    expect(parseTimeFrame('Tháng 13', { planYear: 2024 })?.invalid).toBeDefined();
    expect(parseTimeFrame('Tháng 13')?.invalid).toBeDefined();
  });

  it('“trước tháng 3” is not read as the month itself', () => {
    expect(parseTimeFrame('trước tháng 3', { planYear: 2024 })?.kind).not.toBe('month');
  });
});

const grid = (title: string[], times: string[]): Grid => ({
  name: 'Phụ lục',
  rows: [
    ...title.map((t): CellValue[] => [t]),
    [],
    ['STT', 'Tên đề án', 'Cơ quan chủ trì', 'Thời gian'],
    ...times.map((t, i): CellValue[] => [i + 1, 'Đề án', 'Sở Tài chính', t]),
  ],
  merges: [],
});
const codes = (g: Grid) =>
  validateGrid(g)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.cell} ${f.code}`);

describe('bare months in a table', () => {
  it('a one-year programme: no warning, no error', () => {
    const g = grid(['CHƯƠNG TRÌNH HÀNH ĐỘNG NĂM 2024', '(Kèm theo Quyết định số 59/QĐ-BTNMT ngày 08 tháng 01 năm 2024)'], ['Tháng 3', 'Tháng 12']);
    expect(codes(g)).toEqual([]);
  });

  it('a period guessed from the issue year alone: still no error from the guess', () => {
    const g = grid(['DANH MỤC ĐỀ ÁN', '(Kèm theo Quyết định số 59/QĐ-BTNMT ngày 08 tháng 01 năm 2024)'], ['Tháng 3', 'Tháng 12']);
    expect(codes(g)).toEqual([]);
  });

  it('a multi-year plan: a month of no year, not unparsed and not out of period', () => {
    const g = grid(['KẾ HOẠCH GIAI ĐOẠN 2024 - 2026'], ['Tháng 3', 'Tháng 12']);
    expect(codes(g)).toEqual([]);
  });
});
