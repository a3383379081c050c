import ExcelJS from 'exceljs';
import { toCellValue, worksheetToGrid, loadWorkbook, WorkbookReadError } from '../../xlsx/workbook';

describe('ExcelJS → Grid', () => {
  it('flattens rich text, takes formula results and hyperlink text, keeps errors and dates', () => {
    expect(toCellValue({ richText: [{ text: 'Sở ' }, { font: { bold: true }, text: 'KH&CN' }] })).toBe('Sở KH&CN');
    expect(toCellValue({ formula: 'A1+1', result: 3 })).toBe(3);
    expect(toCellValue({ sharedFormula: 'A1', result: 'Quý II/2026' })).toBe('Quý II/2026');
    expect(toCellValue({ formula: 'A1' })).toBeNull();
    expect(toCellValue({ formula: '1/0', result: { error: '#DIV/0!' } } as unknown as ExcelJS.CellValue)).toEqual({ error: '#DIV/0!' });
    expect(toCellValue({ text: 'Cổng', hyperlink: 'https://example.invalid' })).toBe('Cổng');
    expect(toCellValue({ error: '#N/A' })).toEqual({ error: '#N/A' });
    const d = new Date(Date.UTC(2026, 5, 30));
    expect(toCellValue(d)).toEqual(d);
    expect(toCellValue(null)).toBeNull();
  });

  it('keeps merged values in the top-left cell only, and lists the merges', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục');
    ws.getCell('A1').value = 'I. Nhóm';
    ws.mergeCells('A1:E1');
    ws.getCell('C2').value = 'Sở KH&CN';
    ws.mergeCells('C2:C4');
    const grid = worksheetToGrid(ws);
    expect(grid.rows[0][0]).toBe('I. Nhóm');
    expect(grid.rows[0].slice(1).every((v) => v === null)).toBe(true);
    expect(grid.rows[2][2] ?? null).toBeNull();
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 5 },
        { top: 2, left: 3, bottom: 4, right: 3 },
      ]),
    );
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['a text file', new TextEncoder().encode('TT\tNội dung\n'), 'not_spreadsheet'],
    [
      'an OLE file that is no encrypted workbook (.xls is read by cli/spreadsheet.ts)',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'not_spreadsheet',
    ],
    ['a broken zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), 'corrupt'],
  ])('tells %s apart', async (_name, bytes, reason) => {
    await expect(loadWorkbook(bytes)).rejects.toEqual(new WorkbookReadError(reason as never));
    await loadWorkbook(bytes).catch((e: WorkbookReadError) => expect(e.reason).toBe(reason));
  });
});
