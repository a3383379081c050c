/**
 * The ribbon's fix confirmation dialog in real headless Chromium: commands.ts (bundled as the add-in
 * bundles it) opened as commands.html?confirm=…, under the page's own strict CSP, with an Office.js
 * stand-in that records what the dialog sends to its parent. Cell values are shown as text, the
 * count and the changes are listed, Áp dụng / Hủy / Escape answer once.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { confirmPageOf, shortenedPage, type ConfirmPage } from '../../addin-excel/src/ribbonFix';
import { chromiumPerFile } from '../helpers/browser';

jest.setTimeout(60_000);

const ROOT = resolve(__dirname, '..', '..');
const chromium = chromiumPerFile();

/** Office.js as much as the dialog page uses; `?child=1` stands for DialogApi 1.2. */
const OFFICE = `
window.__SENT__ = [];
window.__VIOLATIONS__ = [];
document.addEventListener('securitypolicyviolation', (e) => window.__VIOLATIONS__.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample));
const child = new URLSearchParams(location.search).get('child') === '1';
window.Office = {
  // As Office.js: ready once the page's DOM is.
  onReady: (f) => new Promise((ok) => document.addEventListener('DOMContentLoaded', () => ok(f({ host: 'Excel' })))),
  context: {
    displayLanguage: 'vi-VN',
    requirements: { isSetSupported: (name, v) => name === 'DialogApi' && (v === '1.1' || child) },
    ui: { messageParent: (m) => window.__SENT__.push(m), addHandlerAsync: (_t, h) => { window.__FROM_PARENT__ = h; } },
  },
  EventType: { DialogParentMessageReceived: 'dialogParentMessageReceived' },
  AsyncResultStatus: { Succeeded: 'succeeded' },
  actions: { associate: () => undefined },
};
`;

let commandsJs: string;
beforeAll(async () => {
  // With the build's own plugins (scripts/no-code-from-strings.cjs): nothing probes eval under the CSP.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { noCodeFromStrings } = require(join(ROOT, 'scripts', 'no-code-from-strings.cjs')) as { noCodeFromStrings: Parameters<typeof build>[0]['plugins'] };
  const out = await build({
    entryPoints: [join(ROOT, 'addin-excel', 'src', 'commands.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    logLevel: 'error',
    plugins: noCodeFromStrings,
  });
  commandsJs = out.outputFiles[0].text;
});

/** commands.html as shipped (its CSP included), with Office.js served from the page's own origin. */
async function serve(): Promise<string> {
  const html = readFileSync(join(ROOT, 'addin-excel', 'commands.html'), 'utf8')
    .replace('https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'office.js')
    .replace(/<link rel="stylesheet"[^>]*>/, '');
  expect(html).toMatch(/script-src 'self'/);
  const files: Record<string, [string, string]> = {
    '/commands.html': ['text/html; charset=utf-8', html],
    '/office.js': ['text/javascript', OFFICE],
    '/commands.js': ['text/javascript', commandsJs],
  };
  const server: Server = createServer((req, res) => {
    const f = files[(req.url ?? '/').split('?')[0]];
    if (!f) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': f[0] });
    res.end(f[1]);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  chromium.afterTest(() => new Promise<void>((ok) => server.close(() => ok())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/commands.html`;
}

const HOSTILE = '<img src=x onerror=alert(1)>';

function page(n: number): ConfirmPage {
  const edits = Array.from({ length: n }, (_, i) => ({
    row: 7 + i,
    column: 4,
    before: i === 0 ? HOSTILE : 'Phòng TĐC',
    after: 'Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng',
  }));
  return confirmPageOf({ sheet: 'Phụ lục', edits }, 'vi');
}

describe('the fix confirmation dialog', () => {
  it('lists the changes as text with their count (in its URL below DialogApi 1.2), and Áp dụng answers "apply" once', async () => {
    const url = await serve();
    const { page: p, requests, dialogs } = await chromium.newPage();
    const shown = shortenedPage(page(21), 10);
    const errors: string[] = [];
    p.on('console', (m) => errors.push(m.text()));
    p.on('pageerror', (e) => errors.push(e.message));
    await p.goto(`${url}?confirm=${encodeURIComponent(JSON.stringify(shown))}`);
    await p.waitForSelector('#confirm-apply', { timeout: 5000 }).catch(async () => {
      throw new Error(
        errors.join('\n') + (await p.content()) + JSON.stringify(await p.evaluate(() => (window as unknown as { __VIOLATIONS__: string[] }).__VIOLATIONS__)),
      );
    });
    expect(await p.locator('#confirm-title').textContent()).toBe('Xem trước khi sửa “Phụ lục”');
    expect(await p.locator('#confirm-count').textContent()).toBe('Sẽ thay đổi 21 ô:');
    expect(await p.locator('#confirm-list li').count()).toBe(10);
    expect(await p.locator('#confirm-list li').first().textContent()).toBe(`D7: ${HOSTILE} → Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng`);
    expect(await p.locator('#confirm-more').textContent()).toBe('… và 11 ô khác.');
    expect(await p.locator('img').count()).toBe(0);
    // Hủy has the focus: Enter alone never applies.
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('confirm-cancel');
    await p.click('#confirm-apply');
    await p.locator('#confirm-cancel').click({ force: true });
    expect(await p.evaluate(() => (window as unknown as { __SENT__: string[] }).__SENT__)).toEqual(['apply']);
    expect(await p.locator('#confirm-apply').isDisabled()).toBe(true);
    expect(await p.evaluate(() => (window as unknown as { __VIOLATIONS__: string[] }).__VIOLATIONS__)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(requests.every((u) => u.startsWith('http://127.0.0.1:'))).toBe(true);
  });

  it('with DialogApi 1.2 says it is ready, draws the full list the parent sends, and Escape answers "cancel"', async () => {
    const url = await serve();
    const { page: p, dialogs } = await chromium.newPage();
    const full = page(40);
    await p.goto(`${url}?child=1&confirm=${encodeURIComponent(JSON.stringify({ ...full, lines: [], more: '' }))}`);
    await p.waitForFunction(() => (window as unknown as { __SENT__: string[] }).__SENT__.includes('ready'));
    await p.evaluate(
      (json) => (window as unknown as { __FROM_PARENT__: (a: { message: string }) => void }).__FROM_PARENT__({ message: json }),
      JSON.stringify(full),
    );
    await p.waitForSelector('#confirm-list li');
    expect(await p.locator('#confirm-list li').count()).toBe(40);
    expect(await p.locator('#confirm-more').count()).toBe(0);
    expect(await p.locator('#confirm-list li').first().textContent()).toContain(HOSTILE);
    expect(await p.locator('img').count()).toBe(0);
    await p.keyboard.press('Escape');
    expect(await p.evaluate(() => (window as unknown as { __SENT__: string[] }).__SENT__)).toEqual(['ready', 'cancel']);
    expect(await p.evaluate(() => (window as unknown as { __VIOLATIONS__: string[] }).__VIOLATIONS__)).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
