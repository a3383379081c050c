import { HEADER_SEARCH_ROWS, roleOfLabel } from '../../../core/read/header';
import { readTables } from '../../../core/read/table';
import { appendix, HEADER } from '../../helpers/ruleTester';

describe('roleOfLabel', () => {
  it.each([
    ['TT', 'stt'],
    ['STT', 'stt'],
    ['Số TT', 'stt'],
    ['Nội dung nhiệm vụ', 'content'],
    ['NỘI DUNG THỰC HIỆN', 'content'],
    ['Tên nhiệm vụ', 'content'],
    ['Tên văn bản', 'content'],
    ['Nhiệm vụ', 'content'],
    ['Cơ quan chủ trì', 'chuTri'],
    ['Đơn vị\nchủ trì', 'chuTri'],
    ['Cơ quan thực hiện', 'chuTri'],
    ['Cơ quan phối hợp', 'phoiHop'],
    ['Đơn vị phối hợp thực hiện', 'phoiHop'],
    ['Thời gian', 'time'],
    ['Thời gian thực hiện', 'time'],
    ['Thời gian hoàn thành', 'time'],
    ['Tiến độ', 'time'],
    ['Kết quả', 'output'],
    ['Sản phẩm/ dự kiến kết quả', 'output'],
    ['Sản phẩm/Kết quả', 'output'],
    ['KẾT QUẢ YÊU CẦU', 'output'],
    ['Kết quả dự kiến', 'output'],
    ['Sản phẩm đầu ra', 'output'],
    ['Kết quả thực hiện', 'result'],
    ['Kết quả đạt được', 'result'],
    ['KẾT QUẢ HIỆN NAY', 'result'],
    ['Sản phẩm   dự kiến', 'output'],
    ['THỜI GIAN HOÀN THÀNH', 'time'],
    ['Tình trạng', 'status'],
    ['Tiến độ thực hiện', 'status'],
    ['Tình hình thực hiện', 'status'],
    ['Đơn vị phụ trách', 'chuTri'],
    ['Cơ quan phụ trách', 'chuTri'],
    ['Bộ phụ trách tiếp nhận, xử lý', 'chuTri'],
    ['Cơ quan chỉ đạo', 'chiDao'],
    ['Ghi chú', 'note'],
    ['Thẩm quyền ban hành', 'authority'],
    ['thoi gian thuc hien', 'time'],
    ['Thời gian'.normalize('NFD'), 'time'],
  ])('%p → %s', (label, role) => {
    expect(roleOfLabel(label)).toBe(role);
  });

  it('leaves prose alone', () => {
    expect(roleOfLabel('Sở Khoa học và Công nghệ')).toBeUndefined();
    // A person in charge, not a unit: unit checks on people's names would be false warnings.
    expect(roleOfLabel('Lãnh đạo phụ trách')).toBeUndefined();
    expect(roleOfLabel('Người phụ trách')).toBeUndefined();
    expect(roleOfLabel('Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng')).toBeUndefined();
  });
});

describe('readTables', () => {
  it('finds the header below title lines and reads row kinds', () => {
    const grid = appendix([
      ['I', 'Nhóm', null, null, null],
      [1, 'Nhiệm vụ', 'Sở KH&CN', null, 'Quý I/2026'],
      [null, 'phần bị ngắt trang', null, null, null],
      ['a)', 'Điểm', 'Sở KH&CN', null, '2026'],
      [],
      HEADER,
      [null, 'Nhiệm vụ không số', 'Sở KH&CN', null, '2026'],
      ['--', null, null, null, null],
    ]);
    const [t] = readTables(grid);
    expect(t.header.row).toBe(3);
    expect(t.rows.map((r) => r.kind)).toEqual(['group', 'task', 'continuation', 'subtask', 'blank', 'repeatedHeader', 'unnumbered', 'malformed']);
    expect(t.rows[1].parent).toBe(0);
    expect(t.rows[3].parent).toBe(1);
    expect(t.rows[2].continues).toBe(5);
  });

  it('reads two tables on one sheet, not counting the second one’s title as a row (003)', () => {
    const grid = appendix([
      ['I', 'Nhóm', null, null, null],
      [1, 'Nhiệm vụ', 'Sở KH&CN', null, '2026'],
      ['II. CÁC VĂN BẢN CẦN ĐƯỢC RÀ SOÁT'],
      ['STT', 'Tên văn bản', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thẩm quyền ban hành', 'Sản phẩm dự kiến', 'Thời gian'],
      ['1.', 'Kế hoạch số 1', 'Sở KH&CN', null, 'UBND tỉnh', 'Kế hoạch'],
    ]);
    const tables = readTables(grid);
    expect(tables.map((t) => [t.header.row, t.firstRow, t.lastRow])).toEqual([
      [3, 4, 5],
      [7, 8, 8],
    ]);
    expect(tables[1].header.columns).toMatchObject({ stt: 1, content: 2, chuTri: 3, phoiHop: 4, authority: 5, output: 6, time: 7 });
  });

  it('finds no table when the header is below the rows it looks in', () => {
    const rows = Array.from({ length: HEADER_SEARCH_ROWS }, () => ['Văn bản']);
    expect(readTables({ name: 'S', rows: [...rows, HEADER, [1, 'Nhiệm vụ', 'Sở', null, '2026']], merges: [] })).toEqual([]);
  });

  it('reads a lead unit merged down over several tasks', () => {
    const grid = appendix(
      [
        [1, 'Nhiệm vụ một', 'Sở KH&CN', null, '2026'],
        [2, 'Nhiệm vụ hai', null, null, '2026'],
      ],
      HEADER,
      [{ top: 4, left: 3, bottom: 5, right: 3 }],
    );
    const [t] = readTables(grid);
    expect(t.rows[1].cells.chuTri).toBe('Sở KH&CN');
  });
});
