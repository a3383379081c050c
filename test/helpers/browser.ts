/** Real headless Chromium (see findChromium.ts for which), driven by playwright-core, on pages served from 127.0.0.1. */
import { build, Plugin } from 'esbuild';
import { createServer, Server } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { AddressInfo } from 'node:net';
import { chromium, Browser, Page } from 'playwright-core';
import { findChromium } from './findChromium';

// The same ExcelJS build the add-in ships (a CommonJS script shared with the build scripts).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { noCodeFromStrings } = require('../../scripts/no-code-from-strings.cjs') as { noCodeFromStrings: Plugin[] };

// Our own flags, never a package's defaults (@sparticuz/chromium's include --disable-web-security,
// which would hide the Content-Security-Policy these tests check). --no-zygote: the npm build runs
// without the setuid sandbox helper.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const ROOT = resolve(__dirname, '..', '..');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

export async function launch(): Promise<Browser> {
  const setupError = process.env['PHULUC_CHROMIUM_ERROR'];
  if (setupError) throw new Error(setupError);
  const found = await findChromium();
  return chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Chromium for one test file: launched before its tests and closed after them; whatever a test opens
 * (pages, servers) is closed after that test through `afterTest`.
 */
export interface WatchedPage {
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Every alert, confirm or prompt the page opened (each dismissed). */
  dialogs: string[];
}

export function chromiumPerFile(): { browser(): Browser; afterTest(close: () => Promise<void>): void; newPage(): Promise<WatchedPage> } {
  let browser: Browser | undefined;
  const opened: Array<() => Promise<void>> = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const close of opened.splice(0)) await close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error('Chromium is not running yet');
      return browser;
    },
    afterTest: (close) => opened.push(close),
    /** A new page, watched for requests and dialogs, closed after the test. */
    newPage: async () => {
      if (!browser) throw new Error('Chromium is not running yet');
      const page = await browser.newPage();
      const watched: WatchedPage = { page, requests: [], dialogs: [] };
      page.on('request', (r) => watched.requests.push(r.url()));
      page.on('dialog', (d) => {
        watched.dialogs.push(d.message());
        void d.dismiss();
      });
      opened.push(() => page.close());
      return watched;
    },
  };
}

/** Builds the test task pane (the real page, its office.js tag removed) and serves it with a seed. */
export async function serveTaskpane(seed: unknown): Promise<{ url: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-pane-'));
  await build({
    entryPoints: [join(ROOT, 'test', 'addin-excel', 'panelPage.ts')],
    outfile: join(dir, 'taskpane.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    logLevel: 'error',
    plugins: noCodeFromStrings,
  });
  const html = readFileSync(join(ROOT, 'addin-excel', 'taskpane.html'), 'utf8')
    .replace(/<script src="https:\/\/appsforoffice[^>]*><\/script>\n?/, '')
    .replace('<script src="taskpane.js" defer></script>', '<script src="seed.js"></script>\n  <script src="taskpane.js" defer></script>');
  writeFileSync(join(dir, 'taskpane.html'), html);
  writeFileSync(join(dir, 'seed.js'), `window.__SEED__ = ${JSON.stringify(seed)};`);
  copyFileSync(join(ROOT, 'panel', 'panel.css'), join(dir, 'panel.css'));
  const server: Server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent((req.url ?? '/').split('?')[0]));
    try {
      const body = readFileSync(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/taskpane.html`, close: () => new Promise((ok) => server.close(() => ok())) };
}
