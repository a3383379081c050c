/**
 * `summary` on a real published progress table (TB 624/TB-VPCP, Phụ lục II) whose statuses sit under
 * "Tiến độ" beside a "Thời hạn" column. The expected counts are read from the table's own cells here,
 * with each status phrase it uses mapped by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consolidate } from '../../../core/consolidate/merge';
import type { Status } from '../../../core/consolidate/status';
import type { CellValue, Grid } from '../../../core/model/grid';

const DIR = join(__dirname, '..', '..', 'corpus', '07-tb624-vpcp-tien-do-pl2');
const table = JSON.parse(readFileSync(join(DIR, 'table.json'), 'utf8')) as { title: string[]; rows: string[][] };

/** Bold and italic marks of the transcription are not text. */
const plain = (s: string) => s.replace(/\*+/g, '').trim();
const grid: Grid = {
  name: 'Phụ lục II',
  rows: [...table.title.map((t): CellValue[] => [plain(t)]), [], ...table.rows.map((r) => r.map((c): CellValue => plain(c) || null))],
  merges: [],
};

/** Every phrase the table's "Tiến độ" column uses, read by hand (notes.md lists the same ones). */
const BY_HAND: Record<string, Status> = {
  'Đã hoàn thành': 'done',
  'Đã hoàn thành quá hạn': 'done',
  'Đang thực hiện': 'in_progress',
  'Đang hoàn thành': 'in_progress',
  'Chưa hoàn thành': 'in_progress',
};

describe('summary of TB 624/TB-VPCP Phụ lục II', () => {
  const [header, ...body] = table.rows;
  const statusAt = header.map(plain).indexOf('Tiến độ');
  const tasks = body.filter((r) => /^\d+$/.test(plain(r[0])));
  const expected: Record<string, number> = {};
  for (const r of tasks) {
    const word = plain(r[statusAt] ?? '');
    const status = word ? BY_HAND[word] : 'not_reported';
    expect([word, status]).toEqual([word, expect.any(String)]);
    expected[status] = (expected[status] ?? 0) + 1;
  }
  const r = consolidate(grid, [], { rollUpOnly: true, reportDate: new Date(Date.UTC(2025, 10, 16)) })!;

  it('reads "Tiến độ" as the status column, not as a deadline', () => {
    expect(statusAt).toBe(5);
    expect(r.hadStatusColumn).toBe(true);
    expect(r.statusColumn).toBe(statusAt + 1);
  });

  it('counts every task once by the status written', () => {
    expect(r.tasks).toHaveLength(tasks.length);
    expect(Object.fromEntries(Object.entries(r.summary.byStatus).filter(([, n]) => n > 0))).toEqual(expected);
    expect(r.summary.withStatus).toBe(tasks.length - (expected.not_reported ?? 0));
    expect(r.findings.filter((f) => f.code === 'status.unknown')).toEqual([]);
  });

  it('counts as late at the report date the unfinished tasks whose deadline has passed', () => {
    const day = (s: string) => {
      const [d, m, y] = plain(s).split('/').map(Number);
      return y ? Date.UTC(y, m - 1, d) : undefined;
    };
    const late = tasks.filter((t) => {
      const status = plain(t[statusAt] ?? '') ? BY_HAND[plain(t[statusAt])] : 'not_reported';
      const due = day(t[3]);
      return status !== 'done' && due !== undefined && due < Date.UTC(2025, 10, 16);
    });
    expect(r.summary.overdue).toBe(late.length);
  });
});
