/**
 * Two header rows as two real ministry appendices lay them out (corpus 17, 18: QĐ 59/QĐ-BTNMT): upper
 * labels over a second row of sub-labels, the upper cells merged, or not merged (centred across the
 * selection, or simply left empty). The second row is header, never a task without a number.
 */
import type { CellValue, Grid } from '../../../core/model/grid';
import { readTables } from '../../../core/read/table';
import { validateGrid } from '../../../core/engine/validate';

const grid = (rows: CellValue[][], merges: Grid['merges'] = []): Grid => ({
  name: 'Phụ lục',
  rows: [['CHƯƠNG TRÌNH HÀNH ĐỘNG NĂM 2024'], ['(Kèm theo Quyết định số 59/QĐ-BTNMT ngày 08 tháng 01 năm 2024)'], [], ...rows],
  merges,
});
const codes = (g: Grid) =>
  validateGrid(g)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.cell} ${f.code}`);

// Corpus 17: "Cấp trình" over "Chính phủ | TTg CP", "Đơn vị thực hiện" over "Chủ trì | Phối hợp".
const TOP_17 = ['STT', null, 'Tên đề án', 'Cấp trình', null, 'Thời gian trình', 'Đơn vị thực hiện', null, 'Ghi chú'];
const SUB_17 = [null, 'Theo NQ 01', null, 'Chính phủ', 'TTg CP', null, 'Chủ trì', 'Phối hợp', null];
const BODY_17: CellValue[][] = [
  ['I', 'II', 'Nhóm nhiệm vụ về rà soát, hoàn thiện thể chế', null, null, null, null, null, null],
  [1, 48, 'Tổng kết việc thi hành Luật Tài nguyên, môi trường biển và hải đảo', 'x', null, 'Tháng 12/2024', 'Sở Tài chính', null, null],
  [2, 116, 'Đề án kiểm kê đất đai', null, 'x', 'Tháng 3/2024', 'Sở Tài chính', '- Sở Xây dựng - Các đơn vị khác có liên quan', null],
];

describe('a second header row without a number', () => {
  it('sub-labels under upper labels left unmerged (center across, or empty cells): header, partner column found', () => {
    const g = grid([TOP_17, SUB_17, ...BODY_17]);
    const [t] = readTables(g);
    expect([t.header.row, t.header.lastRow]).toEqual([4, 5]);
    expect(t.header.columns).toMatchObject({ stt: 1, content: 3, time: 6, chuTri: 7, phoiHop: 8 });
    expect(codes(g)).toEqual([]);
  });

  it('the same with the upper cells merged', () => {
    const merges = [
      { top: 4, left: 4, bottom: 4, right: 5 },
      { top: 4, left: 7, bottom: 4, right: 8 },
    ];
    const g = grid([TOP_17, SUB_17, ...BODY_17], merges);
    const [t] = readTables(g);
    expect(t.header.lastRow).toBe(5);
    expect(t.header.columns).toMatchObject({ chuTri: 7, phoiHop: 8 });
    expect(codes(g)).toEqual([]);
  });

  it('a partner found in the second row is checked like any other', () => {
    const g = grid([TOP_17, SUB_17, [1, 48, 'Việc', 'x', null, 'Tháng 12/2024', 'Sở Tài chính', 'Sở Tài chính', null]]);
    expect(codes(g)).toEqual(['H6 lead.also_cooperating']);
  });

  it('"Đơn vị cho ý kiến" (corpus 18) is the cooperating column', () => {
    const g = grid([
      ['STT', null, 'Tên văn bản', 'Đơn vị chủ trì soạn thảo', 'Đơn vị cho ý kiến', 'Thời gian trình', 'Ghi chú'],
      [null, 'Theo NQ 01', null, null, null, null, null],
      [1, 37, 'Luật Địa chất và Khoáng sản', 'Sở Tài chính', 'Sở Xây dựng', 'Tháng 2/2024', null],
    ]);
    const [t] = readTables(g);
    expect(t.header.columns).toMatchObject({ chuTri: 4, phoiHop: 5, time: 6 });
  });

  it('a numbered row under the header is a task, not a sub-header', () => {
    const g = grid([TOP_17, BODY_17[1], BODY_17[2]]);
    const [t] = readTables(g);
    expect(t.header.lastRow).toBe(t.header.row);
  });

  it('a group title with no number under the header is not a sub-header', () => {
    const g = grid([TOP_17, [null, null, 'Nhiệm vụ giao Bộ trưởng chỉ đạo', null, null, null, null, null, null], BODY_17[1]]);
    const [t] = readTables(g);
    expect(t.header.lastRow).toBe(t.header.row);
  });

  it('a row of units under a group with no empty upper cell is not a sub-header', () => {
    // Every upper cell labelled: nothing stands over a blank, so short unit names under labels are data.
    const top = ['STT', 'Tên đề án', 'Chủ trì', 'Phối hợp', 'Thời gian'];
    const g = grid([top, [null, null, 'Sở Tài chính', 'Sở Xây dựng', null], [1, 'Việc', 'Sở Tài chính', null, 'Tháng 3/2024']]);
    const [t] = readTables(g);
    expect(t.header.lastRow).toBe(t.header.row);
  });
});

// Corpus 18: "Cấp trình và thời gian trình" over three level columns, each the month the draft goes there.
describe('a time over several level columns', () => {
  const TOP = ['STT', 'Tên văn bản', 'Đơn vị chủ trì soạn thảo', 'Đơn vị cho ý kiến', 'Cấp trình và thời gian trình', null, null, 'Ghi chú'];
  const SUB = [null, null, null, null, 'Bộ trưởng', 'Chính phủ', 'Thủ tướng Chính phủ', null];
  const row = (n: number, minister: string | null, gov: string | null, pm: string | null) => [
    n,
    'Nghị định',
    'Sở Tài chính',
    'Sở Xây dựng',
    minister,
    gov,
    pm,
    null,
  ];

  it('each row’s time is its last filled level, read from that column', () => {
    const g = grid([TOP, SUB, row(1, 'Tháng 9/2024', 'Tháng 9/2024', null), row(2, 'Tháng 2/2024', null, 'Tháng 3/2024')]);
    const [t] = readTables(g);
    expect(t.header.lastRow).toBe(5);
    expect(t.header.timeLevels).toEqual([5, 6, 7]);
    expect(t.header.columns).toMatchObject({ chuTri: 3, phoiHop: 4, time: 5 });
    const body = t.rows.filter((r) => r.kind === 'task');
    expect(body.map((r) => [r.cells.time, r.timeColumn])).toEqual([
      ['Tháng 9/2024', 6],
      ['Tháng 3/2024', 7],
    ]);
    expect(codes(g)).toEqual([]);
  });

  it('a task with no level filled has no time, and a bad one is reported in its own cell', () => {
    const g = grid([TOP, SUB, row(1, null, null, null), row(2, 'Tháng 2/2024', null, 'Tháng 13/2024')]);
    expect(codes(g)).toEqual(['E6 time.missing', 'G7 time.invalid']);
  });

  it('“Thời gian” over a start and an end is not levels', () => {
    const g = grid([
      ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian thực hiện', null],
      [null, null, null, 'Bắt đầu', 'Hoàn thành'],
      [1, 'Việc', 'Sở Tài chính', 'Tháng 2/2024', 'Tháng 6/2024'],
    ]);
    const [t] = readTables(g);
    expect(t.header.timeLevels).toBeUndefined();
    expect(t.header.columns.time).toBe(4);
  });
});
