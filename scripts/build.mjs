// The one build: every bundle the project makes, one esbuild configuration per target.
//   node scripts/build.mjs [target ...] [--url https://host/path] [--out DIR]
// Targets:
//   cli       dist/phuluc.cjs       the command line (`npx phuluc`)
//   start     dist/start.cjs        `npm start`: checks the seed workbooks
//   excel     dist/excel/           the Excel add-in: manifest for --url (default https://localhost:3000),
//                                   task pane, ribbon commands, icons
//   gsheets   addin-gsheets/dist/   the Google Sheets add-on, ready for `clasp push`
//   seeds     dist/build-seeds.cjs  rebuilds seeds/*.xlsx from ../shared/seeds
//   bench     dist/bench.cjs        `npm run bench`
//   corpus    dist/odd-corpus.cjs   `npm run corpus -- DIR`: the unusual files of the tests, written out
//   all       cli, start, excel, gsheets (what `npm run build` and `npm ci` make)
// Fails (exit 2) when a bundle would run code from a string (eval, new Function; see
// scripts/no-code-from-strings.cjs), when the Excel URL is not https, or when a Sheets menu item or
// sidebar call names a function the server does not export.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const { noCodeFromStrings, codeFromStrings } = createRequire(import.meta.url)('./no-code-from-strings.cjs');
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts) => join(root, ...parts);

export const DEV_URL = 'https://localhost:3000';
const PANEL_CSS = at('panel/panel.css');
const SHEETS_GLOBAL = 'PhuLuc';

class BuildError extends Error {}
const fail = (message) => {
  throw new BuildError(message);
};

/** Node programs: ExcelJS and friends stay in node_modules, they are real dependencies. */
const node = (entry, outfile) => ({
  entryPoints: [at(entry)],
  outfile: at(outfile),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  logLevel: 'warning',
});
/** Browser and Apps Script bundles: everything inlined, nothing that runs code from strings. */
const browser = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2020',
  minify: true,
  charset: 'utf8',
  plugins: noCodeFromStrings,
  logLevel: 'warning',
};

function refuseCodeFromStrings(name, text) {
  const found = codeFromStrings(text);
  if (found.length) fail(`${name} would run code from strings:\n  ${found.join('\n  ')}`);
}

export function renderManifest(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    fail(`--url không phải địa chỉ hợp lệ: ${baseUrl}`);
  }
  if (url.protocol !== 'https:') fail(`--url phải là https:// (Office chỉ tải add-in qua HTTPS): ${baseUrl}`);
  const base = baseUrl.replace(/\/+$/, '');
  return readFileSync(at('manifests/excel/manifest.template.xml'), 'utf8').replaceAll('{{BASE_URL}}', base);
}

async function buildExcel({ url = DEV_URL, out = at('dist/excel') }) {
  const manifest = renderManifest(url);
  mkdirSync(join(out, 'assets'), { recursive: true });
  writeFileSync(join(out, 'manifest.xml'), manifest);
  // The localhost manifest also lives beside its template, for sideloading during development.
  if (url === DEV_URL) writeFileSync(at('manifests/excel/manifest.xml'), manifest);
  for (const f of readdirSync(at('addin-excel/assets'))) copyFileSync(at('addin-excel/assets', f), join(out, 'assets', f));
  // office.js comes from Microsoft's CDN (the manifest's pages load it); the rest is bundled.
  await build({ ...browser, entryPoints: { taskpane: at('addin-excel/src/taskpane.ts'), commands: at('addin-excel/src/commands.ts') }, outdir: out });
  for (const f of ['taskpane.js', 'commands.js']) refuseCodeFromStrings(f, readFileSync(join(out, f), 'utf8'));
  for (const f of ['taskpane.html', 'commands.html']) copyFileSync(at('addin-excel', f), join(out, f));
  copyFileSync(PANEL_CSS, join(out, 'panel.css'));
  writeFileSync(join(out, 'help.html'), '<!doctype html><meta charset="utf-8"><title>Phụ lục</title><p>Xem README của dự án Phụ lục.</p>');
  return { out, files: ['manifest.xml', 'taskpane.js', 'commands.js'] };
}

/** `</script` and `<!--` would end or confuse an inline script; \x3C is the same character to JS. */
export function inlineScript(js) {
  return js.replace(/<\/(script)/gi, '\\x3C/$1').replace(/<!--/g, '\\x3C!--');
}

