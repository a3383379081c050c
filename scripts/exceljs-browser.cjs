// esbuild plugin: ExcelJS for the add-ins' panels. Its package points browsers at a build that
// bundles Node polyfills (crypto, streams); the "bare" build is half the size. Two fallbacks in it
// would compile code from strings (lodash's `Function("return this")()` when no global object is
// found, a setImmediate shim given a string); both become plain code, so the bundle has no eval of
// any kind and runs under a CSP without 'unsafe-eval'. The build fails if the file changes shape.
const { readFile } = require('node:fs/promises');

const BARE = require.resolve('exceljs/dist/exceljs.bare.min.js');

const exceljsBrowser = {
  name: 'exceljs-browser',
  setup(build) {
    build.onResolve({ filter: /^exceljs$/ }, () => ({ path: BARE }));
    build.onLoad({ filter: /exceljs\.bare\.min\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const out = text
        .replaceAll('Function("return this")()', 'globalThis')
        .replace('e=new Function(""+e)', 'e=(()=>{throw new TypeError("setImmediate needs a function")})()');
      if (/[^\w$.]Function\(/.test(out) || /\beval\(/.test(out)) {
        throw new Error('exceljs-browser: ExcelJS still compiles code from strings; update scripts/exceljs-browser.cjs');
      }
      return { contents: out, loader: 'js' };
    });
  },
};

module.exports = { exceljsBrowser };
