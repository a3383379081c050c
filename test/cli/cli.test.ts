/** The command line end to end, on real .xlsx files, including every kind of broken input. */
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { intToRoman } from '../../core/read/stt';
import { phuluc } from '../helpers/cli';
import { gridsOf, seedPath } from '../helpers/workbooks';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-cli-'));
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const SEED_001 = seedPath('001-dong-nai-ubnd-1295.xlsx');
const SEED_002 = seedPath('002-quang-ngai-skhcn-2025.xlsx');

function noStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  expect(text).not.toMatch(/TypeError|ReferenceError|node:internal/);
}

async function workbook(rows: ExcelJS.CellValue[][], build?: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v)));
  build?.(ws);
  const path = join(dir, `wb-${Math.random().toString(36).slice(2)}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}

const HEADER = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'];

describe('phuluc validate', () => {
  it('prints a Vietnamese table and exits 1 when the table has errors (001)', () => {
    const r = phuluc(['validate', SEED_001]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Ô');
    // Cell, severity, message: no rule code unless asked for.
    expect(r.stdout).toMatch(/A37\s+Lỗi\s+Số thứ tự “VII” đã dùng ở dòng 34/);
    expect(r.stdout).not.toMatch(/\b(stt|unit|lead|time|row|text|section|header)\.[a-z_]+\b/);
    expect(r.stdout).toContain('Tổng: 8 lỗi, 7 cảnh báo, 8 gợi ý');
  });

  it('--codes adds each finding’s rule code', () => {
    const r = phuluc(['validate', SEED_001, '--codes']);
    expect(r.stdout).toMatch(/A37\s+Lỗi\s+stt\.duplicate\s+Số thứ tự “VII” đã dùng ở dòng 34/);
    expect(r.stdout).toContain('Tổng: 8 lỗi, 7 cảnh báo, 8 gợi ý');
  });

  it('exits 0 when there is no error (002)', () => {
    const r = phuluc(['validate', SEED_002]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Tổng: 0 lỗi, 18 cảnh báo, 0 gợi ý');
  });

  it('speaks English when asked', () => {
    const r = phuluc(['validate', SEED_001, '--lang', 'en']);
    expect(r.stdout).toContain('Number “VII” is already used in row 34');
    expect(r.stdout).toContain('Total: 8 error(s)');
  });

  it('--json prints only {file, findings, summary}', () => {
    const r = phuluc(['validate', SEED_001, '--json']);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['file', 'findings', 'summary']);
    expect(out.summary).toEqual({ error: 8, warning: 7, info: 8 });
    expect(out.findings[0]).toEqual(expect.objectContaining({ sheet: 'Phụ lục', row: 6, column: 1, cell: 'A6', code: 'stt.style_mixed', severity: 'info' }));
    expect(Object.keys(out.findings[0])).toEqual(expect.arrayContaining(['sheet', 'row', 'column', 'cell', 'code', 'severity', 'message', 'messageEn']));
  });

  it('--out writes a highlighted copy and never touches the input', async () => {
    const input = join(dir, 'input-001.xlsx');
    copyFileSync(SEED_001, input);
    const before = sha(input);
    const out = join(dir, 'out', 'checked.xlsx');
    const r = phuluc(['validate', input, '--out', out]);
    expect(r.status).toBe(1);
    expect(sha(input)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Phụ lục')!;
    const dup = ws.getCell('A37');
    expect((dup.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(JSON.stringify(dup.note)).toContain('Số thứ tự bị trùng');
    expect(JSON.stringify(dup.note)).not.toContain('stt.duplicate');
    expect((ws.getCell('A6').fill as ExcelJS.FillPattern).bgColor?.argb).toBe('FFDDEBF7');
    expect((ws.getCell('B7').fill as ExcelJS.FillPattern | undefined)?.pattern).not.toBe('solid');
    // Every value is as it was.
    const [a] = await gridsOf(input);
    const b = (await gridsOf(out)).find((g) => g.name === 'Phụ lục')!;
    expect(b.rows).toEqual(a.rows);
  });

  it('keeps a cell’s own note above ours', async () => {
    const path = await workbook([HEADER, ['I', 'Nhóm'], [1, 'Việc', 'Sở KH&CN', null, '2026'], [1, 'Việc', 'Sở KH&CN', null, '2026']], (ws) => {
      ws.getCell('A4').note = 'Ghi chú của cán bộ';
    });
    const out = join(dir, 'note-out.xlsx');
    phuluc(['validate', path, '--out', out]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const note = wb.getWorksheet('Phụ lục')!.getCell('A4').note;
    const text = typeof note === 'string' ? note : note.texts!.map((t) => t.text).join('');
    expect(text.startsWith('Ghi chú của cán bộ')).toBe(true);
    expect(text).toContain('Số thứ tự bị trùng');
  });

  it('refuses to write over its input', () => {
    const input = join(dir, 'same.xlsx');
    copyFileSync(SEED_002, input);
    const before = sha(input);
    const r = phuluc(['validate', input, '--out', input]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('không bao giờ ghi đè');
    expect(sha(input)).toBe(before);
  });

  it('reads only the sheet asked for, and names the sheets when it is not there', async () => {
    const path = await workbook([HEADER, [1, 'Việc', 'Sở KH&CN', null, '2026']]);
    expect(phuluc(['validate', path, '--sheet', 'Phụ lục']).status).toBe(0);
    const r = phuluc(['validate', path, '--sheet', 'Không có']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('“Phụ lục”');
  });

  it('accepts --plan-year, --report-date and --units, and rejects bad values clearly', () => {
    const units = join(dir, 'units.json');
    writeFileSync(units, '[]');
    expect(phuluc(['validate', SEED_002, '--plan-year', '2025', '--report-date', '2025-11-15', '--units', units]).status).toBe(0);
    for (const args of [
      ['--plan-year', 'năm nay'],
      ['--report-date', '2025-02-30'],
      ['--units', join(dir, 'missing.json')],
      ['--lang', 'fr'],
      ['--no-such-flag'],
    ]) {
      const r = phuluc(['validate', SEED_002, ...args]);
      expect(r.status).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(10);
      noStackTrace(r.stderr);
    }
  });
});

describe('broken input gets a clear message and exit 2, never a stack trace', () => {
  const cases: Array<[string, () => Promise<string> | string, string, string]> = [
    ['a missing file', () => join(dir, 'nope.xlsx'), 'Không tìm thấy tệp', 'File not found'],
    [
      'an empty file',
      () => {
        const p = join(dir, 'empty.xlsx');
        writeFileSync(p, '');
        return p;
      },
      'Tệp rỗng',
      'empty',
    ],
    [
      'a text file named .xlsx',
      () => {
        const p = join(dir, 'text.xlsx');
        writeFileSync(p, 'TT\tNội dung\n1\tViệc');
        return p;
      },
      'không phải là bảng tính',
      'not a spreadsheet',
    ],
    [
      'a bare OLE header named .xls',
      () => {
        const p = join(dir, 'old.xls');
        writeFileSync(p, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
        return p;
      },
      'bị hỏng',
      'damaged',
    ],
    [
      'a truncated .xlsx',
      () => {
        const p = join(dir, 'cut.xlsx');
        writeFileSync(p, readFileSync(SEED_002).subarray(0, 3000));
        return p;
      },
      'bị hỏng',
      'damaged',
    ],
    ['a folder', () => dir, 'thư mục', 'folder'],
    ['a workbook with no appendix table', () => workbook([['Báo cáo'], ['Nội dung', 'Ghi chú']]), 'Không tìm thấy bảng phụ lục', 'No appendix table'],
  ];
  it.each(cases)('%s', async (_name, make, vi, en) => {
    const path = await make();
    const r = phuluc(['validate', path]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(vi);
    noStackTrace(r.stderr + r.stdout);
    const e = phuluc(['validate', path, '--lang', 'en']);
    expect(e.stderr).toContain(en);
  });
});

describe('messy but readable workbooks are checked, not rejected', () => {
  it('merged cells, formulas, error values, dates, NFD text and HTML', async () => {
    const path = await workbook(
      [
        ['KẾ HOẠCH NĂM 2026'],
        HEADER,
        ['I. Nhóm một', null, null, null, null],
        [1, { richText: [{ text: 'Tổ chức ' }, { text: 'hội nghị', font: { bold: true } }] }, 'Sở KH&CN', null, new Date(Date.UTC(2026, 5, 30))],
        [{ formula: '1+1', result: 2 }, 'Việc hai'.normalize('NFD'), { error: '#N/A' }, null, 'Quý II/2026'],
        [3, '<img src=x onerror=alert(1)>', 'Sở KH&CN', null, 'Quý III/2026'],
      ],
      (ws) => ws.mergeCells('A3:E3'),
    );
    const r = phuluc(['validate', path, '--json']);
    expect(r.status).toBe(0);
    const codes = JSON.parse(r.stdout).findings.map((f: { cell: string; code: string }) => `${f.cell} ${f.code}`);
    expect(codes).toEqual(expect.arrayContaining(['B5 text.unicode', 'B6 text.markup']));
  });

  it('a 50,000-row appendix completes', async () => {
    const rows: ExcelJS.CellValue[][] = [HEADER];
    for (let g = 1; g <= 250; g++) {
      rows.push([intToRoman(g), `Nhóm ${g}`]);
      for (let t = 1; t < 200; t++) rows.push([t, `Nhiệm vụ ${g}.${t}`, 'Sở Khoa học và Công nghệ', null, 'Quý II/2026']);
    }
    const path = await workbook(rows);
    const r = phuluc(['validate', path, '--json'], 180_000);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary.error).toBe(0);
  }, 240_000);
});

afterAll(() => {
  expect(existsSync(SEED_001)).toBe(true);
});

describe('--units and notes', () => {
  const units = [HEADER, [1, 'Tổ chức hội nghị', 'TT TTTK', null, 'Quý II/2026']];

  it.each(['json', 'csv', 'xlsx'])('reads a unit directory from .%s', async (kind) => {
    const path = await workbook([['KẾ HOẠCH NĂM 2026'], [], ...units]);
    const file = join(dir, `units.${kind}`);
    if (kind === 'json') writeFileSync(file, JSON.stringify([{ name: 'Trung tâm Thông tin và Thống kê', aliases: ['TT TTTK'] }]));
    if (kind === 'csv') writeFileSync(file, 'Tên chuẩn,Tên khác / viết tắt\n"Trung tâm Thông tin và Thống kê","TT TTTK"\n');
    if (kind === 'xlsx') {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Danh mục đơn vị');
      ws.addRow(['Tên chuẩn', 'Tên khác / viết tắt']);
      ws.addRow(['Trung tâm Thông tin và Thống kê', 'TT TTTK']);
      await wb.xlsx.writeFile(file);
    }
    const r = phuluc(['validate', path, '--json', '--units', file]);
    const f = JSON.parse(r.stdout).findings.find((x: { code: string }) => x.code === 'unit.noncanonical');
    expect(f.message).toContain('Trung tâm Thông tin và Thống kê');
  });

  it('a broken unit directory is named and explained', () => {
    const file = join(dir, 'bad-units.json');
    writeFileSync(file, '[{"aliases": []}]');
    const r = phuluc(['validate', SEED_002, '--units', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Danh mục đơn vị');
    noStackTrace(r.stderr);
  });

  it('validate --out shows the canonical name in the note of a noncanonical cell', async () => {
    const out = join(dir, '000-out.xlsx');
    phuluc(['validate', seedPath('000-dong-nai-skhcn-2026.xlsx'), '--out', out]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(JSON.stringify(wb.getWorksheet('Phụ lục')!.getCell('D7').note)).toContain('Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng');
  });
});