export function inlineStyle(css) {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

/** The server bundle's exports, read by running it with no services at all (loading must touch none). */
function exportsOf(code) {
  const sandbox = {};
  vm.createContext(sandbox);
  vm.runInContext(`${code}\n;globalThis.__exports = ${SHEETS_GLOBAL};`, sandbox, { timeout: 10_000 });
  return sandbox.__exports;
}

const GSHEETS_DIST = at('addin-gsheets/dist');

/**
 * Code.js: the server as one IIFE, then one top-level function per export, since Apps Script calls
 * functions by name (menu items, google.script.run, simple triggers). Sidebar.html: the shared panel
 * on the Sheets bridge, script and style inlined, nothing fetched. appsscript.json: the manifest.
 */
async function buildGsheets({ out = GSHEETS_DIST }) {
  const server = (
    await build({
      ...browser,
      entryPoints: [at('addin-gsheets/src/server/main.ts')],
      write: false,
      globalName: SHEETS_GLOBAL,
      target: 'es2019',
      minify: false,
      legalComments: 'inline',
      // Apps Script is neither Node nor a browser: plain ECMAScript, packages by their module entry.
      platform: 'neutral',
      mainFields: ['module', 'main'],
    })
  ).outputFiles[0].text;
  const api = exportsOf(server);
  const functions = Object.keys(api)
    .filter((k) => typeof api[k] === 'function')
    .sort();
  const missing = [...api.MENU.map((m) => m.fn), ...api.SIDEBAR_FUNCTIONS].filter((n) => !functions.includes(n));
  if (missing.length) fail(`named but not exported from addin-gsheets/src/server/main.ts: ${missing.join(', ')}`);
  for (const n of ['onOpen', 'onInstall']) if (!functions.includes(n)) fail(`${n} is not exported`);
  const footer = [
    '',
    '// Top-level functions: Apps Script finds menu items, sidebar calls and triggers by these names.',
    ...functions.map((n) => `function ${n}(...args) { return ${SHEETS_GLOBAL}.${n}(...args); }`),
    '',
  ].join('\n');
  const code = `// Phụ lục for Google Sheets. Built by scripts/build.mjs from addin-gsheets/src and core; do not edit.\n${server}${footer}`;

  const template = readFileSync(at('addin-gsheets/src/Sidebar.html'), 'utf8');
  if (!template.includes(api.SIDEBAR_BODY)) fail(`Sidebar.html must carry ${api.SIDEBAR_BODY} (the server rewrites it)`);
  const js = (await build({ ...browser, entryPoints: [at('addin-gsheets/src/sidebar.ts')], write: false, target: 'es2019', legalComments: 'eof' }))
    .outputFiles[0].text;
  // split/join, not replace: the bundle is full of `$&` and friends.
  const html = template
    .split('/*PANEL_CSS*/')
    .join(inlineStyle(readFileSync(PANEL_CSS, 'utf8')))
    .split('/*SIDEBAR_JS*/')
    .join(inlineScript(js));
  refuseCodeFromStrings('Code.js', code);
  refuseCodeFromStrings('Sidebar.html', html);
  if (/<script[^>]*\ssrc=|<link[^>]*\shref=|@import/i.test(html)) fail('Sidebar.html must not load anything');

  // dist is pushed whole by clasp: anything left there (the Code.gs `clasp create` pulls down, an
  // old file) would be pushed too. Only our own dist is emptied, never a folder given with --out.
  if (resolve(out) === GSHEETS_DIST) rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files = { 'Code.js': code, 'Sidebar.html': html, 'appsscript.json': readFileSync(at('manifests/gsheets/appsscript.json'), 'utf8') };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
  return { out, files: Object.keys(files), functions };
}

const TARGETS = {
  cli: () =>
    build({ ...node('cli/main.ts', 'dist/phuluc.cjs'), banner: { js: '#!/usr/bin/env node' } }).then(() => ({ out: at('dist'), files: ['phuluc.cjs'] })),
  start: () => build(node('cli/start.ts', 'dist/start.cjs')).then(() => ({ out: at('dist'), files: ['start.cjs'] })),
  seeds: () => build(node('scripts/build-seeds.ts', 'dist/build-seeds.cjs')).then(() => ({ out: at('dist'), files: ['build-seeds.cjs'] })),
  bench: () => build(node('bench/bench.ts', 'dist/bench.cjs')).then(() => ({ out: at('dist'), files: ['bench.cjs'] })),
  corpus: () => build(node('bench/oddCorpus.ts', 'dist/odd-corpus.cjs')).then(() => ({ out: at('dist'), files: ['odd-corpus.cjs'] })),
  excel: buildExcel,
  gsheets: buildGsheets,
};
const ALL = ['cli', 'start', 'excel', 'gsheets'];

function parseArgs(argv) {
  const options = {};
  const names = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--url' || a === '--out') {
      if (!argv[i + 1]) fail(`${a} cần một giá trị (needs a value)`);
      options[a.slice(2)] = a === '--out' ? resolve(argv[++i]) : argv[++i];
    } else if (a === 'all') names.push(...ALL);
    else if (a in TARGETS) names.push(a);
    else fail(`không có đích dựng "${a}" (no such target); có: ${[...Object.keys(TARGETS), 'all'].join(', ')}`);
  }
  return { names: names.length ? [...new Set(names)] : ALL, options };
}

export async function runBuild(argv) {
  const { names, options } = parseArgs(argv);
  if (options.out && names.length > 1) fail('--out chỉ dùng với một đích dựng (--out goes with one target)');
  const results = [];
  for (const name of names) results.push([name, await TARGETS[name](options)]);
  return results;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    for (const [name, r] of await runBuild(process.argv.slice(2))) {
      if (!process.env.PHULUC_BUILD_QUIET)
        console.log(
          `${name}: ${relative(process.cwd(), r.out) || '.'} (${r.files.join(', ')})${r.functions ? `, ${r.functions.length} top-level functions` : ''}`,
        );
    }
  } catch (e) {
    console.error(e instanceof BuildError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exitCode = 2;
  }
}
