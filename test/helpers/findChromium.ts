/**
 * Which Chromium the browser tests drive, in this order:
 *   1. the PHULUC_CHROMIUM environment variable (a path to chrome, chromium or msedge);
 *   2. a Chrome, Chromium or Edge installed on the system, at the usual places on Linux, macOS, Windows;
 *   3. the Chromium shipped inside the npm package @sparticuz/chromium (a devDependency: Linux x64),
 *      so `npm ci && npm test` passes on a machine that has only Node.
 * Where none is found the tests fail with one line saying how to set PHULUC_CHROMIUM; they never skip.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface FoundChromium {
  path: string;
  /** Where it was found: 'env', 'system' or 'npm'. */
  source: 'env' | 'system' | 'npm';
}

export const NOT_FOUND =
  'Không tìm thấy Chromium/Chrome/Edge cho các bài kiểm tra trình duyệt: đặt biến môi trường PHULUC_CHROMIUM=<đường dẫn tới chrome, chromium hoặc msedge> (no browser found: set PHULUC_CHROMIUM to a Chrome, Chromium or Edge executable).';

/** The usual install places, by platform; `env` supplies the Windows folders. */
export function systemCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
    return roots.flatMap((r) => [
      join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(r, 'Chromium', 'Application', 'chrome.exe'),
      join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ];
}

/** Steps 1 and 2: what needs no unpacking. */
export function findInstalledChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (p: string) => boolean = existsSync,
): FoundChromium | undefined {
  const fromEnv = env['PHULUC_CHROMIUM'];
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`PHULUC_CHROMIUM=${fromEnv}: không có tệp này (no such file). ${NOT_FOUND}`);
    return { path: fromEnv, source: 'env' };
  }
  const system = systemCandidates(platform, env).find(exists);
  return system ? { path: system, source: 'system' } : undefined;
}

/** All three steps; step 3 unpacks the npm package's Chromium (once, into the system temp folder). */
export async function findChromium(): Promise<FoundChromium> {
  const installed = findInstalledChromium();
  if (installed) return installed;
  if (process.platform === 'linux' && process.arch === 'x64') {
    const path = await import('@sparticuz/chromium')
      .then((m: { default: { executablePath(): Promise<string> } }) => m.default.executablePath())
      .catch((e: unknown) => {
        throw new Error(`${NOT_FOUND} (@sparticuz/chromium: ${e instanceof Error ? e.message : String(e)})`);
      });
    if (path && existsSync(path)) return { path, source: 'npm' };
  }
  throw new Error(NOT_FOUND);
}
