/** `phuluc tasks` on the seeds and on small workbooks: expected values read from the tables themselves. */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { phuluc } from '../helpers/cli';
import { seedPath } from '../helpers/workbooks';
import { csvField } from '../../cli/tasksCommand';

jest.setTimeout(60_000);
const dir = mkdtempSync(join(tmpdir(), 'phuluc-tasks-'));
const SEED_003 = seedPath('003-binh-duong-ubnd-1169.xlsx');
const SEED_004 = seedPath('004-hcm-skhcn-2026.xlsx');

interface Task {
  row: number;
  stt: string;
  path: string;
  kind: string;
  content: string;
  lead: Array<{ text: string; canonical: string | null; kind: string }>;
  cooperating: Array<{ text: string; canonical: string | null; kind: string }>;
  time: { text: string; kind: string; start: string | null; end: string | null } | null;
  output: string | null;
}

interface Tasks {
  file: string;
  planPeriod: { start: string; end: string | null } | null;
  issueDate: string | null;
  tasks: Task[];
}

function json(args: string[]): Tasks {
  const r = phuluc(['tasks', ...args, '--json']);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Tasks;
}

async function workbook(rows: ExcelJS.CellValue[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v)));
  const path = join(dir, `wb-${Math.random().toString(36).slice(2)}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('phuluc tasks --json', () => {
  // 004: "DANH MỤC NHIỆM VỤ TRIỂN KHAI THỰC HIỆN NĂM 2026", its date left blank ("ngày tháng năm 2026");
  // tasks 1, 2 with points a, b, …; the header repeated at rows 10 and 16; row 17 the tail of a cut row.
  it('reads 004 row by row', () => {
    const u = json([SEED_004]);
    expect(u.planPeriod).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(u.issueDate).toBeNull();
    const rows = u.tasks.map((t) => t.row);
    expect(rows.slice(0, 9)).toEqual([7, 8, 9, 11, 12, 13, 14, 15, 18]);
    const at = (row: number) => u.tasks.find((t) => t.row === row)!;
    expect(at(7)).toMatchObject({ stt: '1', path: '1', kind: 'task', lead: [], time: null });
    expect(at(8)).toMatchObject({
      stt: 'a',
      path: '1.a',
      kind: 'subtask',
      time: { text: 'Quý I, II và III/2026', kind: 'quarters', start: '2026-01-01', end: '2026-09-30' },
    });
    expect(at(8).lead).toEqual([
      { text: 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', canonical: 'Chi cục Tiêu chuẩn Đo lường Chất lượng', kind: 'unit' },
    ]);
    expect(at(8).cooperating).toEqual([{ text: 'Các phòng, đơn vị trực thuộc Sở', canonical: null, kind: 'collective' }]);
    // "/" in the cooperating cell: none.
    expect(at(9).cooperating).toEqual([]);
    expect(at(12)).toMatchObject({ path: '2.a', output: 'Báo cáo', time: { kind: 'quarter', start: '2026-10-01', end: '2026-12-31' } });
    expect(at(14).time).toEqual({ text: 'Định kỳ hoặc đột xuất theo yêu cầu', kind: 'recurring', start: null, end: null });
    expect(at(15).time).toEqual({ text: 'Thường xuyên', kind: 'ongoing', start: null, end: null });
    expect(at(18)).toMatchObject({ path: '2.đ', time: { kind: 'range', start: '2026-01-01', end: '2026-11-30' } });
  });

  // 003: "… ĐẾN NĂM 2030 VÀ NHỮNG NĂM TIẾP THEO", "(Kèm theo Quyết định số 1169/QĐ-UBND ngày 28 tháng 4 năm 2025 …)".
  it('reads 003: an open period from the issue year, the issue date, groups and their tasks', () => {
    const u = json([SEED_003]);
    expect(u.planPeriod).toEqual({ start: '2025-01-01', end: null });
    expect(u.issueDate).toBe('2025-04-28');
    const at = (row: number) => u.tasks.find((t) => t.row === row)!;
    expect(at(7)).toMatchObject({ stt: 'I', path: 'I', kind: 'group', time: null });
    expect(at(8)).toMatchObject({ stt: '1 .', path: 'I.1', kind: 'task', time: { text: 'Quý II/2025', start: '2025-04-01', end: '2025-06-30' } });
    expect(at(9).time).toMatchObject({ kind: 'recurring', end: null });
    expect(at(13)).toMatchObject({ path: 'II.1' });
    expect(at(15).time).toMatchObject({ text: 'Quý II/2026', end: '2026-06-30' });
  });

  it('--plan-year 2026-2030 is the period', () => {
    expect(json([SEED_004, '--plan-year', '2026-2030']).planPeriod).toEqual({ start: '2026-01-01', end: '2030-12-31' });
  });

  it('dates a relative deadline from the issue date above the table, and keeps event and deferring ones open', async () => {
    const path = await workbook([
      ['PHỤ LỤC'],
      ['(Kèm theo Kế hoạch số 277/KH-UBND ngày 15 tháng 7 năm 2026 của UBND tỉnh)'],
      [],
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
      ['I', 'Nhóm nhiệm vụ', null, null, 'Theo thời hạn cụ thể sau đây:'],
      [1, 'Ban hành kế hoạch', 'Sở Tư pháp', null, '100 ngày kể từ ngày ban hành Kế hoạch'],
      [2, 'Báo cáo', 'Sở Tư pháp', null, 'Kỳ họp thứ nhất Hội đồng nhân dân tỉnh'],
      [3, 'Báo cáo', 'Sở Tư pháp', null, 'Trong 30 ngày kể từ ngày …'],
    ]);
    const u = json([path]);
    expect(u.issueDate).toBe('2026-07-15');
    expect(u.planPeriod).toBeNull();
    expect(u.tasks.map((t) => [t.path, t.time?.kind, t.time?.start, t.time?.end])).toEqual([
      ['I', 'deferred', null, null],
      ['I.1', 'relative', '2026-07-15', '2026-10-23'],
      ['I.2', 'event', null, null],
      ['I.3', 'relative', null, null],
    ]);
    const v = phuluc(['validate', path, '--json']);
    const findings = (JSON.parse(v.stdout) as { findings: Array<{ code: string }> }).findings;
    expect(findings.filter((f) => f.code.startsWith('time.'))).toEqual([]);
  });
});

describe('phuluc tasks --csv', () => {
  it('is UTF-8 with a BOM, one column per field, lists joined with "; "', () => {
    const r = phuluc(['tasks', SEED_004, '--csv']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('\uFEFFsheet,row,stt,path,kind,content,lead,lead_canonical,lead_kind,cooperating,')).toBe(true);
    const lines = r.stdout.slice(1).split('\r\n');
    const row14 = lines.find((l) => l.startsWith('Phụ lục,14,c,2.c,subtask,'))!;
    // Two cooperating pieces, joined; the field quoted because it holds "; ".
    expect(row14).toContain('"Phòng Kiểm tra – Pháp chế; các phòng, đơn vị trực thuộc Sở"');
    expect(row14).toContain(',recurring,,,');
    // An output cell starting with "-" is not run as a formula by Excel.
    expect(lines.find((l) => l.startsWith('Phụ lục,8,a,1.a,'))).toContain(`"'- Nội dung và kinh phí`);
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "x"', '"say ""x"""'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-5', '-5'],
    ['two\nlines', '"two\nlines"'],
  ])('field %p → %p', (v, want) => {
    expect(csvField(v)).toBe(want);
  });
});

describe('phuluc tasks, text and errors', () => {
  it('prints the period and one line per row', () => {
    const r = phuluc(['tasks', SEED_004]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Thời kỳ kế hoạch: 2026-01-01 – 2026-12-31');
    expect(r.stdout).toMatch(/\n8 {2}1\.a {2}nhiệm vụ con {2}Quý I, II và III\/2026 \[quarters: 2026-01-01 – 2026-09-30\]/);
    const en = phuluc(['tasks', SEED_004, '--lang', 'en']);
    expect(en.stdout).toContain('Plan period: 2026-01-01 – 2026-12-31');
  });

  it('refuses --json with --csv, and a bad --plan-year, with exit 2', () => {
    expect(phuluc(['tasks', SEED_004, '--json', '--csv']).status).toBe(2);
    const bad = phuluc(['tasks', SEED_004, '--plan-year', '2030-2026']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--plan-year');
  });
});
