/**
 * Every command on the corpus of unusual files (test/helpers/oddFiles.ts): no input is ever written
 * over, every odd input gets its own clear message and exit 2, and .xls/.ods/.csv read like .xlsx.
 * Commands run in-process through `run` (the same code as the binary) to keep the suite quick.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../cli/main';
import { openSpreadsheet } from '../../xlsx/spreadsheet';
import { tameXlsxPackage } from '../../xlsx/xlsxPackage';
import { workbookToGrids } from '../../xlsx/workbook';
import { validateWorkbook } from '../../core/engine/validate';
import { APPENDIX, OddFiles, buildOddFiles, csvText, grid } from '../helpers/oddFiles';
import { writeWithSheetJs } from '../../xlsx/sheetjs';
import { FINDINGS_LIST_SHEET } from '../../cli/reviewSheet';

jest.setTimeout(180_000);

const root = mkdtempSync(join(tmpdir(), 'phuluc-odd-'));
let f: OddFiles;
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

beforeAll(async () => {
  f = await buildOddFiles(join(root, 'corpus'), { styledRows: 200_000 });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Result {
  status: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  try {
    return { status: await run(args), stdout, stderr };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

function noRawError(r: Result): void {
  const all = r.stdout + r.stderr;
  expect(all).not.toMatch(/\bE[A-Z]{3,}\b:|\bat .+\(.+:\d+:\d+\)|TypeError|ReferenceError|Cannot read prop|illegal operation/);
}

/** An .xlsx name that leads to /dev/null. */
function deviceLink(): string {
  const p = join(root, 'thiet-bi.xlsx');
  if (!existsSync(p)) symlinkSync('/dev/null', p);
  return p;
}

const findingsOf = (r: Result) => (JSON.parse(r.stdout).findings as Array<{ cell: string; code: string }>).map((x) => `${x.cell} ${x.code}`).sort();

