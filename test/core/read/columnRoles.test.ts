/** Column roles decided by content as well as label: "Tiến độ", "Tình hình thực hiện", "Kết quả". */
import { readTables } from '../../../core/read/table';
import { roleOfCell, roleOfColumn } from '../../../core/read/columnContent';
import { rolesOfAmbiguousLabel } from '../../../core/read/header';
import type { CellValue, Grid } from '../../../core/model/grid';

const sheet = (rows: CellValue[][]): Grid => ({ name: 'S', rows: [['BÁO CÁO TIẾN ĐỘ'], [], ...rows], merges: [] });

describe('ambiguous labels', () => {
  it.each([
    ['Tiến độ', ['time', 'status']],
    ['TIẾN ĐỘ', ['time', 'status']],
    ['Tiến độ thực hiện', ['time', 'status']],
    ['Tình hình thực hiện', ['status', 'result']],
    ['Kết quả', ['output', 'result']],
  ])('%p may be %p', (label, roles) => {
    expect(rolesOfAmbiguousLabel(label)).toEqual(roles);
  });
  it.each(['Thời gian', 'Kết quả thực hiện', 'Sản phẩm', 'Tình trạng'])('%p is plain', (label) => {
    expect(rolesOfAmbiguousLabel(label)).toBeUndefined();
  });
});

describe('roleOfCell', () => {
  it.each([
    ['Quý II/2026', 'time'],
    ['Trước ngày 15/11/2026', 'time'],
    ['Năm 2026', 'time'],
    ['Đã hoàn thành', 'status'],
    ['Đã hoàn thành quá hạn', 'status'],
    ['Đang thực hiện', 'status'],
    ['Chưa hoàn thành', 'status'],
    ['Quá hạn', 'status'],
    ['Hoàn thành trước 30/6/2026', undefined],
    ['', undefined],
  ])('%p among time/status → %p', (text, role) => {
    expect(roleOfCell(text, ['time', 'status'])).toBe(role);
  });
  it.each([
    ['Nghị định của Chính phủ', 'output'],
    ['Đã ban hành Quyết định số 12/QĐ-UBND', 'result'],
    ['Đang xây dựng dự thảo', 'result'],
  ])('%p among output/result → %p', (text, role) => {
    expect(roleOfCell(text, ['output', 'result'])).toBe(role);
  });
  it.each([
    ['Hoàn thành', 'status'],
    ['Đã trình UBND tỉnh ban hành Kế hoạch số 15/KH-UBND ngày 2/3/2026', 'result'],
  ])('%p among status/result → %p', (text, role) => {
    expect(roleOfCell(text, ['status', 'result'])).toBe(role);
  });
});

describe('roleOfColumn', () => {
  it('follows the majority of the filled cells', () => {
    expect(roleOfColumn(['Đã hoàn thành', '', 'Đang thực hiện', 'Quý II/2026'], ['time', 'status'])).toBe('status');
    expect(roleOfColumn(['Quý II/2026', 'Quý III/2026', 'Đang thực hiện'], ['time', 'status'])).toBe('time');
  });
  it('does not decide on a tie, an empty column or cells that say nothing', () => {
    expect(roleOfColumn(['Quý II/2026', 'Đã hoàn thành'], ['time', 'status'])).toBeUndefined();
    expect(roleOfColumn([], ['time', 'status'])).toBeUndefined();
    expect(roleOfColumn(['x', 'y', 'Quý II/2026'], ['time', 'status'])).toBeUndefined();
  });
});

