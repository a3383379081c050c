/** Settings kept in the workbook: the sheet every host reads, and the command line using it. */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SETTINGS_SHEET, readDay, readSettings, settingsRows, withWorkbookSettings } from '../../../core/engine/settings';
import type { CellValue, Grid } from '../../../core/model/grid';
import { validateWorkbook } from '../../../core/engine/validate';
import { phuluc } from '../../helpers/cli';

const sheet = (rows: CellValue[][]): Grid => ({ name: SETTINGS_SHEET, rows, merges: [] });
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('the settings sheet', () => {
  it('reads what the add-ins write, and what a person types by hand', () => {
    const written = settingsRows({ planYear: 2026, reportDate: utc(2026, 11, 30), unitSheet: 'Đơn vị' });
    expect(readSettings(sheet(written)).settings).toEqual({ planYear: 2026, reportDate: utc(2026, 11, 30), unitSheet: 'Đơn vị' });
    // Typed by hand: a number cell, a date cell, labels with a colon, in English, in NFD.
    const byHand = sheet([
      ['Năm kế hoạch:', 2025],
      ['Report date', utc(2026, 7, 15)],
      ['Sheet danh mục đơn vị'.normalize('NFD'), 'Danh mục'],
    ]);
    expect(readSettings(byHand)).toEqual({ settings: { planYear: 2025, reportDate: utc(2026, 7, 15), unitSheet: 'Danh mục' }, problems: [] });
  });

  it('names the values it cannot read instead of guessing', () => {
    const r = readSettings(
      sheet([
        ['Năm kế hoạch', 'năm nay'],
        ['Ngày báo cáo', '31/02/2026'],
        ['Ghi chú', 'không phải thiết đặt'],
      ]),
    );
    expect(r.settings).toEqual({});
    expect(r.problems.map((p) => [p.row, p.key])).toEqual([
      [1, 'planYear'],
      [2, 'reportDate'],
    ]);
  });

  it('reads days as hosts hand them over: text, ISO, date cells and date serials', () => {
    expect(readDay('30/11/2026')).toEqual(utc(2026, 11, 30));
    expect(readDay('2026-11-30')).toEqual(utc(2026, 11, 30));
    expect(readDay(46356)).toEqual(utc(2026, 11, 30)); // Excel's serial for 30/11/2026
    expect(readDay('30/11')).toBeUndefined();
    expect(readDay(7)).toBeUndefined();
  });

  it('gives way to options from outside, and fills in what they leave out', () => {
    const grids = [sheet(settingsRows({ planYear: 2024, reportDate: utc(2026, 1, 5) }))];
    expect(withWorkbookSettings(grids, { planYear: 2026 })).toMatchObject({ planYear: 2026, reportDate: utc(2026, 1, 5) });
    expect(withWorkbookSettings([], {})).toMatchObject({ planYear: undefined });
  });

  it('is never checked as an appendix', () => {
    const rows: CellValue[][] = [
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'],
      [1, 'x', 'Sở Y tế', 'Năm 2026'],
      [3, 'y', 'Sở Y tế', 'Năm 2026'],
    ];
    expect(validateWorkbook([{ name: SETTINGS_SHEET, rows, merges: [] }]).tableCount).toBe(0);
  });
});

describe('the command line reads the workbook’s settings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-settings-'));

  async function workbook(settings?: CellValue[][]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục');
    for (const r of [
      ['KẾ HOẠCH NĂM 2026'],
      [],
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
      [1, 'Tổ chức tập huấn', 'Sở Y tế', null, 'Quý II/2026'],
    ])
      ws.addRow(r);
    if (settings) {
      const s = wb.addWorksheet(SETTINGS_SHEET);
      for (const r of settings) s.addRow(r);
    }
    const file = join(dir, `${settings ? 'with' : 'without'}.xlsx`);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('uses the plan year from the sheet unless --plan-year says otherwise', async () => {
    const codes = (args: string[]) => (JSON.parse(phuluc(['validate', ...args, '--json']).stdout).findings as Array<{ code: string }>).map((f) => f.code);
    expect(codes([await workbook()])).not.toContain('time.out_of_period');
    const withSettings = await workbook(settingsRows({ planYear: 2024 }));
    expect(codes([withSettings])).toContain('time.out_of_period');
    expect(codes([withSettings, '--plan-year', '2026'])).not.toContain('time.out_of_period');
  });
});
