/** `fix`: only safe changes, a fixed point after one run, and nothing outside its columns. */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixWorkbook } from '../../core/engine/fixes';
import { isFixable } from '../../core/plans/fixScope';
import type { CellValue, Grid } from '../../core/model/grid';
import { validateWorkbook } from '../../core/engine/validate';
import { phuluc } from '../helpers/cli';
import { buildAppendix, shapeArb } from '../helpers/generate';
import { gridsOf, seedPath, seedWorkbooks } from '../helpers/workbooks';
import { cutRowAndRepeatedHeader } from '../helpers/tables';

const HEADER = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'];

type Mess = 'alias' | 'nfd' | 'markup' | 'spaces' | 'tail' | 'header' | 'timeSpaces' | 'ocr' | 'oldUnit';
const messArb = fc.array(
  fc.record({ kind: fc.constantFrom<Mess>('alias', 'nfd', 'markup', 'spaces', 'tail', 'header', 'timeSpaces', 'ocr', 'oldUnit'), at: fc.nat() }),
  { maxLength: 6 },
);

/** A generated appendix with real-world mess put in. */
function messy(shape: Parameters<typeof buildAppendix>[0], mess: Array<{ kind: Mess; at: number }>): Grid {
  const { grid, numbered } = buildAppendix(shape);
  const rows = grid.rows.map((r) => [...r]);
  const inserts: Array<[number, CellValue[]]> = [];
  for (const { kind, at } of mess) {
    const t = numbered[at % numbered.length];
    const r = rows[t.row - 1];
    switch (kind) {
      case 'alias':
        if (t.kind !== 'group') r[2] = at % 2 ? 'Phòng TĐC' : 'Sở KH&CN';
        break;
      case 'oldUnit':
        if (t.kind !== 'group') r[3] = 'Sở Thông tin và Truyền thông';
        break;
      case 'nfd':
        r[1] = (r[1] as string).normalize('NFD');
        break;
      case 'markup':
        r[1] = `<p>${r[1] as string}</p>`;
        break;
      case 'spaces':
        r[1] = `  ${r[1] as string}  `;
        break;
      case 'timeSpaces':
        if (t.kind !== 'group') r[4] = ` ${r[4] as string}  `;
        break;
      case 'ocr':
        if (t.kind === 'group' && t.value === 3) r[0] = 'Ill';
        break;
      case 'tail':
        if (t.kind !== 'group') {
          r[1] = `${r[1] as string} và`;
          inserts.push([t.row, [null, 'các nội dung liên quan', null, null, null]]);
        }
        break;
      case 'header':
        inserts.push([t.row, HEADER]);
        break;
    }
  }
  for (const [after, row] of inserts.sort((a, b) => b[0] - a[0])) rows.splice(after, 0, row);
  return { ...grid, rows };
}

