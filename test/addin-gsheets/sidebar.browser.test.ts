/**
 * The built Sidebar.html in real headless Chromium, served exactly as the server serves it (menu
 * item → HtmlService → the page with its language and view), talking through a fake
 * google.script.run to the built Code.js running in the page over an in-page fake spreadsheet.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import type { CellValue, Grid } from '../../core/model/grid';
import { validateWorkbook } from '../../core/engine/validate';
import { readTables } from '../../core/read/table';
import { chromiumPerFile } from '../helpers/browser';
import { gridsOf, seedPath } from '../helpers/workbooks';
import { buildDist, load, removeDist } from './harness';
import { buildPageHarness, pageInitScript, serveSidebar } from './sidebarServed';

jest.setTimeout(120_000);

const chromium = chromiumPerFile();
let dist: string;
let harness: string;
afterAll(() => removeDist(dist));
beforeAll(() => {
  dist = buildDist();
  harness = buildPageHarness();
});

/** The page the server shows for a menu item, in a locale. */
function servedPage(menuItem: 'menuOpenSidebar' | 'menuConsolidate', locale: string): string {
  const app = load(dist, { locale });
  app.call(menuItem);
  expect(app.fake.ui.alerts).toEqual([]);
  return app.fake.ui.sidebars[0].html;
}

interface Opened {
  page: Page;
  url: string;
  requests: string[];
  dialogs: string[];
}

async function open(sheets: Grid[], options: { locale?: string; menuItem?: 'menuOpenSidebar' | 'menuConsolidate' } = {}): Promise<Opened> {
  const locale = options.locale ?? 'vi';
  const html = servedPage(options.menuItem ?? 'menuOpenSidebar', locale);
  const { url, close } = await serveSidebar(html);
  const { page, requests, dialogs } = await chromium.newPage();
  chromium.afterTest(close);
  await page.addInitScript({ content: pageInitScript(dist, harness, sheets, locale) });
  await page.goto(url);
  return { page, url, requests, dialogs };
}

const text = (page: Page, sel: string) => page.textContent(sel).then((t) => t ?? '');

