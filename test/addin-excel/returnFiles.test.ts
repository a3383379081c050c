/** The panel's reader of returned files takes .xls, .ods and .csv like .xlsx (the same module as the command line). */
import { isSpreadsheetName, readReturn } from '../../panel/returnFiles';
import { writeWithSheetJs } from '../../xlsx/sheetjs';
import { APPENDIX, csvText, encode1258, encryptedOle, grid, xlsxBytes } from '../helpers/oddFiles';

describe('returned files in the panel', () => {
  it.each<[string, () => Promise<Uint8Array> | Uint8Array]>([
    ['bao-cao.xlsx', () => xlsxBytes()],
    ['bao-cao.xls', () => writeWithSheetJs([grid()], 'xls')],
    ['bao-cao.ods', () => writeWithSheetJs([grid()], 'ods')],
    ['bao-cao.csv', () => new TextEncoder().encode(csvText(APPENDIX, ';'))],
    ['bao-cao-1258.csv', () => encode1258(csvText(APPENDIX))],
  ])('%s is read', async (name, bytes) => {
    expect(isSpreadsheetName(name)).toBe(true);
    const r = await readReturn(name, await bytes(), 'vi');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.input.grid.rows[4][1]).toBe('Tổ chức hội nghị tập huấn về tiêu chuẩn');
  });

  it.each<[string, Uint8Array, string]>([
    ['mat-khau.xlsx', encryptedOle(), 'mật khẩu'],
    ['hong.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'bị hỏng'],
    ['ghi-chu.pdf', new TextEncoder().encode('%PDF-1.7'), 'không phải là bảng tính'],
  ])('%s says why it cannot be read', async (name, bytes, why) => {
    const r = await readReturn(name, bytes, 'vi');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.why).toContain(why);
  });

  it('a text file is not offered', () => {
    expect(isSpreadsheetName('ghi-chu.txt')).toBe(false);
  });
});
