/**
 * `npm run screenshots`: PNGs of the Excel task pane and the Sheets sidebar for every seed, at 300 and
 * 350 px, in Vietnamese and English, after "Kiểm tra" (and, for the pane, with the fix preview open),
 * into out/screenshots/. A review aid, not a test: nothing is compared. The same Chromium, fakes and
 * pages as the browser tests (test/helpers/browser.ts, test/addin-gsheets/sidebarServed.ts).
 * Bundled to out/.build/ by the npm script, so the helpers' paths (two folders up) find the repo.
 */
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, serveTaskpane } from '../test/helpers/browser';
import { gridsOf, seedPath, seedWorkbooks } from '../test/helpers/workbooks';
import { ROOT, buildDist, load, removeDist } from '../test/addin-gsheets/harness';
import { buildPageHarness, pageInitScript, serveSidebar } from '../test/addin-gsheets/sidebarServed';

const WIDTHS = [300, 350];
const LOCALES: Array<[string, string]> = [
  ['vi', 'vi-VN'],
  ['en', 'en-US'],
];
const OUT = join(ROOT, 'out', 'screenshots');

async function settle(page: Page): Promise<void> {
  await page.click('#check');
  await page.waitForFunction(() => {
    const busy = document.getElementById('busy');
    const done = document.querySelector('.finding, .cluster, .empty, #problem:not([hidden])');
    return !!done && (!busy || busy.hidden);
  });
}

async function pane(browser: Browser, seed: string, written: string[]): Promise<void> {
  const grids = await gridsOf(seed);
  const [grid, ...others] = grids;
  for (const [lang, locale] of LOCALES) {
    const server = await serveTaskpane({ sheet: grid.name, rows: grid.rows, locale, others: Object.fromEntries(others.map((g) => [g.name, g.rows])) });
    try {
      for (const width of WIDTHS) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(server.url);
        await settle(page);
        const name = `${basename(seed, '.xlsx')}-pane-${width}-${lang}`;
        await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
        written.push(`${name}.png`);
        if (await page.isEnabled('#fix')) {
          await page.click('#fix');
          await page.waitForSelector('#fix-preview:not([hidden]) h2');
          await page.locator('#fix-preview').screenshot({ path: join(OUT, `${name}-fix-preview.png`) });
          written.push(`${name}-fix-preview.png`);
        }
        await page.close();
      }
    } finally {
      await server.close();
    }
  }
}

async function sidebar(browser: Browser, dist: string, harness: string, seed: string, written: string[]): Promise<void> {
  const grids = await gridsOf(seed);
  for (const [lang] of LOCALES) {
    const app = load(dist, { locale: lang });
    app.call('menuOpenSidebar');
    const { url, close } = await serveSidebar(app.fake.ui.sidebars[0].html);
    try {
      for (const width of WIDTHS) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.addInitScript({ content: pageInitScript(dist, harness, grids, lang) });
        await page.goto(url);
        await settle(page);
        const name = `${basename(seed, '.xlsx')}-sidebar-${width}-${lang}`;
        await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
        written.push(`${name}.png`);
        await page.close();
      }
    } finally {
      await close();
    }
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const dist = buildDist();
  const harness = buildPageHarness();
  const browser = await launch();
  const written: string[] = [];
  try {
    for (const seed of seedWorkbooks().map(seedPath)) {
      await pane(browser, seed, written);
      await sidebar(browser, dist, harness, seed, written);
    }
  } finally {
    await browser.close();
    removeDist(dist);
  }
  process.stdout.write(`${written.length} PNG → ${OUT}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
