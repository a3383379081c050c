/** `phuluc consolidate` and `phuluc summary` on real files. */
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CellValue, Grid } from '../../core/model/grid';
import { phuluc } from '../helpers/cli';
import { OFFICE_MASTER, OFFICE_QLCN, OFFICE_QLKH_FIRST, OFFICE_QLKH_FIXED, OFFICE_VP } from '../helpers/consolidationFixture';

// Each test runs the command line in a real process (the first one builds it).
jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'phuluc-cons-'));
/** The `--json` output, as far as these tests read it. */
interface Json {
  tasks: unknown[];
  findings: Array<{ code: string }>;
  summary: { byStatus: Record<string, number> };
}
const parse = (s: string) => JSON.parse(s) as Json;
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

async function write(name: string, sheets: Grid[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const g of sheets) {
    const ws = wb.addWorksheet(g.name);
    g.rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue)));
  }
  const p = join(dir, name);
  await wb.xlsx.writeFile(p);
  return p;
}

const HEADER = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'];
const master: CellValue[][] = [
  ['KẾ HOẠCH NĂM 2026'],
  [],
  HEADER,
  ['I', 'Nhóm một', null, null, null],
  [1, 'Tổ chức hội nghị tập huấn về tiêu chuẩn', 'Sở Y tế', null, 'Quý I/2026'],
  [2, 'Kiểm tra đo lường xăng dầu trên địa bàn', 'Sở Công Thương', null, 'Quý II/2026'],
];
const ret = (status1: string): CellValue[][] => [
  [...HEADER, 'Tình trạng', 'Kết quả thực hiện'],
  [1, 'Tổ chức hội nghị tập huấn về tiêu chuẩn', 'Sở Y tế', null, 'Quý I/2026', status1, 'Đã xong'],
];

