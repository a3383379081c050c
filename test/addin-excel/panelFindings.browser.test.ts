/**
 * The shared panel's findings, as an officer meets them, in real headless Chromium on the Office.js
 * fake: plain titles (no rule codes), identical findings fixed together after a preview, accessible
 * names that carry the message, paging for long lists, the "no appendix table" state, and controls
 * that tell the truth.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import type { CellValue } from '../../core/model/grid';
import { chromiumPerFile, serveTaskpane } from '../helpers/browser';
import { FROM_TDC, MASTER } from '../helpers/consolidationFixture';
import { gridsOf, seedPath } from '../helpers/workbooks';

jest.setTimeout(120_000);

const chromium = chromiumPerFile();
const CODE = /\b(stt|unit|lead|time|row|text|section|header|consolidate)\.[a-z_]+\b/;
const HEADER = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'];

async function open(seed: unknown): Promise<Page> {
  const server = await serveTaskpane(seed);
  const { page } = await chromium.newPage();
  chromium.afterTest(() => server.close());
  await page.goto(server.url);
  return page;
}

async function check(page: Page): Promise<void> {
  await page.click('#check');
  await page.waitForFunction(
    () => document.getElementById('busy')!.hidden && /Kiểm tra lại|Check again/.test(document.getElementById('check')!.textContent ?? ''),
  );
}

/** Every cell of a sheet in the fake, as text, to count what a fix changed. */
function cellsOf(page: Page, sheet: string, rows: number, columns: number): Promise<string[]> {
  return page.evaluate(
    ({ sheet, rows, columns }) => {
      const out: string[] = [];
      for (let r = 1; r <= rows; r++) for (let c = 1; c <= columns; c++) out.push(JSON.stringify(window.__STATE__.cell(sheet, r, c).value ?? null));
      return out;
    },
    { sheet, rows, columns },
  );
}

