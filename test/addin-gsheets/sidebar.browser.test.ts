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
import { intToRoman } from '../../core/read/stt';
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
    // Opening asks once whether a fix can be undone (the undo button is offered only then); a check is
    // done in parts (one here: the sheet is short), the cell selected in one call.
    expect(await page.evaluate(() => window.__GSHEETS_RUN__.map((c) => c.name))).toEqual([
      'sidebarCanUndoFix',
      'sidebarBeginSheet',
      'sidebarReadRows',
      'sidebarPaintRows',
      'sidebarSelect',
    ]);

    await page.click('#clear');
    await page.waitForFunction(() => /Đã xóa đánh dấu/.test(document.getElementById('status')!.textContent ?? ''));
    expect(await page.evaluate(() => Object.keys(window.__GSHEETS__.sheet('Phụ lục').looks()).length)).toBe(0);
    expect(dialogs).toEqual([]);
    // Nothing leaves the page but the page itself.
    expect(requests).toEqual([url]);
  });

  it('shows how far a long check has come, band by band, as text, then hides it', async () => {
    // 25,000 tasks, five columns (10,000 rows a part), with a missing lead in three places far apart.
    const rows: CellValue[][] = [['KẾ HOẠCH NĂM 2026'], [], ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian']];
    for (let group = 1, i = 1; rows.length < 25_000; i = (i % 500) + 1) {
      if (i === 1) rows.push([intToRoman(group++), `Nhóm nhiệm vụ ${group}`, null, null, null]);
      rows.push([i, `Nhiệm vụ số ${i}`, 'Sở Y tế', null, 'Quý II/2026']);
    }
    rows.length = 25_000;
    for (const r of [100, 12_000, 24_000]) rows[r - 1][2] = null;
    expect(validateWorkbook([{ name: 'Phụ lục', rows, merges: [] }]).findings.map((f) => f.cell)).toEqual(['C100', 'C12000', 'C24000']);
    const grid: Grid = { name: 'Phụ lục', rows, merges: [] };
    const { page, url, requests, dialogs } = await open([grid]);
    // Every text the progress line takes, and the bar's state while it is shown.
    await page.locator('#parts-text').evaluate((el) => {
      const seen: string[] = [];
      (window as unknown as { __PARTS__: string[] }).__PARTS__ = seen;
      new MutationObserver(() => {
        const bar = document.getElementById('parts-bar')!;
        if (el.textContent)
          seen.push(`${el.textContent} [${bar.getAttribute('value')}/${bar.getAttribute('max')}] ${el.parentElement!.hidden ? 'hidden' : 'shown'}`);
      }).observe(el, { childList: true, characterData: true, subtree: true });
    });
    await page.click('#check');
    await page.waitForFunction(() => /3 lỗi/.test(document.getElementById('status')!.textContent ?? ''), undefined, { timeout: 100_000 });
    const seen = await page.evaluate(() => (window as unknown as { __PARTS__: string[] }).__PARTS__);
    expect(seen.slice(0, 4)).toEqual([
      'Đang đọc dòng 1–10.000 / 25.000… [0/25000] shown',
      'Đang đọc dòng 10.001–20.000 / 25.000… [10000/25000] shown',
      'Đang đọc dòng 20.001–25.000 / 25.000… [20000/25000] shown',
      'Đang kiểm tra 25.000 dòng… [25000/25000] shown',
    ]);
    expect(seen.slice(4).length).toBe(3);
    for (const line of seen.slice(4)) expect(line).toMatch(/^Đang tô dòng [\d.]+–[\d.]+ \/ [\d.]+… \[\d+\/\d+\] shown$/);
    // Done: the line is hidden, the role=status region holds no stale text, the three cells are painted.
    expect(await page.locator('#parts').isHidden()).toBe(true);
    expect(await page.locator('#parts-text').textContent()).toBe('');
    expect(await page.getAttribute('#parts-text', 'role')).toBe('status');
    expect(await page.evaluate(() => window.__GSHEETS_RUN__.filter((c) => c.name === 'sidebarReadRows').length)).toBe(3);
    expect(await page.evaluate(() => Object.keys(window.__GSHEETS__.sheet('Phụ lục').looks()).sort())).toEqual(['100:3', '12000:3', '24000:3']);
    expect(dialogs).toEqual([]);
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
