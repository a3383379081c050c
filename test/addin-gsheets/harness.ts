/**
 * The built add-on (addin-gsheets/dist, built into a folder of the test's own) loaded the way Apps
 * Script loads it: Code.js run as a script in a context whose only globals are the fake services. No
 * require, no process: whatever Code.js reaches for that Apps Script lacks fails here too.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FakeApps, FakeOptions, carried } from '../fakes/fakeAppsScript';

export const ROOT = resolve(__dirname, '..', '..');

/** Builds dist with the project's own build script, into a fresh folder (test files run in parallel). */
export function buildDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-gsheets-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), 'gsheets', '--out', dir], { cwd: ROOT, stdio: 'pipe' });
  return dir;
}

export function removeDist(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

export interface Loaded {
  fake: FakeApps;
  context: vm.Context;
  /** A top-level function of Code.js, called as a menu or trigger calls it. */
  call(name: string, ...args: unknown[]): unknown;
  /** A top-level function called as google.script.run calls it: arguments and result carried as JSON. */
  sidebar<T = unknown>(name: string, ...args: unknown[]): T;
}

export function load(dist: string, options: FakeOptions = {}, setup: (fake: FakeApps) => void = () => undefined): Loaded {
  const fake = new FakeApps({
    html: (name) => {
      try {
        return readFileSync(join(dist, `${name}.html`), 'utf8');
      } catch {
        return undefined;
      }
    },
    gzip: { gzip: (b) => new Uint8Array(gzipSync(b)), gunzip: (b) => new Uint8Array(gunzipSync(b)) },
    ...options,
  });
  setup(fake);
  const context = vm.createContext({ ...fake.globals() });
  fake.DateCtor = vm.runInContext('Date', context) as DateConstructor;
  vm.runInContext(readFileSync(join(dist, 'Code.js'), 'utf8'), context, { filename: 'Code.js' });
  const fn = (name: string) => {
    const f = (context as Record<string, unknown>)[name];
    if (typeof f !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
    return f as (...args: unknown[]) => unknown;
  };
  return {
    fake,
    context,
    call: (name, ...args) => fake.execution(name, () => fn(name)(...args)),
    sidebar: <T>(name: string, ...args: unknown[]) => fake.execution(name, () => carried(fn(name)(...carried(args))) as T),
  };
}