describe('phuluc consolidate', () => {
  it('merges returns into a new master with a Tổng hợp sheet, touching neither input', async () => {
    const m = await write('master.xlsx', [{ name: 'Phụ lục', rows: master, merges: [] }]);
    const r1 = await write('So-Y-te.xlsx', [{ name: 'BC', rows: ret('Hoàn thành'), merges: [] }]);
    const before = [sha(m), sha(r1)];
    const out = join(dir, 'merged.xlsx');
    const r = phuluc(['consolidate', m, r1, '--out', out, '--report-date', '2026-07-15', '--json']);
    expect(r.status).toBe(0);
    const json = parse(r.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['tasks', 'findings', 'summary']));
    expect(json.tasks).toEqual([
      {
        row: 5,
        stt: '1',
        number: 'I.1',
        status: 'done',
        overdue: false,
        reports: [{ unit: 'Sở Y tế', status: 'done', text: 'Đã xong', file: 'So-Y-te.xlsx' }],
      },
      { row: 6, stt: '2', number: 'I.2', status: 'not_reported', overdue: true, reports: [] },
    ]);
    expect(json.summary.byStatus.done).toBe(1);
    expect(json.findings.map((f) => f.code).sort()).toEqual(['consolidate.unit_missing', 'status.overdue']);
    expect([sha(m), sha(r1)]).toEqual(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Phụ lục')!;
    expect(ws.getCell('F3').value).toBe('Tình trạng');
    expect(ws.getCell('F5').value).toBe('Hoàn thành');
    expect(ws.getCell('G5').value).toBe('Sở Y tế: Đã xong');
    expect(ws.getCell('F4').value).toBe('1/2 hoàn thành');
    expect(ws.getCell('B6').value).toBe('Kiểm tra đo lường xăng dầu trên địa bàn');
    expect(wb.getWorksheet('Tổng hợp')).toBeDefined();
  });

  it('rolls up across the sheets of one workbook, with --unit-of for a sheet', async () => {
    const m = await write('book.xlsx', [
      { name: 'Phụ lục', rows: master, merges: [] },
      {
        name: 'Bản của Sở Công Thương',
        rows: [
          [...HEADER, 'Tình trạng', 'Kết quả thực hiện'],
          [2, 'Kiểm tra đo lường xăng dầu trên địa bàn', 'Sở Công Thương', null, 'Quý II/2026', 'Đang thực hiện', null],
        ],
        merges: [],
      },
    ]);
    const r = phuluc([
      'consolidate',
      m,
      '--out',
      join(dir, 'book-out.xlsx'),
      '--json',
      '--report-date',
      '2026-05-01',
      '--unit-of',
      'Bản của Sở Công Thương=Sở Công Thương',
    ]);
    expect(r.status).toBe(0);
    expect(parse(r.stdout).tasks[1]).toMatchObject({ row: 6, status: 'in_progress', overdue: false });
  });

  it('summary counts the statuses as written', async () => {
    const withStatus = master.map((row, i) => (i === 2 ? [...row, 'Tình trạng'] : i === 4 ? [...row, 'Hoàn thành'] : i === 5 ? [...row, 'Quá hạn'] : row));
    const m = await write('status.xlsx', [{ name: 'Phụ lục', rows: withStatus, merges: [] }]);
    const r = phuluc(['summary', m, '--json', '--report-date', '2026-12-31']);
    expect(r.status).toBe(0);
    expect(parse(r.stdout).summary.byStatus).toMatchObject({ done: 1, overdue: 1 });
    expect(phuluc(['summary', m]).stdout).toContain('Hoàn thành: 1');
  });

  it('rejects a bad --unit-of and a missing --out clearly', async () => {
    const m = await write('m2.xlsx', [{ name: 'Phụ lục', rows: master, merges: [] }]);
    const bad = phuluc(['consolidate', m, '--out', join(dir, 'o.xlsx'), '--unit-of', 'nothing']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('TỆP=ĐƠN VỊ');
    expect(phuluc(['consolidate', m]).status).toBe(2);
  });
});

describe('phuluc consolidate on returns as offices send them', () => {
  it('changes no master cell outside the progress columns, leaves every input byte-identical, and writes a readable workbook', async () => {
    const m = await write('ke-hoach.xlsx', [OFFICE_MASTER]);
    // The QLCN copy comes with a cover letter as its first sheet.
    const cover: Grid = { name: 'Công văn', rows: [['SỞ KHOA HỌC VÀ CÔNG NGHỆ'], ['Kính gửi: Văn phòng Sở'], ['Phòng gửi kèm báo cáo tiến độ.']], merges: [] };
    const files = [
      await write(OFFICE_QLKH_FIXED.file, [OFFICE_QLKH_FIXED.grid]),
      await write(OFFICE_VP.file, [OFFICE_VP.grid]),
      await write(OFFICE_QLCN.file, [cover, OFFICE_QLCN.grid]),
      await write(OFFICE_QLKH_FIRST.file, [OFFICE_QLKH_FIRST.grid]),
    ];
    const before = [m, ...files].map(sha);
    const out = join(dir, 'tong-hop.xlsx');
    const r = phuluc(['consolidate', m, ...files, '--out', out, '--report-date', '2026-07-15']);
    expect(r.status).toBe(0);
    expect([m, ...files].map(sha)).toEqual(before);
    // One line of figures, each label once: the reported "Quá hạn" and lateness at the report date apart.
    expect(r.stdout).toContain('Quá hạn (theo báo cáo): 0');
    expect(r.stdout).toContain('Trễ hạn tại ngày báo cáo: 1');
    expect(r.stdout.match(/Quá hạn:/g)).toBeNull();
    expect(r.stdout).toContain(`${OFFICE_QLKH_FIRST.file}: không dùng`);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Phụ lục')!;
    for (let row = 1; row <= OFFICE_MASTER.rows.length; row++) {
      for (let column = 1; column <= 6; column++) {
        const want = OFFICE_MASTER.rows[row - 1][column - 1] ?? null;
        expect([row, column, ws.getCell(row, column).value ?? null]).toEqual([row, column, want]);
      }
    }
    expect(ws.getCell('G5').value).toBe('Văn phòng Sở: Đã nâng cấp 48 điểm mạng');
    expect(ws.getCell('H3').value).toBe('Tình trạng');
    expect(ws.getCell('H9').value).toBe('Đang thực hiện');
    expect(ws.getColumn(8).width).toBeGreaterThanOrEqual(15);
    expect(ws.getCell('G9').alignment?.wrapText).toBe(true);

    const sheet = wb.getWorksheet('Tổng hợp')!;
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => texts.push(c.text)));
    expect(texts).toEqual(expect.arrayContaining(['Quá hạn (theo báo cáo)', 'Trễ hạn tại ngày báo cáo', 'II.3', '30/06/2026', 'Ngày báo cáo: 15/07/2026']));
    expect(texts.filter((t) => t === 'Quá hạn')).toEqual([]);
    expect(texts.some((t) => t.startsWith('Trễ hạn tại ngày báo cáo: '))).toBe(true);
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(12);
  });

  it('summary of a table with statuses under “Tiến độ” and no returns says how many tasks have one', async () => {
    const rows: CellValue[][] = [
      ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả thực hiện', 'Tiến độ'],
      [1, 'Xây dựng bộ chỉ số', 'Bộ Khoa học và Công nghệ', '10/10/2025', 'Đã báo cáo', 'Đã hoàn thành quá hạn'],
      [2, 'Đề xuất khen thưởng', 'Bộ Khoa học và Công nghệ', '31/10/2025', 'Đã gửi văn bản', 'Chưa hoàn thành'],
      [3, 'Rà soát quy trình', 'Bộ Nội vụ', '31/12/2025', '', ''],
    ];
    const m = await write('tien-do.xlsx', [{ name: 'PL II', rows, merges: [] }]);
    const r = phuluc(['summary', m, '--report-date', '2025-11-16']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Bảng “PL II” có 3 nhiệm vụ; 2 đã có tình trạng.');
    expect(r.stdout).toContain('Hoàn thành: 1 · Đang thực hiện: 1');
    expect(r.stdout).toContain('Trễ hạn tại ngày báo cáo: 1');
  });

  it('summary of a table with no status column says so once and exits 2', async () => {
    const m = await write('no-status.xlsx', [{ name: 'Phụ lục', rows: master, merges: [] }]);
    const r = phuluc(['summary', m, '--report-date', '2026-12-31']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('không có cột tình trạng');
    expect(r.stderr).not.toContain('Chưa báo cáo');
  });
});
