/** `phuluc consolidate` and `phuluc summary` on real files. */
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CellValue, Grid } from '../../core/model/grid';
import { phuluc } from '../helpers/cli';


const dir = mkdtempSync(join(tmpdir(), 'phuluc-cons-'));
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
const ret = (status1: string): CellValue[][] => [[...HEADER, 'Tình trạng', 'Kết quả thực hiện'], [1, 'Tổ chức hội nghị tập huấn về tiêu chuẩn', 'Sở Y tế', null, 'Quý I/2026', status1, 'Đã xong']];

describe('phuluc consolidate', () => {
  it('merges returns into a new master with a Tổng hợp sheet, touching neither input', async () => {
    const m = await write('master.xlsx', [{ name: 'Phụ lục', rows: master, merges: [] }]);
    const r1 = await write('So-Y-te.xlsx', [{ name: 'BC', rows: ret('Hoàn thành'), merges: [] }]);
    const before = [sha(m), sha(r1)];
    const out = join(dir, 'merged.xlsx');
    const r = phuluc(['consolidate', m, r1, '--out', out, '--report-date', '2026-07-15', '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['tasks', 'findings', 'summary']));
    expect(json.tasks).toEqual([
      { row: 5, stt: '1', number: 'I.1', status: 'done', overdue: false, reports: [{ unit: 'Sở Y tế', status: 'done', text: 'Đã xong', file: 'So-Y-te.xlsx' }] },
      { row: 6, stt: '2', number: 'I.2', status: 'not_reported', overdue: true, reports: [] },
    ]);
    expect(json.summary.byStatus.done).toBe(1);
    expect(json.findings.map((f: { code: string }) => f.code).sort()).toEqual(['consolidate.unit_missing', 'status.overdue']);
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
      { name: 'Bản của Sở Công Thương', rows: [[...HEADER, 'Tình trạng', 'Kết quả thực hiện'], [2, 'Kiểm tra đo lường xăng dầu trên địa bàn', 'Sở Công Thương', null, 'Quý II/2026', 'Đang thực hiện', null]], merges: [] },
    ]);
    const r = phuluc(['consolidate', m, '--out', join(dir, 'book-out.xlsx'), '--json', '--report-date', '2026-05-01', '--unit-of', 'Bản của Sở Công Thương=Sở Công Thương']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).tasks[1]).toMatchObject({ row: 6, status: 'in_progress', overdue: false });
  });

  it('summary counts the statuses as written', async () => {
    const withStatus = master.map((row, i) => (i === 2 ? [...row, 'Tình trạng'] : i === 4 ? [...row, 'Hoàn thành'] : i === 5 ? [...row, 'Quá hạn'] : row));
    const m = await write('status.xlsx', [{ name: 'Phụ lục', rows: withStatus, merges: [] }]);
    const r = phuluc(['summary', m, '--json', '--report-date', '2026-12-31']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary.byStatus).toMatchObject({ done: 1, overdue: 1 });
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