describe('fix', () => {
  it('leaves no safe fix undone on the seeds, and a second run finds nothing', async () => {
    for (const name of seedWorkbooks()) {
      const grids = await gridsOf(seedPath(name));
      const once = fixWorkbook(grids);
      expect(once.rounds.length).toBeGreaterThan(0);
      expect(fixWorkbook(once.grids).rounds).toEqual([]);
      const left = validateWorkbook(once.grids).findings.filter(isFixable);
      // What is left fixable lies outside the columns text clean-ups may touch (a result cell's <ul>).
      for (const f of left) expect(f.code).toMatch(/^text\./);
    }
  });

  it('is idempotent on generated messy appendices', () => {
    fc.assert(
      fc.property(shapeArb, messArb, (shape, mess) => {
        const once = fixWorkbook([messy(shape, mess)]);
        const twice = fixWorkbook(once.grids);
        expect(twice.rounds).toEqual([]);
        expect(twice.grids[0].rows).toEqual(once.grids[0].rows);
      }),
      { numRuns: 150 },
    );
  });

  it('changes no cell outside the STT, content and unit columns, except rows it merges or removes', () => {
    fc.assert(
      fc.property(shapeArb, messArb, (shape, mess) => {
        const grid = messy(shape, mess);
        const result = fixWorkbook([grid]);
        const touchedRows = new Set<number>();
        for (const round of result.rounds) {
          for (const m of round.merges) touchedRows.add(m.into);
          for (const c of round.cells) expect([1, 2, 3, 4]).toContain(c.column);
        }
        // With no rows removed, every time cell (column 5) is as it was, unless a merge wrote it.
        if (result.rounds.every((r) => r.removals.length === 0)) {
          grid.rows.forEach((row, i) => {
            if (!touchedRows.has(i + 1)) expect(result.grids[0].rows[i]?.[4] ?? null).toEqual(row[4] ?? null);
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('merges a cut row into the row above and removes a repeated header', () => {
    const grid: Grid = {
      name: 'Phụ lục',
      rows: cutRowAndRepeatedHeader(),
      merges: [],
    };
    const r = fixWorkbook([grid]);
    // The cut row and the repeated header are emptied, not deleted: nothing below them moves.
    expect(r.grids[0].rows.slice(3)).toEqual([
      [1, 'Phối hợp với Ủy ban Tiêu chuẩn đo lường chất lượng', 'Sở Khoa học và Công nghệ', null, 'Hàng năm'],
      [null, null, null, null, null],
      [null, null, null, null, null],
      [2, 'Tổ chức', 'Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng', null, 'Quý II/2026'],
    ]);
    expect(r.log.map((e) => `${e.cell} ${e.code}`)).toEqual(
      expect.arrayContaining(['C7 unit.noncanonical', 'B4 row.continuation', 'C4 row.continuation', '5:5 row.continuation', '6:6 row.repeated_header']),
    );
  });
});

describe('phuluc fix', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-fix-'));
  const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

  it('writes a fixed copy with a change log and leaves the input alone; fixing that copy changes nothing', async () => {
    const input = join(dir, '004.xlsx');
    copyFileSync(seedPath('004-hcm-skhcn-2026.xlsx'), input);
    const before = sha(input);
    const out = join(dir, '004-fixed.xlsx');
    const r = phuluc(['fix', input, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Nhật ký sửa lỗi');
    expect(sha(input)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const log = wb.getWorksheet('Nhật ký sửa lỗi')!;
    expect(log.getRow(1).values).toEqual([undefined, 'Trang tính', 'Ô', 'Trước', 'Sau', 'Vấn đề', 'Nội dung quy tắc']);
    expect(log.rowCount).toBeGreaterThan(10);
    const ws = wb.getWorksheet('Phụ lục')!;
    // The seven repeated headers go; the first stays.
    let headers = 0;
    ws.eachRow((row) => {
      if (row.getCell(1).value === 'STT') headers++;
    });
    expect(headers).toBe(1);
    const again = join(dir, '004-again.xlsx');
    expect(phuluc(['fix', out, '--out', again]).status).toBe(0);
    expect(sha(again)).toBe(sha(out));
  });

  it('says what it did as JSON, and refuses to overwrite its input', () => {
    const input = join(dir, '000.xlsx');
    copyFileSync(seedPath('000-dong-nai-skhcn-2026.xlsx'), input);
    const r = phuluc(['fix', input, '--out', join(dir, '000-fixed.xlsx'), '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.changes.length).toBeGreaterThan(20);
    expect(out.changes[0]).toEqual(expect.objectContaining({ sheet: 'Phụ lục', cell: expect.any(String), code: expect.any(String) }));
    const same = phuluc(['fix', input, '--out', input]);
    expect(same.status).toBe(2);
    expect(phuluc(['fix', input]).status).toBe(2);
  });
});

describe('phuluc fix keeps the workbook intact', () => {
  it('formulas, merges and notes below an emptied row stay where they were', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phuluc-fix2-'));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục');
    const rows: ExcelJS.CellValue[][] = [
      ['KẾ HOẠCH NĂM 2026'],
      [],
      [...HEADER, 'Kinh phí'],
      [1, 'Tổ chức hội nghị', 'Phòng TĐC', null, 'Quý II/2026', 100],
      [...HEADER, 'Kinh phí'],
      [2, 'Kiểm tra đo lường', 'Sở Y tế', null, 'Quý III/2026', 50],
      [null, 'Tổng cộng', null, null, null, { formula: 'SUM(F4:F6)', result: 150 }],
    ];
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && v !== undefined && (ws.getCell(i + 1, j + 1).value = v)));
    ws.getCell('B6').note = 'ghi chú riêng';
    ws.mergeCells('C6:D6');
    const input = join(dir, 'in.xlsx');
    await wb.xlsx.writeFile(input);
    const out = join(dir, 'out.xlsx');
    expect(phuluc(['fix', input, '--out', out]).status).toBe(0);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const s = back.getWorksheet('Phụ lục')!;
    expect(s.getCell('A5').value).toBeNull();
    expect((s.getCell('F7').value as ExcelJS.CellFormulaValue).formula).toBe('SUM(F4:F6)');
    expect(JSON.stringify(s.getCell('B6').note)).toContain('ghi chú riêng');
    expect(s.getCell('D6').isMerged).toBe(true);
    expect(s.getCell('C4').value).toBe('Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng');
  });
});
