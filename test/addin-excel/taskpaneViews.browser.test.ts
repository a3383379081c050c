/** The task pane's consolidation and settings views in real headless Chromium, on the Office.js fake. */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import type { CellValue } from '../../core/model/grid';
import { chromiumPerFile, serveTaskpane } from '../helpers/browser';
import { FROM_CENTRE, FROM_TDC, MASTER } from '../helpers/consolidationFixture';

jest.setTimeout(90_000);

const chromium = chromiumPerFile();

async function open(seed: unknown): Promise<{ page: Page; requests: string[] }> {
  const server = await serveTaskpane(seed);
  const { page, requests } = await chromium.newPage();
  chromium.afterTest(() => server.close());
  await page.goto(server.url);
  return { page, requests };
}

async function xlsx(sheet: string, rows: CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const text = (page: Page, sel: string) => page.textContent(sel).then((t) => t ?? '');

describe('task pane: consolidation view', () => {
  it('reads picked returns in the pane, previews who sent what, applies to the master and undoes', async () => {
    const { page, requests } = await open({ sheet: MASTER.name, rows: MASTER.rows, locale: 'vi-VN', view: 'consolidate' });
    expect(await page.getAttribute('#tab-consolidate', 'aria-selected')).toBe('true');
    await page.setInputFiles('#return-files', [
      { name: FROM_TDC.file, mimeType: XLSX, buffer: await xlsx('Phụ lục', FROM_TDC.grid.rows) },
      { name: FROM_CENTRE.file, mimeType: XLSX, buffer: await xlsx('Báo cáo', FROM_CENTRE.grid.rows) },
      { name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('không phải bảng tính') },
      { name: 'hong.xlsx', mimeType: XLSX, buffer: Buffer.from('PK\u0003\u0004 cắt ngang') },
    ]);
    await page.waitForSelector('#return-list li.bad >> nth=1');
    const files = await text(page, '#return-list');
    expect(files).toContain(`${FROM_TDC.file}: đọc được`);
    expect(files).toContain('ghi-chu.txt: không phải tệp bảng tính');
    expect(files).toContain('hong.xlsx: Tệp bị hỏng');

    await page.click('#preview');
    await page.waitForSelector('#consolidate-preview h2');
    const preview = await text(page, '#consolidate-preview');
    expect(preview).toContain(`${FROM_TDC.file} → Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng`);
    expect(preview).toContain(`${FROM_CENTRE.file} → Trung tâm Khoa học và Công nghệ`);
    expect(preview).toMatch(/Dòng không khớp: 1/);
    expect(preview).toContain('Hoàn thành');
    // Core's figures: six statuses, the total, and lateness at the report date under its own label.
    expect(await page.locator('#consolidate-preview progress').count()).toBe(8);
    expect(preview).toContain('Quá hạn (theo báo cáo)');
    expect(preview).toContain('Trễ hạn tại ngày báo cáo');
    expect(await page.evaluate(() => window.__STATE__.sheets.has('Tổng hợp'))).toBe(false);

    await page.click('#apply');
    await page.waitForFunction(() => /có thể hoàn tác/.test(document.getElementById('consolidate-status')!.textContent ?? ''));
    expect(await page.evaluate(() => window.__STATE__.cell('Tổng hợp', 1, 1).value)).toBe('TỔNG HỢP TÌNH HÌNH THỰC HIỆN');
    expect(await page.evaluate(() => window.__STATE__.charts.length)).toBe(1);
    // The header gains the progress columns; the task Phòng TĐC finished says so.
    const statusCells = await page.evaluate(() => Object.values(window.__STATE__.values('Phụ lục')).filter((v) => v === 'Hoàn thành').length);
    expect(statusCells).toBeGreaterThan(0);

    await page.click('#undo-consolidate');
    await page.waitForFunction(() => /Đã hoàn tác tổng hợp/.test(document.getElementById('consolidate-status')!.textContent ?? ''));
    expect(await page.evaluate(() => window.__STATE__.sheets.has('Tổng hợp'))).toBe(false);
    expect(await page.evaluate(() => Object.values(window.__STATE__.values('Phụ lục')).filter((v) => v === 'Hoàn thành').length)).toBe(0);
    // Files are read in the page: nothing but the page itself was requested.
    expect(requests.every((u) => u.startsWith('http://127.0.0.1:'))).toBe(true);
  });

  it('says so when the open workbook has no appendix table to merge into', async () => {
    const { page } = await open({ sheet: 'Trang 1', rows: [['Ghi chú linh tinh']], locale: 'vi-VN', view: 'consolidate' });
    await page.setInputFiles('#return-files', [{ name: FROM_TDC.file, mimeType: XLSX, buffer: await xlsx('Phụ lục', FROM_TDC.grid.rows) }]);
    await page.waitForSelector('#return-list li.ok');
    await page.click('#preview');
    await page.waitForFunction(() => /không có bảng phụ lục/.test(document.getElementById('consolidate-status')!.textContent ?? ''));
    expect(await page.isDisabled('#apply')).toBe(true);
  });
});

describe('task pane: settings view', () => {
  it('saves plan year, report date and unit sheet into the workbook, refuses a bad year, and speaks English', async () => {
    const { page } = await open({ sheet: MASTER.name, rows: MASTER.rows, locale: 'en-US' });
    // Tabs are keyboard reachable: arrow keys move between them.
    await page.focus('#tab-check');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('#tab-settings', 'aria-selected')).toBe('true');
    await page.waitForFunction(() => (document.getElementById('settings-status')!.textContent ?? '') === '');
    await page.fill('#plan-year', '26');
    await page.click('#save-settings');
    expect(await text(page, '#settings-status')).toContain('four digits');
    expect(await page.getAttribute('#plan-year', 'aria-invalid')).toBe('true');
    await page.fill('#plan-year', '2026');
    await page.fill('#report-date', '2026-11-30');
    await page.fill('#unit-sheet', 'Đơn vị');
    await page.click('#save-settings');
    await page.waitForFunction(() => /Settings saved/.test(document.getElementById('settings-status')!.textContent ?? ''));
    const saved = await page.evaluate(() => [2, 3, 4].map((r) => window.__STATE__.cell('Cài đặt Phụ lục', r, 2).value));
    expect(saved).toEqual(['2026', '30/11/2026', 'Đơn vị']);
  });

  it('shows the settings a workbook already carries, whoever wrote them', async () => {
    const sheet = [
      ['Thiết đặt', 'Giá trị'],
      ['Năm kế hoạch', 2025],
      ['Ngày báo cáo', '15/07/2026'],
      ['Sheet danh mục đơn vị', 'DM'],
    ];
    const { page } = await open({ sheet: MASTER.name, rows: MASTER.rows, locale: 'vi-VN', view: 'settings', others: { 'Cài đặt Phụ lục': sheet } });
    await page.waitForFunction(() => (document.getElementById('plan-year') as HTMLInputElement).value !== '');
    expect(await page.inputValue('#plan-year')).toBe('2025');
    expect(await page.inputValue('#report-date')).toBe('2026-07-15');
    expect(await page.inputValue('#unit-sheet')).toBe('DM');
  });
});
