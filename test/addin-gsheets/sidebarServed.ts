/**
 * The built Sidebar.html served to a real browser as Apps Script serves it, with the built Code.js
 * running in the page over an in-page fake spreadsheet (sidebarPage.ts). Used by the sidebar's browser
 * test and by `npm run screenshots`.
 */
import { buildSync } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Grid } from '../../core/model/grid';
import { cellToJson } from '../../core/plans/valueEdits';
import { ROOT } from './harness';
import type { PageSeed } from './sidebarPage';

/** sidebarPage.ts bundled for the page: the fake services and google.script.run, injected before the page's own script. */
export function buildPageHarness(): string {
  return buildSync({
    entryPoints: [join(ROOT, 'test', 'addin-gsheets', 'sidebarPage.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    logLevel: 'error',
  }).outputFiles[0].text;
}

/**
 * What the page runs before its own script: the sheets, the harness, then Code.js. Playwright runs an
 * init script inside a function, so Code.js's top-level functions are made globals by name afterwards:
 * the ones Apps Script would expose to google.script.run.
 */
export function pageInitScript(dist: string, harness: string, sheets: readonly Grid[], locale: string): string {
  const seed: PageSeed = { locale, sheets: sheets.map((g) => ({ name: g.name, rows: g.rows.map((r) => r.map(cellToJson)) })) };
  const code = readFileSync(join(dist, 'Code.js'), 'utf8');
  const functions = [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1]);
  return `window.__GSHEETS_SEED__ = ${JSON.stringify(seed)};\n${harness}\n${code}\nObject.assign(window, { ${functions.join(', ')} });`;
}

/** Serves `html` as /Sidebar.html (anything else is a 404) on a free local port. */
export async function serveSidebar(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    if ((req.url ?? '/').split('?')[0] === '/Sidebar.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/Sidebar.html`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
