/**
 * Returns written the way offices write them, merged into a master that has both a planned-output and a
 * reported-result column. Every expected value below is read off the fixture's rows by hand.
 */
import { consolidate } from '../../../core/consolidate/merge';
import { cellAt } from '../../../core/model/grid';
import {
  OFFICE_MASTER,
  OFFICE_QLCN,
  OFFICE_QLKH_FIRST,
  OFFICE_QLKH_FIXED,
  OFFICE_RETURNS,
  OFFICE_VP,
  PQ,
  QLCN,
  QLKH,
  VP,
  applied,
} from '../../helpers/consolidationFixture';

const OPTIONS = { reportDate: new Date(Date.UTC(2026, 6, 15)) };
const r = consolidate(OFFICE_MASTER, OFFICE_RETURNS, OPTIONS)!;
const after = applied(OFFICE_MASTER, r.writes);
const at = (row: number, column: number) => cellAt(after, row, column);

describe('returns as offices write them', () => {
  it('adds a status column only; the master’s own result column takes the results', () => {
    expect([r.statusColumn, r.resultColumn]).toEqual([8, 7]);
    expect(r.addedColumns).toEqual([{ column: 8, role: 'status', row: 3, width: 18 }]);
    expect(at(3, 8)).toBe('Tình trạng');
  });

  it('never changes a master cell outside the progress columns', () => {
    for (let row = 1; row <= OFFICE_MASTER.rows.length; row++) {
      for (let column = 1; column <= 7; column++) {
        if (column === r.resultColumn) continue;
        expect([row, column, at(row, column)]).toEqual([row, column, cellAt(OFFICE_MASTER, row, column)]);
      }
    }
    for (const w of r.writes) expect([r.statusColumn, r.resultColumn]).toContain(w.column);
  });

  it('puts every reported result in the result column under its unit’s name, on that unit’s tasks', () => {
    expect(at(5, 7)).toBe(`${VP}: Đã nâng cấp 48 điểm mạng`);
    expect(at(6, 7)).toBe(`${QLKH}: Đã thu thập 60% dữ liệu\n${VP}: Đã cung cấp số liệu`);
    expect(at(8, 7)).toBe(`${QLCN}: Đã tổ chức 2 lớp`);
    expect(at(9, 7)).toBe(`${QLCN}: Hoàn thành 80% – Đã xây dựng dự thảo\n${QLKH}: Đã góp ý tài liệu`);
    expect(at(10, 7)).toBeNull();
  });

  it('writes canonical status words, reading NFD words with trailing spaces and a percentage', () => {
    expect([at(5, 8), at(6, 8), at(8, 8), at(9, 8), at(10, 8)]).toEqual(['Hoàn thành', 'Đang thực hiện', 'Hoàn thành', 'Đang thực hiện', null]);
    expect([at(4, 8), at(7, 8)]).toEqual(['1/2 hoàn thành', '1/3 hoàn thành']);
  });

  it('knows each sender and uses the corrected copy, naming it and the one ignored', () => {
    expect(r.senders.map((s) => [s.file, s.unit, s.how])).toEqual([
      [OFFICE_QLCN.file, QLCN, 'title'],
      [OFFICE_QLKH_FIXED.file, QLKH, 'file-name'],
      [OFFICE_VP.file, VP, 'file-name'],
    ]);
    expect(r.ignored.map((s) => s.file)).toEqual([OFFICE_QLKH_FIRST.file]);
    const dup = r.findings.filter((f) => f.code === 'consolidate.duplicate_report');
    expect(dup).toHaveLength(1);
    expect(dup[0].message).toContain(`dùng “${OFFICE_QLKH_FIXED.file}”`);
    expect(dup[0].message).toContain(`bỏ qua “${OFFICE_QLKH_FIRST.file}”`);
  });

  it('reports a copy on somebody else’s task and a typo fixed by its marks, merging neither', () => {
    const got = r.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}${f.unit ? ` ${f.unit}` : ''}`);
    expect(got.sort()).toEqual(
      [
        `consolidate.duplicate_report Phụ lục!A3 ${QLKH}`,
        `consolidate.not_assigned BC!H6 ${QLKH}`,
        `consolidate.content_changed Phụ lục!B8 ${QLCN}`,
        `consolidate.unit_missing Phụ lục!H3 ${PQ}`,
        `status.overdue Phụ lục!H10`,
      ].sort(),
    );
    const marks = r.findings.find((f) => f.code === 'consolidate.content_changed')!;
    expect([marks.before, marks.after]).toEqual(['Tổ chức lớp tâp huấn về sở hữu trí tuệ', 'Tổ chức lớp tập huấn về sở hữu trí tuệ']);
    expect(marks.message).toContain('chỉ khác dấu');
  });

  it('counts each task once by status, and lateness apart', () => {
    expect(r.summary.byStatus).toEqual({ done: 2, in_progress: 2, not_started: 0, overdue: 0, cancelled: 0, not_reported: 1 });
    expect(r.summary.overdue).toBe(1);
    expect(r.tasks.filter((t) => t.overdue).map((t) => t.number)).toEqual(['II.3']);
  });

  it('without the correction mark, the copy given last wins', () => {
    const plainA = { ...OFFICE_QLKH_FIRST, file: 'qlkh-a.xlsx', unit: QLKH };
    const plainB = { ...OFFICE_QLKH_FIXED, file: 'qlkh-b.xlsx', unit: QLKH };
    const ab = consolidate(OFFICE_MASTER, [plainA, plainB], OPTIONS)!;
    const ba = consolidate(OFFICE_MASTER, [plainB, plainA], OPTIONS)!;
    expect(ab.tasks.find((t) => t.row === 6)!.status).toBe('in_progress');
    expect(ba.tasks.find((t) => t.row === 6)!.status).toBe('not_started');
    expect(ba.findings.find((f) => f.code === 'consolidate.duplicate_report')!.message).toContain('dùng “qlkh-a.xlsx”, bỏ qua “qlkh-b.xlsx”');
  });

  it('a second merge of the merged master changes nothing', () => {
    const again = consolidate(after, OFFICE_RETURNS, OPTIONS)!;
    expect(again.writes.filter((w) => cellAt(after, w.row, w.column) !== w.value)).toEqual([]);
  });
});