describe('readTables: roles by content', () => {
  it('a "TIẾN ĐỘ" column of status words is the status, beside a time column (national report on Resolution 57)', () => {
    const [t] = readTables(
      sheet([
        ['TT', 'NHIỆM VỤ', 'KẾT QUẢ YÊU CẦU', 'THỜI GIAN HOÀN THÀNH', 'CƠ QUAN THỰC HIỆN', 'TIẾN ĐỘ', 'KẾT QUẢ HIỆN NAY'],
        [1, 'Ban hành Nghị định', 'Nghị định', 'Quý II/2025', 'Bộ Tư pháp', 'Hoàn thành', 'Đã ban hành Nghị định số 1'],
        [2, 'Xây dựng Đề án', 'Đề án', 'Quý IV/2025', 'Bộ Tài chính', 'Đang thực hiện', 'Đang lấy ý kiến'],
        [3, 'Sửa đổi Luật', 'Luật', 'Năm 2025', 'Bộ Công an', 'Quá hạn', ''],
      ]),
    );
    expect(t.header.columns).toMatchObject({ stt: 1, content: 2, output: 3, time: 4, chuTri: 5, status: 6, result: 7 });
    expect(t.header.byContent).toEqual({ status: 6 });
    expect(t.rows[0].cells.status).toBe('Hoàn thành');
  });

  it('a "Tiến độ" column of statuses is the status when it is the only candidate (TB 624 PL II)', () => {
    const [t] = readTables(
      sheet([
        ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả thực hiện', 'Tiến độ'],
        [1, 'Nhiệm vụ A', 'Bộ Tài chính', 'Tháng 10/2025', 'Đã trình', 'Đã hoàn thành'],
        [2, 'Nhiệm vụ B', 'Bộ Tài chính', 'Tháng 11/2025', '', 'Đã hoàn thành quá hạn'],
        [3, 'Nhiệm vụ C', 'Bộ Tài chính', 'Tháng 12/2025', '', 'Chưa hoàn thành'],
      ]),
    );
    expect(t.header.columns).toMatchObject({ time: 4, result: 5, status: 6 });
  });

  it('a "Tiến độ thực hiện" column of time phrases is the time column (a Prime Minister decision)', () => {
    const [t] = readTables(
      sheet([
        ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Tiến độ thực hiện'],
        [1, 'Nhiệm vụ A', 'Bộ Xây dựng', 'Các bộ', 'Năm 2026'],
        [2, 'Nhiệm vụ B', 'Bộ Xây dựng', 'Các bộ', 'Quý IV/2026'],
      ]),
    );
    expect(t.header.columns.time).toBe(5);
    expect(t.header.columns.status).toBeUndefined();
    expect(t.rows[1].cells.time).toBe('Quý IV/2026');
  });

  it('an empty ambiguous column keeps its label’s role', () => {
    const [t] = readTables(
      sheet([
        ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian', 'Tiến độ thực hiện'],
        [1, 'Nhiệm vụ A', 'Bộ Xây dựng', 'Năm 2026', null],
      ]),
    );
    expect(t.header.columns).toMatchObject({ time: 4, status: 5 });
  });

  it('"Kết quả" of planned products is the output; of reports, the result', () => {
    const plan = readTables(
      sheet([
        ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Kết quả', 'Thời gian'],
        [1, 'A', 'Bộ Tư pháp', 'Nghị định', 'Năm 2026'],
      ]),
    )[0];
    expect(plan.header.columns.output).toBe(4);
    const report = readTables(
      sheet([
        ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Kết quả', 'Thời gian'],
        [1, 'A', 'Bộ Tư pháp', 'Đã ban hành Nghị định số 1', 'Năm 2026'],
      ]),
    )[0];
    expect(report.header.columns).toMatchObject({ result: 4 });
    expect(report.header.columns.output).toBeUndefined();
  });
});

describe('summary reads a status column headed "TIẾN ĐỘ"', () => {
  it('counts its statuses', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { consolidate } = require('../../../core/consolidate/merge') as typeof import('../../../core/consolidate/merge');
    const grid = sheet([
      ['TT', 'NHIỆM VỤ', 'KẾT QUẢ YÊU CẦU', 'THỜI GIAN HOÀN THÀNH', 'CƠ QUAN THỰC HIỆN', 'TIẾN ĐỘ', 'KẾT QUẢ HIỆN NAY'],
      [1, 'Ban hành Nghị định', 'Nghị định', 'Quý II/2025', 'Bộ Tư pháp', 'Hoàn thành', 'Đã ban hành Nghị định số 1'],
      [2, 'Xây dựng Đề án', 'Đề án', 'Quý IV/2025', 'Bộ Tài chính', 'Đang thực hiện', 'Đang lấy ý kiến'],
      [3, 'Sửa đổi Luật', 'Luật', 'Năm 2025', 'Bộ Công an', 'Quá hạn', ''],
      [4, 'Xây dựng Chiến lược', 'Chiến lược', 'Năm 2025', 'Bộ Công an', 'Hoàn thành', ''],
    ]);
    const r = consolidate(grid, [], { rollUpOnly: true, reportDate: new Date(Date.UTC(2025, 11, 1)) })!;
    expect(r.summary.byStatus).toMatchObject({ done: 2, in_progress: 1, overdue: 1 });
  });
});
