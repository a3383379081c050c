/** Status words as units write them, and a workbook's own words from its settings sheet. */
import { consolidate } from '../../../core/consolidate/merge';
import { parseStatus } from '../../../core/consolidate/status';
import { readStatusWords, statusWordsOf } from '../../../core/consolidate/statusWords';
import { consolidationOptions } from '../../../core/consolidate/options';
import type { Grid } from '../../../core/model/grid';

describe('parseStatus reads the word, not its spelling', () => {
  it.each([
    ['Hoàn thành', 'done'],
    ['Đã hoàn thành', 'done'],
    ['Đã hoàn thành quá hạn', 'done'],
    ['  Hoàn thành   ', 'done'],
    ['Đã hoàn thành'.normalize('NFD'), 'done'],
    ['ĐÃ HOÀN THÀNH', 'done'],
    ['Thực hiện xong', 'done'],
    ['Đã thực hiện xong', 'done'],
    ['Hoàn thành 80%', 'in_progress'],
    ['Hoàn thành 80 %'.normalize('NFD'), 'in_progress'],
    ['Hoàn thành 100%', 'done'],
    ['Đang hoàn thành', 'in_progress'],
    ['Chưa hoàn thành', 'in_progress'],
    ['Đang thực hiện', 'in_progress'],
    ['Chưa thực hiện', 'not_started'],
    ['Đã quá hạn', 'overdue'],
    ['Quá hạn ', 'overdue'],
    ['Không thực hiện', 'cancelled'],
  ])('%p → %s', (text, status) => {
    expect(parseStatus(text).status).toBe(status);
  });

  it.each(['Đã trình UBND tỉnh', 'Đã trình', 'Tốt', 'Đã báo cáo'])('%p is not guessed', (text) => {
    expect(parseStatus(text).status).toBeUndefined();
  });
});

const SETTINGS: Grid = {
  name: 'Cài đặt Phụ lục',
  rows: [
    ['Thiết đặt', 'Giá trị', 'Ghi chú'],
    ['Năm kế hoạch', '2026', ''],
    [],
    ['Từ chỉ tình trạng'],
    ['Từ', 'Tình trạng'],
    ['Đã trình UBND tỉnh', 'Đang thực hiện'],
    ['Xong', 'Hoàn thành'],
    ['Tạm hoãn', 'Không thực hiện'],
    ['Chờ ý kiến', 'Sắp xong'],
  ],
  merges: [],
};

describe('the workbook’s own status words', () => {
  it('reads word → status under “Từ chỉ tình trạng”, naming a row it cannot read', () => {
    const { words, problems } = readStatusWords(SETTINGS);
    expect([...words]).toEqual([
      ['da trinh ubnd tinh', 'in_progress'],
      ['xong', 'done'],
      ['tam hoan', 'cancelled'],
    ]);
    expect(problems).toEqual([{ row: 9, text: 'Chờ ý kiến | Sắp xong' }]);
  });

  it('are used by a summary, so “Đã trình UBND tỉnh” counts where the workbook says', () => {
    const master: Grid = {
      name: 'Phụ lục',
      rows: [
        ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian', 'Tình trạng'],
        [1, 'Xây dựng đề án A', 'Sở Y tế', 'Năm 2026', 'Đã trình UBND tỉnh'],
        [2, 'Xây dựng đề án B', 'Sở Y tế', 'Năm 2026', 'Tạm hoãn '.normalize('NFD')],
        [3, 'Xây dựng đề án C', 'Sở Y tế', 'Năm 2026', 'Đã trình Bộ'],
      ],
      merges: [],
    };
    const grids = [master, SETTINGS];
    expect(statusWordsOf(grids).size).toBe(3);
    const r = consolidate(
      master,
      [],
      consolidationOptions(grids, { rollUpOnly: true, reportDate: new Date(Date.UTC(2026, 6, 1)) }, new Date(Date.UTC(2030, 0, 1))),
    )!;
    expect(r.reportDate).toEqual(new Date(Date.UTC(2026, 6, 1)));
    expect(r.tasks.map((t) => t.status)).toEqual(['in_progress', 'cancelled', 'not_reported']);
    expect(r.findings.filter((f) => f.code === 'status.unknown').map((f) => f.cell)).toEqual(['E4']);
    const without = consolidate(master, [], { rollUpOnly: true, reportDate: new Date(Date.UTC(2026, 6, 1)) })!;
    expect(without.tasks.map((t) => t.status)).toEqual(['not_reported', 'not_reported', 'not_reported']);
  });

  it('today comes from the caller when no report date is set', () => {
    const master: Grid = {
      name: 'P',
      rows: [
        ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian', 'Tình trạng'],
        [1, 'Việc A', 'Sở Y tế', 'Quý I/2026', 'Đang thực hiện'],
      ],
      merges: [],
    };
    const early = consolidate(master, [], consolidationOptions([master], { rollUpOnly: true }, new Date(2026, 2, 1, 12)))!;
    const late = consolidate(master, [], consolidationOptions([master], { rollUpOnly: true }, new Date(2026, 5, 1, 12)))!;
    expect([early.reportDate, early.summary.overdue]).toEqual([new Date(Date.UTC(2026, 2, 1)), 0]);
    expect([late.reportDate, late.summary.overdue]).toEqual([new Date(Date.UTC(2026, 5, 1)), 1]);
  });
});
