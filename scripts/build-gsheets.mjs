// Builds the Google Sheets add-on into addin-gsheets/dist (or --out DIR), ready for `clasp push`:
//   Code.js          the server (addin-gsheets/src/server/main.ts and core), one IIFE named PhuLuc,
//                    then one top-level function per exported function, since Apps Script calls
//                    functions by name (menu items, google.script.run, simple triggers)
//   Sidebar.html     the shared panel on the Sheets bridge, script and style inlined: one file,
//                    nothing fetched
//   appsscript.json  the manifest (manifests/gsheets/appsscript.json)
// Needs no network. Fails when a menu item or a sidebar call names a function that is not exported,
// or when anything in dist would run code from a string (eval, new Function; see
// scripts/no-code-from-strings.cjs, shared with the Excel add-in's build).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { createRequire } from 'node:module';

const { noCodeFromStrings, codeFromStrings } = createRequire(import.meta.url)('./no-code-from-strings.cjs');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GLOBAL = 'PhuLuc';

function fail(message) {
  throw new Error(`build-gsheets: ${message}`);
}

/** `</script` and `<!--` would end or confuse an inline script; \x3C is the same character to JS. */
export function inlineScript(js) {
  return js.replace(/<\/(script)/gi, '\\x3C/$1').replace(/<!--/g, '\\x3C!--');
}

export function inlineStyle(css) {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

async function bundleServer() {
  const result = await build({
    entryPoints: [join(root, 'addin-gsheets/src/server/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2019',
    // Apps Script is neither Node nor a browser: plain ECMAScript, packages by their module entry.
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'inline',
    logLevel: 'warning',
    plugins: noCodeFromStrings,
  });
  return result.outputFiles[0].text;
}

/** The bundle's exports, read by running it with no services at all (loading must touch none). */
function exportsOf(code) {
  const sandbox = {};
  vm.createContext(sandbox);
  vm.runInContext(`${code}\n;globalThis.__exports = ${GLOBAL};`, sandbox, { timeout: 10_000 });
  return sandbox.__exports;
}

function footer(names) {
  const lines = [
    '',
    '// Top-level functions: Apps Script finds menu items, sidebar calls and triggers by these names.',
  ];
  for (const name of names) lines.push(`function ${name}(...args) { return ${GLOBAL}.${name}(...args); }`);
  return `${lines.join('\n')}\n`;
}

async function bundleSidebar() {
  const result = await build({
    entryPoints: [join(root, 'addin-gsheets/src/sidebar.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    minify: true,
    charset: 'utf8',
    legalComments: 'eof',
    logLevel: 'warning',
    plugins: noCodeFromStrings,
  });
  return result.outputFiles[0].text;
}

const DIST = join(root, 'addin-gsheets/dist');

export async function buildGsheets(outDir = DIST) {
  const out = resolve(outDir);

  const server = await bundleServer();
  const api = exportsOf(server);
  const functions = Object.keys(api).filter((k) => typeof api[k] === 'function').sort();
  const missing = [...api.MENU.map((m) => m.fn), ...api.SIDEBAR_FUNCTIONS].filter((n) => !functions.includes(n));
  if (missing.length) fail(`named but not exported from addin-gsheets/src/server/main.ts: ${missing.join(', ')}`);
  for (const n of ['onOpen', 'onInstall']) if (!functions.includes(n)) fail(`${n} is not exported`);
  const code = `// Phụ lục for Google Sheets. Built by scripts/build-gsheets.mjs from addin-gsheets/src and core; do not edit.\n${server}${footer(functions)}`;

  const template = readFileSync(join(root, 'addin-gsheets/src/Sidebar.html'), 'utf8');
  if (!template.includes(api.SIDEBAR_BODY)) fail(`Sidebar.html must carry ${api.SIDEBAR_BODY} (the server rewrites it)`);
  const css = readFileSync(join(root, 'addin-excel/src/panel/panel.css'), 'utf8');
  const js = await bundleSidebar();
  // split/join, not replace: the bundle is full of `$&` and friends.
  const html = template.split('/*PANEL_CSS*/').join(inlineStyle(css)).split('/*SIDEBAR_JS*/').join(inlineScript(js));

  for (const [name, text] of [['Code.js', code], ['Sidebar.html', html]]) {
    const found = codeFromStrings(text);
    if (found.length) fail(`${name} would run code from strings:\n  ${found.join('\n  ')}`);
  }
  if (/<script[^>]*\ssrc=|<link[^>]*\shref=|@import/i.test(html)) fail('Sidebar.html must not load anything');

  // dist is pushed whole by clasp: anything left there (the Code.gs `clasp create` pulls down, an
  // old file) would be pushed too. Only our own dist is emptied, never a folder given with --out.
  if (out === DIST) rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files = [
    ['Code.js', code],
    ['Sidebar.html', html],
    ['appsscript.json', readFileSync(join(root, 'manifests/gsheets/appsscript.json'), 'utf8')],
  ];
  for (const [name, text] of files) writeFileSync(join(out, name), text);
  return { out, functions, files: files.map(([name, text]) => ({ name, bytes: Buffer.byteLength(text) })) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--out');
  try {
    const r = await buildGsheets(i >= 0 ? resolve(args[i + 1]) : undefined);
    for (const f of r.files) console.log(`${relative(process.cwd(), join(r.out, f.name)) || f.name}  ${(f.bytes / 1024).toFixed(1)} KB`);
    console.log(`${r.functions.length} top-level functions: ${r.functions.join(', ')}`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}
