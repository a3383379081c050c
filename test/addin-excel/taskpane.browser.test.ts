/** The task pane in real headless Chromium against the Office.js fake. */
import type { Page } from 'playwright-core';
import { chromiumPerFile, serveTaskpane } from '../helpers/browser';
import { gridsOf, seedPath } from '../helpers/workbooks';

jest.setTimeout(60_000);

const chromium = chromiumPerFile();

async function open(seed: unknown): Promise<{ page: Page; requests: string[]; dialogs: string[]; close(): Promise<void> }> {
  const server = await serveTaskpane(seed);
  const { page, requests, dialogs } = await chromium.newPage();
  // Closed after each test, passed or failed, so no server outlives its test.
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await page.close();
    await server.close();
  };
  chromium.afterTest(close);
  await page.goto(server.url);
  return { page, requests, dialogs, close };
}

describe('task pane', () => {
  it('checks, shows the findings in Vietnamese, and selects a finding’s cell when clicked', async () => {
    const [grid] = await gridsOf(seedPath('001-dong-nai-ubnd-1295.xlsx'));
    const { page, requests, close } = await open({ sheet: grid.name, rows: grid.rows, locale: 'vi-VN' });
    await page.click('#check');
    await page.waitForSelector('.finding');
    expect(await page.textContent('#status')).toContain('Trang tính “Phụ lục”');
    const text = await page.textContent('#findings');
    expect(text).toContain('Số thứ tự “VII” đã dùng ở dòng 34');
    expect(text).toContain('Lỗi (');
    await page.click('.finding:has-text("đã dùng ở dòng 34")');
    await page.waitForFunction(() => window.__STATE__.selected !== null);
    expect(await page.evaluate(() => window.__STATE__.selected)).toBe('Phụ lục!A37');
    // Filter by severity: only the info findings.
    await page.click('[data-severity="info"]');
    const shown = await page.locator('.finding').evaluateAll((els) => els.map((e) => e.className));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((c) => c.includes('info'))).toBe(true);
    // Keyboard reachable: Tab comes round to the check button, and Enter on a finding selects its cell.
    let reached = false;
    for (let i = 0; i < 200 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(() => document.activeElement?.id)) === 'check';
    }
    expect(reached).toBe(true);
    await page.focus('.finding');
    await page.evaluate(() => (window.__STATE__.selected = null));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__STATE__.selected !== null);
    expect(requests.every((u) => u.startsWith('http://127.0.0.1:'))).toBe(true);
    await close();
  });

  it('shows a cell holding HTML as text and runs nothing', async () => {
    const rows = [
      ['KẾ HOẠCH NĂM 2026'],
      [],
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
      [1, '<img src=x onerror=alert(1)>', 'Sở Y tế', null, 'Quý II/2026'],
    ];
    const { page, requests, dialogs, close } = await open({ sheet: 'Phụ lục', rows, locale: 'vi-VN' });
    await page.click('#check');
    await page.waitForSelector('.finding');
    expect(await page.textContent('#findings')).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(requests.every((u) => u.startsWith('http://127.0.0.1:'))).toBe(true);
    await close();
  });

  it('speaks English when Office does, and clears its highlights', async () => {
    const [grid] = await gridsOf(seedPath('003-binh-duong-ubnd-1169.xlsx'));
    const { page, close } = await open({ sheet: grid.name, rows: grid.rows, locale: 'en-US' });
    await page.click('#check');
    await page.waitForSelector('.finding');
    expect(await page.textContent('#findings')).toContain('is probably “III”');
    const painted = await page.evaluate(() => Object.keys(window.__STATE__.looks('Phụ lục')).length);
    expect(painted).toBeGreaterThan(0);
    await page.click('#clear');
    await page.waitForFunction(() => /cleared/.test(document.getElementById('status')!.textContent ?? ''));
    expect(await page.evaluate(() => Object.keys(window.__STATE__.looks('Phụ lục')).length)).toBe(0);
    // Safe fixes from the pane, then undone: the OCR'd "Ill" becomes "III" and comes back.
    await page.click('#fix');
    // Every fix is previewed (before → after, with a count) and confirmed.
    await page.waitForSelector('#fix-preview:not([hidden]) li:has-text("Ill → III")');
    await page.click('#confirm-fix');
    await page.waitForFunction(() => /can be undone/.test(document.getElementById('status')!.textContent ?? ''));
    expect(await page.evaluate(() => window.__STATE__.cell('Phụ lục', 21, 1).value)).toBe('III');
    await page.click('#undo-fix');
    await page.waitForFunction(() => /Undid/.test(document.getElementById('status')!.textContent ?? ''));
    expect(await page.evaluate(() => window.__STATE__.cell('Phụ lục', 21, 1).value)).toBe('Ill');
    await close();
  });
});
