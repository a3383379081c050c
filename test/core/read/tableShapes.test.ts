/** Tables as offices really lay them out, beyond the seeds: each shape once, with what it must (not) report. */
import type { CellValue, Grid } from '../../../core/model/grid';
import { readTables } from '../../../core/read/table';
import { validateGrid } from '../../../core/engine/validate';

const HEADER = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'];
const T = (n: CellValue, lead: string | null = 'Sở Khoa học và Công nghệ', time: string | null = 'Quý II/2026') => [
  n,
  'Tổ chức thực hiện nhiệm vụ',
  lead,
  null,
  time,
];
const G = (n: CellValue) => [n, 'NHÓM NHIỆM VỤ', null, null, null];
const grid = (rows: CellValue[][], merges: Grid['merges'] = []): Grid => ({ name: 'Phụ lục', rows: [['KẾ HOẠCH NĂM 2026'], [], ...rows], merges });
const codes = (g: Grid) => validateGrid(g).findings.map((f) => `${f.cell} ${f.code}`);

describe('table shapes', () => {
  it('two tables with the same columns, each under its own title', () => {
    const g = grid([HEADER, G('I'), T(1), T(2), [], ['PHỤ LỤC II'], HEADER, G('I'), T(1)]);
    expect(readTables(g)).toHaveLength(2);
    expect(codes(g)).toEqual([]);
  });

  it('a mixed-case title between tables is a title, not a row', () => {
    const g = grid([HEADER, T(1), ['Biểu số 02: Danh mục đề án'], HEADER, T(1)]);
    expect(readTables(g)).toHaveLength(2);
    expect(codes(g)).toEqual([]);
  });

  it('the signature block and notes under the table are not rows', () => {
    const g = grid([HEADER, G('I'), T(1), ['Ghi chú: các đơn vị báo cáo trước 15/11'], [], ['Nơi nhận:'], ['- Như trên;'], ['- Lưu: VT.']]);
    expect(codes(g)).toEqual([]);
  });

  it('a stray cell far below, after blank rows, is not part of the table', () => {
    const rows: CellValue[][] = [HEADER, T(1), T(2)];
    for (let i = 0; i < 40; i++) rows.push([]);
    rows.push(['ghi chép riêng']);
    expect(codes(grid(rows))).toEqual([]);
  });

  it('header labels with column numbers, and a row of column numbers under the header', () => {
    const g = grid([['TT\n(1)', 'Nội dung nhiệm vụ (2)', 'Cơ quan chủ trì (3)', 'Cơ quan phối hợp (4)', 'Thời gian (5)'], [1, 2, 3, 4, 5], G('I'), T(1), T(2)]);
    expect(readTables(g)[0].header.columns).toMatchObject({ stt: 1, content: 2, chuTri: 3, phoiHop: 4, time: 5 });
    expect(codes(g)).toEqual([]);
    expect(codes(grid([HEADER, ['(1)', '(2)', '(3)', '(4)', '(5)'], T(1), T(2)]))).toEqual([]);
  });

  it('a two-row header: "Cơ quan thực hiện" over "Chủ trì | Phối hợp"', () => {
    const g = grid(
      [['TT', 'Nội dung', 'Cơ quan thực hiện', null, 'Thời gian'], [null, null, 'Chủ trì', 'Phối hợp', null], G('I'), T(1), T(2)],
      [{ top: 3, left: 3, bottom: 3, right: 4 }],
    );
    expect(readTables(g)[0].header.columns).toMatchObject({ chuTri: 3, phoiHop: 4, time: 5 });
    expect(codes(g)).toEqual([]);
  });

  it('a header with many unknown columns (budget by year)', () => {
    const g = grid([
      ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian', '2026', '2027', '2028', '2029', '2030'],
      [1, 'Việc', 'Sở Y tế', 'Quý II/2026', 10, 20, 30, 40, 50],
    ]);
    expect(readTables(g)).toHaveLength(1);
  });

  it('one task over three rows, its STT and content merged down, a lead unit per row', () => {
    const g = grid(
      [
        HEADER,
        G('I'),
        [1, 'Đầu tư trang thiết bị', 'Sở Khoa học và Công nghệ', null, 'Đến 2030'],
        [null, null, 'Sở Xây dựng', null, 'Đến 2030'],
        [null, null, 'Sở Y tế', null, 'Đến 2030'],
        T(2),
      ],
      [
        { top: 5, left: 1, bottom: 7, right: 1 },
        { top: 5, left: 2, bottom: 7, right: 2 },
      ],
    );
    expect(readTables(g)[0].rows.map((r) => r.kind)).toEqual(['group', 'task', 'span', 'span', 'task']);
    expect(codes(g)).toEqual([]);
  });

  it('a lead unit merged from the group row down over its tasks is shared, not a group assignment', () => {
    const g = grid(
      [HEADER, ['I', 'Nhóm', 'Sở Khoa học và Công nghệ', null, null], [1, 'Việc một', null, null, 'Quý II/2026'], [2, 'Việc hai', null, null, 'Quý III/2026']],
      [{ top: 4, left: 3, bottom: 6, right: 3 }],
    );
    expect(codes(g)).toEqual([]);
  });

  it('one bad group number does not cascade into its tasks', () => {
    expect(codes(grid([HEADER, G('I'), T(1), T(2), G('1I'), T(1), T(2), G('III'), T(1)]))).toEqual(['A7 stt.malformed']);
  });

  it('numberless group titles: each is missing its number, its tasks are fine', () => {
    expect(codes(grid([HEADER, G(null), T(1), T(2), G(null), T(1), T(2)]))).toEqual(['A4 stt.missing', 'A7 stt.missing']);
  });

  it('points lettered in Latin order: one finding where they part, one per foreign letter', () => {
    const letters = 'abcdefg'.split('').map((l) => T(`${l})`));
    expect(codes(grid([HEADER, T(1), ...letters]))).toEqual(['A9 stt.alphabet', 'A10 stt.alphabet']);
  });

  it('a page-break tail starting with a proper noun, after an open sentence', () => {
    const g = grid([
      HEADER,
      [1, 'Phối hợp với Ủy ban Tiêu chuẩn', 'Sở Y tế', null, 'Hàng năm'],
      [null, 'Đo lường Chất lượng quốc gia', null, null, null],
      T(2),
    ]);
    expect(codes(g)).toEqual(['A5 row.continuation']);
  });

  it('a lower-case row with its own lead unit and time is a task without its number', () => {
    const g = grid([HEADER, T(1), [null, 'tổ chức hội nghị', 'Sở Y tế', null, 'Quý III/2026'], T(3)]);
    expect(codes(g)).toContain('A5 stt.missing');
  });

  it('a placeholder in angle brackets is text, not HTML', () => {
    expect(codes(grid([HEADER, [1, 'Báo cáo gửi <Tên đơn vị>', 'Sở Y tế', null, 'Quý II/2026']]))).toEqual([]);
  });
});

it('a group titled "Nhiệm vụ chung" right under the header is a group, not part of the header', () => {
  const g = grid([HEADER, ['I', 'Nhiệm vụ chung', null, null, null], T(1), T(2), ['II', 'Công tác chỉ đạo', null, null, null], T(1)]);
  expect(readTables(g)[0].rows.map((r) => r.kind)).toEqual(['group', 'task', 'task', 'group', 'task']);
  expect(codes(g)).toEqual([]);
});