describe('the sidebar in Chromium', () => {
  it('checks, lists the findings in Vietnamese, and selects a finding’s cell in the sheet when clicked', async () => {
    const [grid] = await gridsOf(seedPath('001-dong-nai-ubnd-1295.xlsx'));
    const { page, url, requests, dialogs } = await open([grid]);
    await page.click('#check');
    await page.waitForSelector('.finding');
    const findings = validateWorkbook([grid]).findings;
    const listed = await text(page, '#findings');
    for (const f of findings) expect(listed).toContain(f.message);
    expect(await text(page, '#status')).toContain(`Trang tính “${grid.name}”`);
    // The sheet is painted by the server, in the page.
    expect(await page.evaluate(() => Object.keys(window.__GSHEETS__.sheet('Phụ lục').looks()).length)).toBe(new Set(findings.map((f) => f.cell)).size);

    const target = findings.find((f) => f.severity === 'error')!;
    await page.locator('.finding', { hasText: target.message }).first().click();
    await page.waitForFunction(() => window.__GSHEETS__.spreadsheet.selected !== null);
    expect(await page.evaluate(() => window.__GSHEETS__.spreadsheet.selected)).toBe(`${grid.name}!${target.cell}`);
    // Opening asks once whether a fix can be undone (the undo button is offered only then).
    expect(await page.evaluate(() => window.__GSHEETS_RUN__.map((c) => c.name))).toEqual(['sidebarCanUndoFix', 'sidebarCheck', 'sidebarSelect']);

    await page.click('#clear');
    await page.waitForFunction(() => /Đã xóa đánh dấu/.test(document.getElementById('status')!.textContent ?? ''));
    expect(await page.evaluate(() => Object.keys(window.__GSHEETS__.sheet('Phụ lục').looks()).length)).toBe(0);
    expect(dialogs).toEqual([]);
    // Nothing leaves the page but the page itself.
    expect(requests).toEqual([url]);
  });

  it('shows a cell holding HTML as text and runs nothing', async () => {
    const rows: CellValue[][] = [
      ['KẾ HOẠCH NĂM 2026'],
      [],
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
      [1, '<img src=x onerror=alert(1)>', 'Sở Y tế', null, 'Quý II/2026'],
    ];
    const { page, url, requests, dialogs } = await open([{ name: 'Phụ lục', rows, merges: [] }]);
    await page.click('#check');
    await page.waitForSelector('.finding');
    expect(await text(page, '#findings')).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([url]);
  });

  it('speaks English when the user does, and safe fixes from the sidebar can be undone', async () => {
    const [grid] = await gridsOf(seedPath('003-binh-duong-ubnd-1169.xlsx'));
    const { page } = await open([grid], { locale: 'en' });
    expect(await text(page, '#check')).toBe('Check');
    await page.click('#fix');
    // Every fix is previewed (before → after, with a count) and confirmed.
    await page.waitForSelector('#fix-preview:not([hidden]) li:has-text("Ill → III")');
    await page.click('#confirm-fix');
    await page.waitForFunction(() => /can be undone/.test(document.getElementById('status')!.textContent ?? ''));
    expect(await page.evaluate(() => window.__GSHEETS__.sheet('Phụ lục').valueAt(21, 1))).toBe('III');
    await page.click('#undo-fix');
    await page.waitForFunction(() => /Undid/.test(document.getElementById('status')!.textContent ?? ''));
    expect(await page.evaluate(() => window.__GSHEETS__.sheet('Phụ lục').valueAt(21, 1))).toBe('Ill');
  });

  it('opens on consolidation from “Tổng hợp…”, reads a returned .xlsx in the page, applies it and undoes it', async () => {
    const [master] = await gridsOf(seedPath('000-dong-nai-skhcn-2026.xlsx'));
    const { page, url, requests } = await open([master], { menuItem: 'menuConsolidate' });
    expect(await page.getAttribute('#tab-consolidate', 'aria-selected')).toBe('true');

    // A unit's return: the master with a status column filled in.
    const [table] = readTables(master);
    const column = table.header.lastColumn + 1;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục');
    master.rows.forEach((r, i) => {
      const row = [...r];
      if (i + 1 === table.header.row) row[column - 1] = 'Tình trạng';
      if (table.rows.some((t) => t.row === i + 1 && t.kind === 'task')) row[column - 1] = 'Hoàn thành';
      ws.addRow(row);
    });
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    await page.setInputFiles('#return-files', [
      { name: 'Phong-TDC.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer },
    ]);
    await page.waitForSelector('#return-list li.ok');
    await page.click('#preview');
    await page.waitForSelector('#consolidate-preview h2');
    await page.click('#apply');
    await page.waitForFunction(() => /có thể hoàn tác/.test(document.getElementById('consolidate-status')!.textContent ?? ''));
    expect(await page.evaluate(() => window.__GSHEETS__.sheet('Tổng hợp').valueAt(1, 1))).toBe('TỔNG HỢP TÌNH HÌNH THỰC HIỆN');
    expect(await page.evaluate(() => window.__GSHEETS__.sheet('Tổng hợp').charts.length)).toBe(1);
    expect(await page.evaluate((c) => window.__GSHEETS__.sheet('Phụ lục').valueAt(7, c), column)).toBe('Hoàn thành');

    await page.click('#undo-consolidate');
    await page.waitForFunction(() => /Đã hoàn tác tổng hợp/.test(document.getElementById('consolidate-status')!.textContent ?? ''));
    expect(await page.evaluate(() => window.__GSHEETS__.spreadsheet.sheets.map((s) => s.name))).toEqual(['Phụ lục']);
    expect(requests).toEqual([url]);
  });
});
