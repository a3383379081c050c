/** Consolidation on a master and returns that cover every case, with merged values checked by hand. */
import fc from 'fast-check';
import { ReturnInput, consolidate } from '../../../core/consolidate/merge';
import { parseStatus } from '../../../core/consolidate/status';
import type { Grid } from '../../../core/model/grid';

import { FROM_CENTRE, FROM_OFFICE, FROM_TDC, HEADER, MASTER, PQ, RH, TT } from '../../helpers/consolidationFixture';

const OPTIONS = { reportDate: new Date(Date.UTC(2026, 6, 15)) };

describe('consolidate', () => {
  const r = consolidate(MASTER, [FROM_TDC, FROM_CENTRE, FROM_OFFICE], OPTIONS)!;

  it('knows who sent each return, and how', () => {
    expect(r.senders).toEqual([
      { file: 'Phong-TDC.xlsx', unit: PQ, how: 'file-name' },
      { file: 'bao-cao.xlsx', unit: TT, how: 'title' },
      { file: 'x.xlsx', unit: 'Văn phòng Sở', how: 'given' },
    ]);
  });

  it('adds the progress columns and writes the merged values', () => {
    const at = (row: number, column: number) => r.writes.filter((w) => w.row === row && w.column === column).map((w) => w.value);
    expect([r.statusColumn, r.resultColumn]).toEqual([6, 7]);
    expect(at(3, 6)).toEqual(['Tình trạng']);
    expect(at(3, 7)).toEqual(['Kết quả thực hiện']);
    // Status cells get the canonical word; what the unit wrote goes to the result, under its name.
    expect(at(5, 6)).toEqual(['Hoàn thành']);
    expect(at(5, 7)).toEqual([`${PQ}: Đã tổ chức 2 lớp, 120 học viên`]);
    expect(at(6, 6)).toEqual(['Đang thực hiện']);
    expect(at(6, 7)).toEqual([`${PQ}: Đang thực hiện (đạt 70%)\n${TT}: Hoàn thành – Đã hỗ trợ 5 doanh nghiệp`]);
    expect(at(8, 6)).toEqual(['Chưa thực hiện']);
    expect(at(8, 7)).toEqual([`${TT}: chưa triển khai`]);
    // A word nobody can read is never written as a status; the unit's words stay in the result.
    expect(at(10, 6)).toEqual([]);
    expect(at(10, 7)).toEqual(['Văn phòng Sở: Tốt']);
    expect(at(4, 6)).toEqual(['1/2 hoàn thành']);
    expect(at(7, 6)).toEqual(['0/3 hoàn thành']);
    expect(at(9, 6)).toEqual([]);
  });

  it('derives each task’s status from its lead unit, and overdue from its deadline', () => {
    expect(r.tasks.map((t) => [t.row, t.status, t.overdue])).toEqual([
      [5, 'done', false],
      [6, 'in_progress', false],
      [8, 'not_started', true],
      [9, 'not_reported', false],
      [10, 'not_reported', false],
    ]);
    expect(r.tasks[1].reports).toEqual([
      { unit: PQ, status: 'in_progress', text: '', file: 'Phong-TDC.xlsx' },
      { unit: TT, status: 'done', text: 'Đã hỗ trợ 5 doanh nghiệp', file: 'bao-cao.xlsx' },
    ]);
  });

  it('reports every case as a finding', () => {
    const got = r.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}${f.unit ? ` ${f.unit}` : ''}${f.file ? ` ${f.file}` : ''}`);
    expect(got.sort()).toEqual(
      [
        `consolidate.row_unmatched Phụ lục!B4 Phong-TDC.xlsx`,
        `consolidate.content_changed Phụ lục!B8 ${TT} bao-cao.xlsx`,
        `consolidate.status_conflict Phụ lục!F6 ${TT} bao-cao.xlsx`,
        `consolidate.unit_missing Phụ lục!F3 Phòng Quản lý Khoa học`,
        `status.unknown S!F2 Văn phòng Sở x.xlsx`,
        `status.overdue Phụ lục!F8`,
      ].sort(),
    );
    const changed = r.findings.find((f) => f.code === 'consolidate.content_changed')!;
    expect(changed.before).toContain('đo lường đối với xăng dầu');
    expect(changed.after).toContain('đo lường với xăng dầu');
  });

  it('sums up by status, lead unit and group', () => {
    expect(r.summary.byStatus).toEqual({ done: 1, in_progress: 1, not_started: 1, overdue: 0, cancelled: 0, not_reported: 2 });
    expect(r.summary.byUnit[PQ]).toEqual({ done: 1, in_progress: 1 });
    expect(r.summary.overdue).toBe(1);
    expect(r.summarySheet.some((row) => row[0] === 'Phòng Quản lý Khoa học')).toBe(true);
  });

  it('two returns from one unit are reported', () => {
    const twice = consolidate(MASTER, [FROM_TDC, { ...FROM_TDC, file: 'Phong-TDC (2).xlsx' }], OPTIONS)!;
    expect(twice.findings.filter((f) => f.code === 'consolidate.duplicate_report').map((f) => f.unit)).toEqual([PQ]);
  });
});

describe('consolidate properties', () => {
  const all = [FROM_TDC, FROM_CENTRE, FROM_OFFICE];
  const key = (x: ReturnType<typeof consolidate>) => JSON.stringify([x!.writes.slice().sort((a, b) => a.row - b.row || a.column - b.column), x!.tasks]);

  it('does not depend on the order of the returns', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: 1 }), (subset) => {
        const a = consolidate(MASTER, subset, OPTIONS);
        const b = consolidate(MASTER, [...subset].reverse(), OPTIONS);
        expect(key(b)).toBe(key(a));
      }),
    );
  });

  it('merging a return twice equals merging it once', () => {
    fc.assert(
      fc.property(fc.subarray(all, { minLength: 1 }), (subset) => {
        expect(key(consolidate(MASTER, [...subset, ...subset], OPTIONS))).toBe(key(consolidate(MASTER, subset, OPTIONS)));
      }),
    );
  });

  it('writes no master cell outside the progress columns', () => {
    fc.assert(
      fc.property(fc.subarray(all), (subset) => {
        const r = consolidate(MASTER, subset, OPTIONS)!;
        for (const w of r.writes) expect([r.statusColumn, r.resultColumn]).toContain(w.column);
      }),
    );
  });
});

describe('parseStatus', () => {
  it.each([
    ['Hoàn thành', 'done'],
    ['Đã hoàn thành', 'done'],
    ['HT', 'done'],
    ['hoàn thành'.normalize('NFD'), 'done'],
    ['Hoàn thàn', 'done'],
    ['Đang thực hiện', 'in_progress'],
    ['Đang triển khai', 'in_progress'],
    ['Đang xây dựng', 'in_progress'],
    ['Tiếp tục thực hiện', 'in_progress'],
    ['Đang thực hiện (đạt 70%)', 'in_progress'],
    ['Chưa hoàn thành', 'in_progress'],
    ['Chưa thực hiện', 'not_started'],
    ['Chưa triển khai', 'not_started'],
    ['Chưa bắt đầu', 'not_started'],
    ['Quá hạn', 'overdue'],
    ['Trễ hạn', 'overdue'],
    ['Không thực hiện', 'cancelled'],
    ['Dừng thực hiện', 'cancelled'],
    ['100%', 'done'],
    ['70%', 'in_progress'],
  ])('%p → %s', (text, status) => {
    expect(parseStatus(text).status).toBe(status);
  });

  it.each(['Tốt', 'Đã báo cáo UBND tỉnh', 'abc'])('%p is not guessed', (text) => {
    expect(parseStatus(text).status).toBeUndefined();
  });

  it('keeps the percentage', () => {
    expect(parseStatus('Đang thực hiện (đạt 70%)').percent).toBe(70);
  });
});

describe('consolidation, second look', () => {
  it('finds the unit inside a longer file name', () => {
    const r = consolidate(MASTER, [{ ...FROM_OFFICE, unit: undefined, file: 'BC Văn phòng Sở tháng 7.xlsx' }], OPTIONS)!;
    expect(r.senders[0]).toMatchObject({ unit: 'Văn phòng Sở', how: 'file-name' });
  });

  it('two tasks with the same text: the one with the same number is taken', () => {
    const rows = MASTER.rows.map((x) => [...x]);
    rows[4][1] = rows[9][1] = 'Báo cáo kết quả thực hiện';
    const master = { ...MASTER, rows };
    const ret: ReturnInput = {
      file: 'Van-phong-So.xlsx',
      unit: 'Văn phòng Sở',
      grid: { name: 'S', rows: [RH, [3, 'Báo cáo kết quả thực hiện', 'Văn phòng Sở', null, 'Quý III/2026', 'Hoàn thành', null]], merges: [] },
    };
    // Row 10 is II.3; row 5 (I.1) has the same text but another number.
    const withGroups: ReturnInput = { ...ret, grid: { ...ret.grid, rows: [RH, ['II', 'Kiểm tra, khảo sát', null, null, null, null, null], ret.grid.rows[1]] } };
    const r = consolidate(master, [withGroups], OPTIONS)!;
    expect(r.tasks.find((t) => t.row === 10)!.status).toBe('done');
    expect(r.tasks.find((t) => t.row === 5)!.status).toBe('not_reported');
  });

  it('a cooperating report merged into an already-merged master keeps the lead’s status and result', () => {
    const first = consolidate(MASTER, [FROM_TDC], OPTIONS)!;
    const merged = { ...MASTER, rows: MASTER.rows.map((x) => [...x]) };
    for (const w of first.writes) {
      while (merged.rows[w.row - 1].length < w.column) merged.rows[w.row - 1].push(null);
      merged.rows[w.row - 1][w.column - 1] = w.value;
    }
    const second = consolidate(merged, [FROM_CENTRE], OPTIONS)!;
    const task = second.tasks.find((t) => t.row === 6)!;
    expect(task.status).toBe('in_progress');
    const g6 = second.writes.filter((w) => w.row === 6 && w.column === second.resultColumn).map((w) => w.value);
    // The lead's line from the first merge stays; the centre's is added under its name.
    expect(g6).toEqual([`${PQ}: Đang thực hiện (đạt 70%)\n${TT}: Hoàn thành – Đã hỗ trợ 5 doanh nghiệp`]);
    const again = consolidate(merged, [FROM_CENTRE, FROM_CENTRE], OPTIONS)!;
    expect(again.writes).toEqual(second.writes);
  });

  it('the same unit written another way is not a changed lead', () => {
    const ret: ReturnInput = {
      file: 'p.xlsx',
      unit: PQ,
      grid: { name: 'S', rows: [RH, [1, MASTER.rows[4][1], 'Phòng TĐC', null, 'Quý I/2026', 'Hoàn thành', null]], merges: [] },
    };
    expect(consolidate(MASTER, [ret], OPTIONS)!.findings.filter((f) => f.code === 'consolidate.content_changed')).toEqual([]);
  });

  it.each([
    ['Hoàn thành 80%', 'in_progress'],
    ['Hoàn thành một phần', 'in_progress'],
    ['Hoàn thành nhưng trễ hạn', 'done'],
  ])('%p → %s', (text, status) => {
    expect(parseStatus(text).status).toBe(status);
  });
});

it('a return with only a result column is still read, and a copied planned-product column is not', () => {
  const master: Grid = { ...MASTER, rows: MASTER.rows.map((r, i) => (i === 2 ? [...r, 'Kết quả thực hiện'] : i === 4 ? [...r, 'Báo cáo kết quả'] : r)) };
  const onlyResult: ReturnInput = {
    file: 'p.xlsx',
    unit: PQ,
    grid: {
      name: 'S',
      rows: [
        [...HEADER, 'Kết quả thực hiện'],
        [1, MASTER.rows[4][1], PQ, null, 'Quý I/2026', 'Báo cáo kết quả'],
        [2, MASTER.rows[5][1], PQ, null, 'Quý IV/2026', 'Đã hoàn thành, ban hành KH số 5'],
      ],
      merges: [],
    },
  };
  const r = consolidate(master, [onlyResult], OPTIONS)!;
  expect(r.tasks.find((t) => t.row === 5)!.status).toBe('not_reported');
  expect(r.tasks.find((t) => t.row === 6)!.status).toBe('done');
});
