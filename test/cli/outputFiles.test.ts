/**
 * The files the command line writes, read back as a person would open them: the highlighted copy
 * opens on a findings list with links and a legend, its marks differ by more than colour; the fixed
 * copy keeps numbers as numbers and has no blank rows left where nothing pointed below them.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findingsSheetRows, type Finding } from '../../core';
import { phuluc } from '../helpers/cli';
import { seedPath } from '../helpers/workbooks';

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'phuluc-out-'));
const HEADER = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'];

async function read(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** How a cell would print in grey: its fill pattern and border style, colour left out. */
function greyLook(cell: ExcelJS.Cell): string {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return `${fill?.pattern ?? 'none'}/${cell.border?.left?.style ?? 'none'}`;
}

describe('*.kiem-tra.xlsx', () => {
  it('opens on “Danh sách vấn đề”: core’s findings sheet, a link to each cell, and a legend', async () => {
    const out = join(dir, '001.kiem-tra.xlsx');
    const r = phuluc(['validate', seedPath('001-dong-nai-ubnd-1295.xlsx'), '--out', out, '--json']);
    const { findings } = JSON.parse(r.stdout) as { findings: Finding[] };
    // What each row says is core's findingsSheetRows (tested in test/core/plans); here, that the file holds it.
    const { rows } = findingsSheetRows(findings);
    const wb = await read(out);
    expect(wb.worksheets[0].name).toBe('Danh sách vấn đề');
    expect(wb.views?.[0]?.activeTab ?? 0).toBe(0);
    const list = wb.worksheets[0];
    expect(list.getRow(1).values).toEqual([undefined, 'Ô', 'Mức độ', 'Vấn đề', 'Nội dung', 'Sửa được', undefined, 'Chú giải']);
    findings.forEach((f, i) => {
      const row = list.getRow(i + 2);
      const link = row.getCell(1).value as ExcelJS.CellFormulaValue;
      expect(link.formula).toBe(`HYPERLINK("#'Phụ lục'!${f.cell}","${f.cell}")`);
      expect(link.result).toBe(f.cell);
      expect([2, 3, 4, 5].map((c) => row.getCell(c).value)).toEqual(rows[i].values.slice(1));
    });
    expect(list.getCell(findings.length + 2, 1).value).toBeNull();
    expect(rows.some((r) => r.values[4] === 'Có') && rows.some((r) => r.values[4] === '')).toBe(true);
    // The legend names each severity with its count.
    expect(list.getCell('G2').text).toMatch(/^Lỗi \(\d+\)$/);
    expect(list.getCell('G3').text).toMatch(/^Cảnh báo \(\d+\)$/);
    expect(list.getCell('G4').text).toMatch(/^Gợi ý \(\d+\)$/);
  });

  it('prints the list one landscape page across, the heading on every page, each row as tall as its wrapped text', async () => {
    const out = join(dir, '001p.kiem-tra.xlsx');
    phuluc(['validate', seedPath('001-dong-nai-ubnd-1295.xlsx'), '--out', out]);
    const list = (await read(out)).worksheets[0];
    expect(list.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    const widthD = list.getColumn(4).width!;
    let tall = 0;
    for (let r = 2; r <= list.rowCount; r++) {
      const text = list.getCell(r, 4).text;
      if (!text) continue;
      // A message longer than the column is wider than one line: its row is at least two lines tall.
      if (text.length > widthD) {
        expect(list.getRow(r).height).toBeGreaterThanOrEqual(30);
        tall++;
      }
    }
    expect(tall).toBeGreaterThan(0);
  });

  it('marks each severity with its own pattern and border, so they differ in grey print', async () => {
    const out = join(dir, '001b.kiem-tra.xlsx');
    phuluc(['validate', seedPath('001-dong-nai-ubnd-1295.xlsx'), '--out', out]);
    const ws = (await read(out)).getWorksheet('Phụ lục')!;
    // A37: error (duplicate number); A13: warning (cut row); A6: info (numbering style).
    const looks = [greyLook(ws.getCell('A37')), greyLook(ws.getCell('A13')), greyLook(ws.getCell('A6'))];
    expect(new Set(looks).size).toBe(3);
    expect(looks.every((l) => !l.endsWith('/none'))).toBe(true);
    // The legend's samples look like the marks they explain.
    const list = (await read(out)).worksheets[0];
    expect([greyLook(list.getCell('G2')), greyLook(list.getCell('G3')), greyLook(list.getCell('G4'))]).toEqual(looks);
  });

  it('speaks English with --lang en', async () => {
    const out = join(dir, 'en.kiem-tra.xlsx');
    phuluc(['validate', seedPath('001-dong-nai-ubnd-1295.xlsx'), '--out', out, '--lang', 'en']);
    const list = (await read(out)).worksheets[0];
    expect(list.getRow(1).values).toEqual([undefined, 'Cell', 'Severity', 'Problem', 'Message', 'Fixable', undefined, 'Legend']);
  });
});

describe('phuluc fix output', () => {
  it('writes a whole number as a number where the column holds numbers, and deletes the emptied rows when nothing points below them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục');
    const rows: ExcelJS.CellValue[][] = [
      ['KẾ HOẠCH NĂM 2026'],
      [],
      HEADER,
      ['I', 'Nhóm một', null, null, null],
      [1, 'Tổ chức hội nghị về tiêu chuẩn', 'Sở Y tế', null, 'Quý II/2026'],
      ['2.', 'Kiểm tra đo lường tại các cơ sở sản xuất kinh doanh trên địa bàn', 'Sở Y tế', null, 'Quý III/2026'],
      [null, 'tỉnh và các huyện', null, null, null],
      [3, 'Tập huấn', 'Sở Y tế', null, 'Quý IV/2026'],
      [4, 'Tổng kết', 'Sở Y tế', null, 'Quý IV/2026'],
    ];
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && v !== undefined && (ws.getCell(i + 1, j + 1).value = v)));
    const input = join(dir, 'numbers.xlsx');
    await wb.xlsx.writeFile(input);
    const out = join(dir, 'numbers-fixed.xlsx');
    const r = phuluc(['fix', input, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đã xóa dòng trống 7 của trang tính “Phụ lục”.');
    const s = (await read(out)).getWorksheet('Phụ lục')!;
    expect(s.getCell('A6').value).toBe(2);
    expect(s.getCell('B6').value).toBe('Kiểm tra đo lường tại các cơ sở sản xuất kinh doanh trên địa bàn tỉnh và các huyện');
    // The rows below moved up: no blank row in the middle of the table.
    expect(s.getCell('A7').value).toBe(3);
    expect(s.getCell('A8').value).toBe(4);
  });

  it('leaves an emptied row in place when a formula could point below it, and says why', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục');
    const rows: ExcelJS.CellValue[][] = [
      ['KẾ HOẠCH NĂM 2026'],
      [],
      [...HEADER, 'Kinh phí'],
      [1, 'Kiểm tra đo lường tại các cơ sở sản xuất kinh doanh', 'Sở Y tế', null, 'Quý III/2026', 10],
      [null, 'trên địa bàn tỉnh', null, null, null, null],
      [2, 'Tập huấn', 'Sở Y tế', null, 'Quý IV/2026', 20],
      [null, 'Tổng cộng', null, null, null, { formula: 'SUM(F4:F6)', result: 30 }],
    ];
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && v !== undefined && (ws.getCell(i + 1, j + 1).value = v)));
    const input = join(dir, 'formula.xlsx');
    await wb.xlsx.writeFile(input);
    const out = join(dir, 'formula-fixed.xlsx');
    const r = phuluc(['fix', input, '--out', out]);
    expect(r.stdout).toContain('Để trống, không xóa, dòng 5 của trang tính “Phụ lục” vì tệp có công thức');
    const s = (await read(out)).getWorksheet('Phụ lục')!;
    expect(s.getCell('B5').value).toBeNull();
    expect((s.getCell('F7').value as ExcelJS.CellFormulaValue).formula).toBe('SUM(F4:F6)');
    const json = JSON.parse(phuluc(['fix', input, '--out', join(dir, 'formula-fixed2.xlsx'), '--json']).stdout) as { rows: unknown[] };
    expect(json.rows).toEqual([expect.objectContaining({ sheet: 'Phụ lục', rows: [5], deleted: false })]);
  });
});
