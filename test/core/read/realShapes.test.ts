/** Shapes of real tables (issue 15): a second numbering column, sub-labels under merged headers, lines under a merged TT cell. */
import type { CellValue, Grid } from '../../../core/model/grid';
import { readTables } from '../../../core/read/table';
import { validateGrid } from '../../../core/engine/validate';

const grid = (rows: CellValue[][], merges: Grid['merges'] = []): Grid => ({ name: 'Phụ lục', rows: [['KẾ HOẠCH NĂM 2026'], [], ...rows], merges });
const codes = (g: Grid) => validateGrid(g).findings.map((f) => `${f.cell} ${f.code}`);
const LEAD = 'Sở Khoa học và Công nghệ';

describe('a second numbering column ("Chi tiết" beside "TT")', () => {
  const HEADER = ['TT', 'Chi tiết', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'];
  const rows: CellValue[][] = [
    HEADER,
    ['I', null, 'NHÓM NHIỆM VỤ', null, null, null],
    [null, 1, 'Nhiệm vụ một', LEAD, null, 'Quý II/2026'],
    [null, 2, 'Nhiệm vụ hai', LEAD, null, 'Quý III/2026'],
    ['II', null, 'NHÓM HAI', null, null, null],
    [null, 1, 'Nhiệm vụ ba', LEAD, null, 'Quý IV/2026'],
  ];

  it('reads the rows numbered there as tasks, and gives no stt.missing', () => {
    const [t] = readTables(grid(rows));
    expect(t.header.secondStt).toBe(2);
    expect(t.rows.map((r) => `${r.kind}:${r.sttText}`)).toEqual(['group:I', 'task:1', 'task:2', 'group:II', 'task:1']);
    expect(t.rows[1].parent).toBe(0);
    expect(codes(grid(rows))).toEqual([]);
  });

  it('still reports a real gap, in the column the number is in', () => {
    const gap = rows.map((r, i) => (i === 3 ? [null, 3, ...r.slice(2)] : r));
    expect(codes(grid(gap)).filter((c) => c.includes('stt.'))).toEqual(['B6 stt.gap']);
  });

  it('a row with no number in either column is still missing one', () => {
    const missing = [...rows, [null, null, 'Nhiệm vụ không số', LEAD, null, 'Quý IV/2026']];
    expect(codes(grid(missing))).toEqual(['A9 stt.missing']);
  });

  it('a column of text beside TT is not a numbering column', () => {
    const [t] = readTables(
      grid([
        ['TT', 'Lĩnh vực', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'],
        [1, 'Y tế', 'Việc', LEAD, 'Quý II/2026'],
        [2, 'Giáo dục', 'Việc', LEAD, 'Quý II/2026'],
      ]),
    );
    expect(t.header.secondStt).toBeUndefined();
  });
});

describe('a second header row under merged headers', () => {
  it('sub-labels under "Kinh phí" are header, not a row missing its number', () => {
    const g = grid(
      [
        ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian', 'Kinh phí (triệu đồng)', null, null],
        [null, null, null, null, null, 'Tổng số', 'Ngân sách tỉnh', 'Nguồn khác'],
        ['I', 'NHÓM', null, null, null, null, null, null],
        [1, 'Việc', LEAD, null, 'Quý II/2026', 100, 80, 20],
      ],
      [{ top: 3, left: 6, bottom: 3, right: 8 }],
    );
    const [t] = readTables(g);
    expect([t.header.row, t.header.lastRow, t.firstRow]).toEqual([3, 4, 5]);
    expect(codes(g)).toEqual([]);
  });

  it('then a row of column numbers under both', () => {
    const g = grid(
      [
        ['TT', 'Nội dung nhiệm vụ', 'Cơ quan thực hiện', null, 'Thời gian'],
        [null, null, 'Chủ trì', 'Phối hợp', null],
        ['(1)', '(2)', '(3)', '(4)', '(5)'],
        [1, 'Việc', LEAD, null, 'Quý II/2026'],
      ],
      [{ top: 3, left: 3, bottom: 3, right: 4 }],
    );
    const [t] = readTables(g);
    expect(t.header.lastRow).toBe(5);
    expect(t.header.columns).toMatchObject({ chuTri: 3, phoiHop: 4 });
    expect(codes(g)).toEqual([]);
  });

  it('without merges, a short row under the header is still data', () => {
    const g = grid([
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
      [null, 'Việc không số', LEAD, null, 'Quý II/2026'],
    ]);
    expect(codes(g)).toEqual(['A4 stt.missing']);
  });
});

describe('lines under a vertically merged TT cell', () => {
  // Task 1 has three lines (three leads, three deadlines); its TT and content cells are merged over them.
  const body = (t2: string, t3: string): CellValue[][] => [
    ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
    [1, 'Nhiệm vụ nhiều đơn vị', LEAD, null, 'Quý II/2026'],
    [null, null, 'Sở Tài chính', null, t2],
    [null, null, 'Sở Y tế', null, t3],
  ];
  const merges = [
    { top: 4, left: 1, bottom: 6, right: 1 },
    { top: 4, left: 2, bottom: 6, right: 2 },
  ];

  it('are lines of the task, checked like any other row', () => {
    const g = grid(body('Quý V/2026', 'Quý III/2026'), merges);
    const [t] = readTables(g);
    expect(t.rows.map((r) => r.kind)).toEqual(['task', 'span', 'span']);
    expect(t.rows[1].cells).toEqual({ chuTri: 'Sở Tài chính', time: 'Quý V/2026' });
    expect(codes(g)).toEqual(['E5 time.invalid']);
  });

  it('a merged unit on one of its lines is reported there', () => {
    const g = grid(body('Quý III/2026', 'Quý III/2026'), merges);
    g.rows[4][2] = 'Sở Kế hoạch và Đầu tư';
    expect(codes(g)).toEqual(['C5 unit.defunct']);
  });

  it('a time merged down from the first line is read once, on the first line', () => {
    const g = grid(body('', ''), [...merges, { top: 4, left: 5, bottom: 6, right: 5 }]);
    g.rows[3][4] = 'Quý V/2026';
    expect(codes(g)).toEqual(['E4 time.invalid']);
  });
});

describe('a group title with no number under the header (TB 624 PL II)', () => {
  it('is not taken for a sub-header row', () => {
    const [t] = readTables(
      grid([
        ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả thực hiện', 'Tiến độ'],
        [null, 'Nhiệm vụ giao Bộ trưởng Bộ Khoa học và Công nghệ chỉ đạo', null, null, null, null],
        [1, 'Xây dựng Đề án', 'Bộ Khoa học và Công nghệ', '31/12/2025', 'Đã trình', 'Đã hoàn thành'],
      ]),
    );
    expect(t.header.lastRow).toBe(3);
    expect(t.header.columns).toMatchObject({ stt: 1, content: 2, chuTri: 3, time: 4, result: 5, status: 6 });
    expect(t.rows[0].groupLike).toBe(true);
  });
});

describe('numberless group titles in a table numbered straight through (TB 624 PL II)', () => {
  it('a title opening like one ("Nhiệm vụ giao …") is not the tail of the task above', () => {
    const [t] = readTables(
      grid([
        ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả thực hiện', 'Tiến độ'],
        [null, 'Nhiệm vụ giao Bộ trưởng Bộ Công an chỉ đạo', null, null, null, null],
        [1, 'Xây dựng Trung tâm giám sát an ninh mạng quốc gia', 'Bộ Công an', '31/12/2026', 'Đang triển khai', 'Đang thực hiện'],
        [null, 'Nhiệm vụ giao Bộ trưởng Bộ Nội vụ chỉ đạo', null, null, null, null],
        [2, 'Giám định mẫu ADN hài cốt liệt sỹ', 'Bộ Nội vụ', '31/10/2025', '', 'Chưa hoàn thành'],
      ]),
    );
    expect(t.rows.map((r) => r.kind)).toEqual(['unnumbered', 'task', 'unnumbered', 'task']);
    // A capitalised tail that is not a title still continues the line above.
    const [u] = readTables(
      grid([
        ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
        [1, 'Phối hợp với Trung tâm', 'Bộ Công an', '31/12/2026'],
        [null, 'Đo lường Chất lượng quốc gia', null, null],
      ]),
    );
    expect(u.rows.map((r) => r.kind)).toEqual(['task', 'continuation']);
  });
});