describe('no command writes over an input', () => {
  const cases: Array<[string, () => string[]]> = [
    ['validate: input is a symlink to --out', () => ['validate', f.symlink, '--out', f.target]],
    ['validate: input is a hard link to --out', () => ['validate', f.hardlink, '--out', f.target]],
    ['validate: --out is a symlink to the input', () => ['validate', f.target, '--out', f.symlink]],
    ['validate: --out is the input by another path', () => ['validate', f.target, '--out', join(f.dir, '.', 'thu-muc.xlsx', '..', 'ket-qua.xlsx')]],
    ['validate: --units is the --out', () => ['validate', f.appendix, '--units', f.hardlink, '--out', f.target]],
    ['fix: input is a symlink to --out', () => ['fix', f.symlink, '--out', f.target]],
    ['fix: input is a hard link to --out', () => ['fix', f.hardlink, '--out', f.target]],
    ['consolidate: master is a symlink to --out', () => ['consolidate', f.symlink, f.appendix, '--out', f.target]],
    ['consolidate: a return is a hard link to --out', () => ['consolidate', f.appendix, f.hardlink, '--out', f.target]],
  ];
  it.each(cases)('%s', async (_name, args) => {
    const before = sha(f.target);
    for (const lang of ['vi', 'en']) {
      const r = await cli([...args(), '--lang', lang]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(lang === 'vi' ? 'không bao giờ ghi đè tệp gốc' : 'never overwrites an input');
      noRawError(r);
    }
    expect(sha(f.target)).toBe(before);
    expect(statSync(f.symlink).ino).toBe(statSync(f.target).ino);
  });
});

describe('--out that cannot be written gets a message, not a program error', () => {
  it.each<[string, () => string, string, string]>([
    ['an empty name', () => '', 'đang để trống', 'it is empty'],
    ['a folder', () => f.folder, 'là một thư mục', 'is a folder'],
    ['not .xlsx', () => join(root, 'ket-qua.xls'), 'phải là tệp .xlsx', 'must be an .xlsx'],
    ['a device', () => deviceLink(), 'không phải tệp thông thường', 'not a regular file'],
    ['under a file', () => join(f.appendix, 'ket-qua.xlsx'), 'là tệp chứ không phải thư mục', 'is a file, not a folder'],
    ['in /proc', () => '/proc/ket-qua.xlsx', '', ''],
  ])('%s', async (_name, out, vi, en) => {
    for (const command of [
      ['validate', f.appendix],
      ['fix', f.appendix],
      ['consolidate', f.appendix],
    ]) {
      const r = await cli([...command, '--out', out()]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(vi);
      expect(r.stderr.trim().length).toBeGreaterThan(10);
      noRawError(r);
      const e = await cli([...command, '--out', out(), '--lang', 'en']);
      expect(e.stderr).toContain(en);
    }
  });

  it('a folder that does not exist yet is created', async () => {
    for (const command of ['validate', 'fix', 'consolidate']) {
      const out = join(root, `moi-${command}`, 'con', 'ket-qua.xlsx');
      const r = await cli([command, f.appendix, '--out', out]);
      expect(r.status).toBeLessThan(2);
      expect(existsSync(out)).toBe(true);
    }
  });

  it('an existing output is replaced whole, and no temporary file is left behind', async () => {
    const dir = join(root, 'thay-the');
    mkdirSync(dir);
    const out = join(dir, 'ket-qua.xlsx');
    writeFileSync(out, 'cũ');
    expect((await cli(['validate', f.appendix, '--out', out])).status).toBe(1);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(readFileSync(out).length).toBeGreaterThan(1000);
    expect(readdirSync(dir)).toEqual(['ket-qua.xlsx']);
  });

  (process.getuid?.() === 0 ? it.skip : it)('a folder without write permission', async () => {
    const dir = join(root, 'chi-doc');
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    const r = await cli(['validate', f.appendix, '--out', join(dir, 'x.xlsx')]);
    expect(r.stderr).toContain('Không có quyền ghi');
    chmodSync(dir, 0o755);
  });
});

describe('inputs that are not regular files, or too large, are refused before reading', () => {
  it.each<[string, () => string | undefined, string, string]>([
    ['/dev/zero', () => f.devZero, 'không phải tệp thông thường', 'not a regular file'],
    ['a FIFO', () => f.fifo, 'không phải tệp thông thường', 'not a regular file'],
    ['a folder', () => f.folder, 'là một thư mục', 'is a folder'],
    ['a sparse 101 MB file', () => f.tooLarge, 'lớn hơn 100 MB', 'larger than 100 MB'],
  ])('%s', async (_name, path, vi, en) => {
    const p = path();
    if (!p) return; // no mkfifo on this system
    for (const args of [
      ['validate', p],
      ['summary', p],
      ['fix', p, '--out', join(root, 'x.xlsx')],
      ['consolidate', f.appendix, p, '--out', join(root, 'y.xlsx')],
      ['consolidate', p, '--out', join(root, 'z.xlsx')],
      ['validate', f.appendix, '--units', p],
    ]) {
      const r = await cli(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(vi);
      noRawError(r);
    }
    expect((await cli(['validate', p, '--lang', 'en'])).stderr).toContain(en);
  });
});

describe('each broken or foreign file is told apart', () => {
  it.each<[string, string, string]>([
    ['truncated', 'bị hỏng', 'damaged'],
    ['damaged', 'bị hỏng', 'damaged'],
    ['damagedParts', 'bị hỏng', 'damaged'],
    ['encrypted', 'mật khẩu', 'password'],
    ['pdf', 'không phải là bảng tính', 'not a spreadsheet'],
    ['docx', 'không phải là bảng tính', 'not a spreadsheet'],
    ['empty', 'Tệp rỗng', 'empty'],
    ['csvUnknown', 'CSV UTF-8', 'CSV UTF-8'],
  ])('%s', async (key, vi, en) => {
    for (const command of ['validate', 'summary']) {
      const r = await cli([command, f[key]]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(vi);
      noRawError(r);
      expect((await cli([command, f[key], '--lang', 'en'])).stderr).toContain(en);
    }
  });
});

describe('workbooks that would hang ExcelJS read in bounded work', () => {
  it.each(['wholeColumn', 'tableColumns', 'wholeSheet', 'conditional', 'millionRows', 'deepHeader'])('%s is checked like the plain appendix', async (key) => {
    const plain = await cli(['validate', f.appendix, '--json']);
    const r = await cli(['validate', f[key], '--json']);
    expect(r.status).toBe(plain.status);
    expect(findingsOf(r).map((x) => x.split(' ')[1])).toEqual(findingsOf(plain).map((x) => x.split(' ')[1]));
  });

  it('whole-column validations are parked while reading and written back whole', async () => {
    const tamed = await tameXlsxPackage(readFileSync(f.tableColumns));
    expect(tamed.parked).toBe(1);
    const out = join(root, 'xac-thuc-ra.xlsx');
    expect((await cli(['validate', f.tableColumns, '--out', out])).status).toBe(1);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toMatch(/<dataValidation [^>]*sqref="A6:H1048576"/);
    expect(xml).toContain('Hoàn thành,Đang thực hiện');
  });

  it('empty formatted rows after the data are dropped, ordinary workbooks pass through untouched', async () => {
    const tamed = await tameXlsxPackage(readFileSync(f.millionRows));
    // The fixture's own formatted row 20, then the 200,000 written after it.
    expect(tamed.droppedRows).toBe(200_000 + 1);
    const plain = readFileSync(f.appendix);
    expect((await tameXlsxPackage(plain)).bytes).toBe(plain);
  });

  it('a 32,767-character unit cell is reported as too long, not matched', async () => {
    const r = await cli(['validate', f.longUnitCell, '--json']);
    expect(findingsOf(r)).toContain('C10 unit.too_long');
  });
});

describe('.xls, .ods and .csv read like .xlsx', () => {
  const keys = ['xls', 'ods', 'csvUtf8', 'csvBom', 'csvSemicolon', 'csv1258'];

  it.each(keys)('%s: the same findings as the .xlsx', async (key) => {
    const plain = findingsOf(await cli(['validate', f.appendix, '--json']));
    const r = await cli(['validate', f[key], '--json']);
    expect(r.status).toBe(1);
    // Windows-1258 text arrives composed (NFC): the NFD warning of the original is gone, nothing else.
    const expected = key === 'csv1258' ? plain.filter((x) => !x.endsWith('text.unicode')) : plain;
    expect(findingsOf(r)).toEqual(expected);
  });

  it.each(keys)('%s: validate --out and fix write .xlsx, and say so', async (key) => {
    for (const command of ['validate', 'fix']) {
      const out = join(root, `${key}-${command}.xlsx`);
      const before = sha(f[key]);
      const r = await cli([command, f[key], '--out', out]);
      expect(r.status).toBeLessThan(2);
      expect(r.stderr).toContain('được ghi ở dạng .xlsx');
      expect(sha(f[key])).toBe(before);
      const wb = await openSpreadsheet(readFileSync(out), out);
      expect(wb.format).toBe('xlsx');
      // validate --out opens on the findings list (issue 18): the table is on the sheet after it.
      const grids = workbookToGrids(wb.workbook).filter((g) => g.name !== FINDINGS_LIST_SHEET);
      const cells = grids[0].rows.flat().filter((v) => typeof v === 'string');
      expect(cells).toContain('Kiểm tra đo lường xăng dầu trên địa bàn');
    }
  });

  it('fix of an .xls gives the same workbook as fix of the .xlsx', async () => {
    await cli(['fix', f.appendix, '--out', join(root, 'a.xlsx')]);
    await cli(['fix', f.xls, '--out', join(root, 'b.xlsx')]);
    const values = async (p: string) =>
      workbookToGrids((await openSpreadsheet(readFileSync(p), p)).workbook).map((g) =>
        g.rows.map((r) => r.map((v) => (v === null ? '' : typeof v === 'object' && !(v instanceof Date) ? v.error : String(v)))),
      );
    const [a, b] = [await values(join(root, 'a.xlsx')), await values(join(root, 'b.xlsx'))];
    expect(b).toEqual(a);
  });

  it('consolidate: an .ods master with an .xls and a .csv return, and summary of each', async () => {
    const dir = join(root, 'tong-hop');
    mkdirSync(dir);
    const ret = (status: string) => [
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian', 'Tình trạng'],
      [1, 'Kiểm tra đo lường xăng dầu trên địa bàn', 'Sở Công Thương', null, 'Quý III/2026', status],
    ];
    writeFileSync(join(dir, 'bang-tong.ods'), writeWithSheetJs([grid()], 'ods'));
    writeFileSync(join(dir, 'So-Cong-Thuong.xls'), writeWithSheetJs([grid(ret('Hoàn thành'), 'BC')], 'xls'));
    writeFileSync(join(dir, 'So-Y-te.csv'), csvText([['Đơn vị báo cáo: Sở Y tế'], ...ret('Đang thực hiện')], ';'));
    const out = join(dir, 'ket-qua.xlsx');
    const r = await cli([
      'consolidate',
      join(dir, 'bang-tong.ods'),
      join(dir, 'So-Cong-Thuong.xls'),
      join(dir, 'So-Y-te.csv'),
      '--out',
      out,
      '--report-date',
      '2026-07-15',
      '--json',
    ]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.senders.map((s: { file: string }) => s.file).sort()).toEqual(['So-Cong-Thuong.xls', 'So-Y-te.csv']);
    expect(json.tasks.find((t: { stt: string; row: number }) => t.row === 6).status).toBe('done');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Tổng hợp')).toBeDefined();
    for (const p of [join(dir, 'So-Cong-Thuong.xls'), join(dir, 'So-Y-te.csv'), f.xls, f.ods]) {
      expect((await cli(['summary', p])).status).toBe(0);
    }
  });

  it('a --units directory may be .ods or .xls too', async () => {
    const units = join(root, 'don-vi.ods');
    writeFileSync(
      units,
      writeWithSheetJs(
        [
          {
            name: 'Danh mục đơn vị',
            rows: [
              ['Tên chuẩn', 'Tên khác / viết tắt'],
              ['Sở Công Thương', 'SCT'],
            ],
            merges: [],
          },
        ],
        'ods',
      ),
    );
    expect((await cli(['validate', f.appendix, '--units', units])).status).toBe(1);
  });

  it('a CSV with a "sep=" line, quotes and line breaks in cells', async () => {
    const path = join(root, 'ngat-dong.csv');
    writeFileSync(path, csvText([...APPENDIX.slice(0, 4), [1, 'Tổ chức hội nghị,\n"tập huấn"', 'Sở Y tế', null, 'Quý II/2026', null]]));
    const r = await cli(['validate', path, '--json']);
    expect(r.status).toBeLessThan(2);
    const book = await openSpreadsheet(readFileSync(path), path);
    expect(workbookToGrids(book.workbook)[0].rows[4][1]).toBe('Tổ chức hội nghị,\n"tập huấn"');
  });

  it('in core, a grid read from each format validates the same', async () => {
    const counts = [];
    for (const key of ['appendix', 'xls', 'ods', 'csvUtf8']) {
      const book = await openSpreadsheet(readFileSync(f[key]), f[key]);
      counts.push(validateWorkbook(workbookToGrids(book.workbook)).summary);
    }
    expect(new Set(counts.map((c) => JSON.stringify(c))).size).toBe(1);
  });

  it('a symlink to a file is read as the file', async () => {
    const link = join(root, 'link.ods');
    symlinkSync(f.ods, link);
    expect((await cli(['validate', link])).status).toBe(1);
  });
});
