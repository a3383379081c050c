// esbuild plugins and a scan shared by every bundle of the add-ins (Excel task pane and commands,
// Google Sheets server and sidebar): none of them may run code from a string (eval, new Function),
// so they run under a Content-Security-Policy without 'unsafe-eval' and pass review.
//
// - exceljsBrowser: ExcelJS for the panels. Its package points browsers at a build that bundles
//   Node polyfills (crypto, streams); the "bare" build is half the size. Two fallbacks in it would
//   compile code from strings (lodash's `Function("return this")()` when no global object is found,
//   a setImmediate shim given a string); both become plain code.
// - zodWithoutEval: zod probes `new F("")` (F = Function) to decide whether to compile its parsers.
//   Under a strict CSP the probe throws (zod then interprets, as it does here) but is still reported
//   as a policy violation; the probe now throws without asking. zod's own translations of its
//   messages into 50 languages are dropped: never shown (every message a user reads is ours), and
//   loaded on every Apps Script call if bundled. Its English default is imported apart and stays.
// Each patch must apply; `codeFromStrings` then scans the output and the builds fail on anything left.
const { readFile } = require('node:fs/promises');

const BARE = require.resolve('exceljs/dist/exceljs.bare.min.js');

/** What would run code from a string, as it appears in source or minified output. */
const CODE_FROM_STRINGS = [
  [/(^|[^\w$.])eval\s*\(/, 'eval('],
  [/\bnew\s+Function\b/, 'new Function'],
  [/(^|[^\w$.'"])Function\s*\(/, 'Function('],
  [/=\s*Function\s*[;,)]/, 'Function kept as a value'],
  [/\bset(?:Timeout|Interval)\s*\(\s*["'`]/, 'setTimeout with a string'],
];

/** Each way `text` could run code from a string, with a little context; empty when there is none. */
function codeFromStrings(text) {
  const found = [];
  for (const [re, what] of CODE_FROM_STRINGS) {
    const m = re.exec(text);
    if (m) found.push(`${what} near “${text.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' ')}”`);
  }
  return found;
}

function patched(text, edits, file) {
  let out = text;
  for (const [from, to] of edits) {
    if (!out.includes(from)) throw new Error(`no-code-from-strings: “${from}” is gone from ${file}; update scripts/no-code-from-strings.cjs`);
    out = out.split(from).join(to);
  }
  return out;
}

const exceljsBrowser = {
  name: 'exceljs-browser',
  setup(build) {
    build.onResolve({ filter: /^exceljs$/ }, () => ({ path: BARE }));
    build.onLoad({ filter: /exceljs\.bare\.min\.js$/ }, async (args) => {
      const text = patched(
        await readFile(args.path, 'utf8'),
        [
          ['Function("return this")()', 'globalThis'],
          ['e=new Function(""+e)', 'e=(()=>{throw new TypeError("setImmediate needs a function")})()'],
        ],
        args.path,
      );
      const found = codeFromStrings(text);
      if (found.length)
        throw new Error(`exceljs-browser: ExcelJS still compiles code from strings (${found.join('; ')}); update scripts/no-code-from-strings.cjs`);
      return { contents: text, loader: 'js' };
    });
  },
};

// - jszipBrowser: the zip reader cli/xlsxPackage.ts uses to tame .xlsx packages before ExcelJS reads
//   them. Its browser build carries the same setImmediate shim as ExcelJS's (a string compiled into a
//   function); it becomes plain code the same way. SheetJS (@e965/xlsx, its ES module build) needs no
//   patch: the scan finds nothing in it.
const jszipBrowser = {
  name: 'jszip-browser',
  setup(build) {
    build.onLoad({ filter: /[\\/]jszip[\\/]dist[\\/]jszip(\.min)?\.js$/ }, async (args) => {
      const text = patched(
        await readFile(args.path, 'utf8'),
        [['e=new Function(""+e)', 'e=(()=>{throw new TypeError("setImmediate needs a function")})()']],
        args.path,
      );
      const found = codeFromStrings(text);
      if (found.length) throw new Error(`jszip-browser: JSZip still compiles code from strings (${found.join('; ')}); update scripts/no-code-from-strings.cjs`);
      return { contents: text, loader: 'js' };
    });
  },
};

const NO_FUNCTION = 'function __phulucNoCodeFromStrings() { throw new EvalError("Phụ lục: no code from strings"); }\n';

const zodWithoutEval = {
  name: 'zod-without-eval',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: '', loader: 'js' }));
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]core[\\/](util|doc|compile)\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('const F = Function;')) return undefined; // this file has no probe
      return { contents: NO_FUNCTION + patched(text, [['const F = Function;', 'const F = __phulucNoCodeFromStrings;']], args.path), loader: 'js' };
    });
  },
};

/** Every plugin, in the order esbuild should try them. */
const noCodeFromStrings = [exceljsBrowser, jszipBrowser, zodWithoutEval];

module.exports = { exceljsBrowser, jszipBrowser, zodWithoutEval, noCodeFromStrings, codeFromStrings, CODE_FROM_STRINGS };
