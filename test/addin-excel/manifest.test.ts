/** The Excel manifest checked offline: well-formed, every resid and URL resolves, Vietnamese and English strings. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseStringPromise } from 'xml2js';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';

// A CommonJS script shared with the build scripts; it has no type declarations to import.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { codeFromStrings } = require('../../scripts/no-code-from-strings.cjs') as { codeFromStrings: (text: string) => string[] };

const ROOT = join(__dirname, '..', '..');
const MANIFEST = join(ROOT, 'manifests', 'excel', 'manifest.xml');
type Node = Record<string, unknown> & { $?: Record<string, string> };

function walk(node: unknown, visit: (name: string, n: Node) => void, name = ''): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit, name));
  if (node && typeof node === 'object') {
    visit(name, node as Node);
    for (const [k, v] of Object.entries(node)) if (k !== '$') walk(v, visit, k);
  }
}

describe('Excel manifest', () => {
  const xml = readFileSync(MANIFEST, 'utf8');

  it('is the template rendered for localhost, and the template is the only source', () => {
    const template = readFileSync(join(ROOT, 'manifests', 'excel', 'manifest.template.xml'), 'utf8');
    expect(xml).toBe(template.replaceAll('{{BASE_URL}}', 'https://localhost:3000'));
  });

  it('is read by office-addin-manifest (its own command line: the package is ESM inside)', () => {
    const cli = join(ROOT, 'node_modules', 'office-addin-manifest', 'cli.js');
    const r = spawnSync(process.execPath, [cli, 'info', MANIFEST], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toMatch(/Id: [0-9a-f-]{36}/);
    expect(r.stdout).toContain('Default Locale: vi-VN');
    expect(r.stdout).toContain('Permissions: ReadWriteDocument');
    expect(r.stdout).toContain('Hosts: Workbook');
  });

  it('resolves every resid, has an en-US override for every string, and icons that exist', async () => {
    const doc = await parseStringPromise(xml);
    const ids = new Map<string, string>();
    const refs: string[] = [];
    const strings: Node[] = [];
    walk(doc, (name, n) => {
      if (n.$?.resid) refs.push(n.$.resid);
      if (['bt:Image', 'bt:Url', 'bt:String'].includes(name) && n.$?.id) ids.set(n.$.id, name);
      if (name === 'bt:String') strings.push(n);
      if (name === 'bt:Image' && n.$?.id) {
        const file = /\/assets\/(icon-\d+\.png)$/.exec(n.$.DefaultValue ?? '')?.[1];
        expect(file && existsSync(join(ROOT, 'addin-excel', 'assets', file))).toBeTruthy();
      }
    });
    expect(refs.length).toBeGreaterThan(20);
    for (const r of refs) expect(ids.has(r)).toBe(true);
    for (const s of strings) {
      const overrides = (s['bt:Override'] as Node[] | undefined) ?? [];
      expect(overrides.map((o) => o.$?.Locale)).toContain('en-US');
    }
    const app = doc.OfficeApp;
    expect(app.DisplayName[0].Override[0].$.Locale).toBe('en-US');
    expect(app.Description[0].Override[0].$.Locale).toBe('en-US');
    // Every URL points into the add-in's own site.
    const urls = xml.match(/https?:\/\/[^"<\s]+/g)!.filter((u) => !u.startsWith('http://schemas.microsoft.com') && !u.startsWith('http://www.w3.org'));
    for (const u of urls) expect(u.startsWith('https://localhost:3000/')).toBe(true);
  });

  it('has the six buttons of the Phụ lục group, and an undo for fixes', async () => {
    const doc = await parseStringPromise(xml);
    const controls: string[] = [];
    walk(doc, (name, n) => {
      if (name === 'Control' && n.$?.id) controls.push(n.$.id);
    });
    expect(controls).toEqual(['PhuLuc.Check', 'PhuLuc.Fix', 'PhuLuc.Names', 'PhuLuc.UndoFix', 'PhuLuc.Consolidate', 'PhuLuc.Clear', 'PhuLuc.Pane']);
  });

  it('the production manifest needs an https URL', () => {
    const bad = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), 'excel', '--url', 'http://example.invalid'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('https://');
  });
});

describe('the scan for code from strings', () => {
  it('finds every form of it and passes ordinary code', () => {
    // Assembled from pieces, so that this file holds none of what it looks for.
    const ev = 'ev' + 'al';
    const Fn = 'Func' + 'tion';
    for (const bad of [`x=${ev}("1")`, `new ${Fn}("return 1")`, `var g=${Fn}("return this")()`, `const F = ${Fn}; new F("")`, 'setTimeout("go()", 1)']) {
      expect(codeFromStrings(bad)).not.toEqual([]);
    }
    for (const fine of [`obj.${ev}(x)`, 'typeof x === "function"', 'waitForFunction(() => 1)', 'setTimeout(() => go(), 1)']) {
      expect(codeFromStrings(fine)).toEqual([]);
    }
  });
});

describe('Excel build', () => {
  it('bundles the pane and the commands with no eval and no new Function, office.js left to the CDN', () => {
    const out = join(tmpdir(), `phuluc-excel-${process.pid}`);
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), 'excel', '--url', 'https://example.invalid/phuluc', '--out', out], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).toBe(0);
    for (const f of ['taskpane.js', 'commands.js']) {
      const js = readFileSync(join(out, f), 'utf8');
      // No code from strings in any form: eval, new Function, Function called bare or kept as a value.
      expect(js).not.toMatch(/\beval\(|(^|[^\w$.])Function\(/);
      expect(codeFromStrings(js)).toEqual([]);
      expect(js).not.toContain('appsforoffice.microsoft.com');
    }
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    expect(html).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(html).toMatch(/Content-Security-Policy/);
    expect(readFileSync(join(out, 'manifest.xml'), 'utf8')).toContain('https://example.invalid/phuluc/taskpane.html');
    // Every ExecuteFunction in the manifest is a function the commands bundle associates.
    const commands = readFileSync(join(out, 'commands.js'), 'utf8');
    for (const [, name] of readFileSync(MANIFEST, 'utf8').matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)) expect(commands).toContain(`"${name}"`);
  });
});
