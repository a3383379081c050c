/** Runs the built `phuluc` as a person would: a real process, real files, exit codes. */
import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const BUNDLE = resolve(ROOT, 'dist', 'phuluc.test.cjs');
let built = false;

export function buildCli(): void {
  if (built) return;
  buildSync({
    entryPoints: [resolve(ROOT, 'cli', 'main.ts')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'error',
  });
  built = true;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function phuluc(args: string[], timeout = 120_000): CliResult {
  buildCli();
  const r = spawnSync(process.execPath, [BUNDLE, ...args], { cwd: ROOT, encoding: 'utf8', timeout, maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