describe('the findings list', () => {
  it('heads groups with plain titles, never rule codes, and fixes seed 000’s 21 unit names in one confirmed action', async () => {
    const [grid, ...others] = await gridsOf(seedPath('000-dong-nai-skhcn-2026.xlsx'));
    const page = await open({ sheet: grid.name, rows: grid.rows, locale: 'vi-VN', others: Object.fromEntries(others.map((g) => [g.name, g.rows])) });
    expect(await page.isHidden('#undo-fix')).toBe(true);
    await check(page);
    const text = (await page.textContent('#findings')) ?? '';
    expect(text).not.toMatch(CODE);
    const titles = await page.locator('#findings summary').allTextContents();
    expect(titles).toContain('Tên đơn vị chưa chuẩn (21)');
    // The code is still there for whoever wants it: a tooltip.
    expect(await page.getAttribute('[data-code="unit.noncanonical"] > summary', 'title')).toBe('Mã quy tắc: unit.noncanonical');
    // Identical findings are shown once, with their count and the "fixable" badge.
    const cluster = page.locator('.cluster', { hasText: '“Phòng TĐC” → “Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng”' }).first();
    expect(await cluster.textContent()).toMatch(/\d+ ô: .*sửa được/);

    const before = await cellsOf(page, grid.name, grid.rows.length, 8);
    await page.click('[data-code="unit.noncanonical"] > button.fix-group:has-text("Sửa tất cả (21)")');
    await page.waitForSelector('#fix-preview:not([hidden]) #fix-preview-title');
    expect(await page.textContent('#fix-preview-title')).toBe('Xem trước: sửa 21 ô');
    const changes = await page.locator('#fix-preview .changes li').allTextContents();
    expect(changes).toHaveLength(21);
    for (const c of changes) expect(c).toMatch(/^[A-Z]\d+: .*Phòng TĐC.* → .*Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng/);
    // Nothing is written before the person confirms.
    expect(await cellsOf(page, grid.name, grid.rows.length, 8)).toEqual(before);
    await page.click('#confirm-fix');
    await page.waitForFunction(() => document.getElementById('fix-preview-title')!.textContent === 'Đã sửa 21 ô');
    await page.waitForFunction(() => /có thể hoàn tác/.test(document.getElementById('status')!.textContent ?? ''));
    const after = await cellsOf(page, grid.name, grid.rows.length, 8);
    expect(after.filter((v, i) => v !== before[i])).toHaveLength(21);
    expect(after.join('\n')).not.toContain('Phòng TĐC');
    expect(await page.locator('[data-code="unit.noncanonical"]').count()).toBe(0);
    // Now, and only now, there is something to undo.
    expect(await page.isVisible('#undo-fix')).toBe(true);
    await page.click('#undo-fix');
    await page.waitForFunction(() => /Đã hoàn tác 21 ô/.test(document.getElementById('status')!.textContent ?? ''));
    expect(await cellsOf(page, grid.name, grid.rows.length, 8)).toEqual(before);
    expect(await page.isHidden('#undo-fix')).toBe(true);
  });

  it('gives every finding an accessible name holding its message, in both languages', async () => {
    for (const locale of ['vi-VN', 'en-US']) {
      const [grid] = await gridsOf(seedPath('001-dong-nai-ubnd-1295.xlsx'));
      const page = await open({ sheet: grid.name, rows: grid.rows, locale });
      await check(page);
      // Open every cluster's cells, so every finding has its button.
      for (const d of await page.locator('details.cells').all()) await d.locator('summary').click();
      const names = await page.locator('button.finding').evaluateAll((els) =>
        els.map((b) => {
          const own = b.querySelector('.message')?.textContent ?? b.closest('.cluster')?.querySelector('.cluster-message .message')?.textContent ?? '';
          return { name: b.getAttribute('aria-label') ?? '', message: own };
        }),
      );
      expect(names.length).toBeGreaterThan(10);
      for (const n of names) {
        expect(n.message.length).toBeGreaterThan(5);
        expect(n.name).toContain(n.message);
      }
      // The page-break cut of rows 20–21 is one finding, and it says it can be fixed.
      const cut = names.filter((n) => n.name.includes('A21'));
      expect(cut).toHaveLength(1);
      expect(cut[0].name).toMatch(/sửa được|fixable/);
      await page.close();
    }
  });

  it('shows a sheet without an appendix table as an error with what to do, never as a clean sheet', async () => {
    const page = await open({ sheet: 'Trống', rows: [['Danh sách cán bộ'], ['Nguyễn Văn A', 'Phòng TĐC']], locale: 'vi-VN' });
    await check(page);
    expect(await page.isVisible('#problem')).toBe(true);
    const problem = (await page.textContent('#problem')) ?? '';
    expect(problem).toContain('Không tìm thấy bảng phụ lục');
    expect(problem).toContain('Mở trang tính chứa bảng phụ lục');
    expect(await page.textContent('#findings')).not.toContain('Không phát hiện vấn đề nào');
    expect(await page.isDisabled('#fix')).toBe(true);
  });

  it('stays responsive with 5,000 findings: a page of each group at a time, more on request', async () => {
    const rows: CellValue[][] = [['KẾ HOẠCH NĂM 2026'], [], HEADER];
    // Every time cell unreadable in its own way (letters, so no year is read into it): 5,000 findings
    // with 5,000 different messages, in ten groups of 500 tasks.
    const word = (i: number) => [0, 1, 2].map((k) => String.fromCharCode(97 + (Math.floor(i / 26 ** k) % 26))).join('');
    const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
    for (let g = 0; g < 10; g++) {
      rows.push([ROMAN[g], `Nhóm ${ROMAN[g]}`, null, null, null]);
      for (let t = 1; t <= 500; t++) rows.push([t, `Nhiệm vụ ${ROMAN[g]}.${t}`, 'Sở Y tế', null, `khi nào xong ${word(g * 500 + t)}`]);
    }
    const page = await open({ sheet: 'Phụ lục', rows, locale: 'vi-VN' });
    const checking = Date.now();
    await check(page);
    // Check and render together (the check itself runs core over 5,010 rows in the page).
    console.log(`5,000 findings: checked and shown in ${Date.now() - checking} ms`);
    const summaries = await page.locator('#findings summary').allTextContents();
    expect(await page.textContent('#status')).toBe('Trang tính “Phụ lục”: 0 lỗi, 5000 cảnh báo, 0 gợi ý');
    expect(summaries.some((s) => /\(5000\)$/.test(s))).toBe(true);
    expect(await page.locator('button.finding').count()).toBe(50);
    const started = Date.now();
    await page.click('button.more');
    expect(await page.locator('button.finding').count()).toBe(100);
    console.log(`next page of 50: ${Date.now() - started} ms`);
    expect(await page.textContent('button.more')).toBe('Hiện thêm 50 (còn 4900)');
    // The new page's first item has the focus, so a keyboard user carries on where the list grew.
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.parentElement?.children[50]?.contains(document.activeElement))).toBe(true);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(20_000);
  });

  it('makes disabled controls look disabled', async () => {
    const page = await open({ sheet: MASTER.name, rows: MASTER.rows, locale: 'vi-VN' });
    await check(page);
    const look = (sel: string) =>
      page.locator(sel).evaluate((b) => `${getComputedStyle(b).backgroundImage}|${getComputedStyle(b).borderStyle}|${getComputedStyle(b).color}`);
    const enabled = await look('#clear');
    await page.locator('#clear').evaluate((b) => ((b as HTMLButtonElement).disabled = true));
    expect(await look('#clear')).not.toBe(enabled);
  });
});

describe('the consolidation view', () => {
  it('lists the picked files, each with a remove button', async () => {
    const page = await open({ sheet: MASTER.name, rows: MASTER.rows, locale: 'vi-VN', view: 'consolidate' });
    expect(await page.textContent('#picked-count')).toBe('Chưa chọn tệp nào.');
    expect(await page.isDisabled('#preview')).toBe(true);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục');
    for (const r of FROM_TDC.grid.rows) ws.addRow(r);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    await page.setInputFiles('#return-files', [{ name: FROM_TDC.file, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer }]);
    await page.waitForSelector('#return-list li');
    expect(await page.textContent('#picked-count')).toBe('Đã chọn 1 tệp:');
    expect(await page.isEnabled('#preview')).toBe(true);
    await page.click(`#return-list button[aria-label="Bỏ tệp ${FROM_TDC.file}"]`);
    expect(await page.locator('#return-list li').count()).toBe(0);
    expect(await page.textContent('#picked-count')).toBe('Chưa chọn tệp nào.');
    expect(await page.isDisabled('#preview')).toBe(true);
  });
});
