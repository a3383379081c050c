// `npm run start:excel`: builds the Excel add-in for https://localhost:3000 into dist/excel, serves it
// over HTTPS with the Office development certificate (office-addin-dev-certs installs and trusts it on
// first run; Windows or macOS asks once), and sideloads manifests/excel/manifest.xml into desktop Excel
// with Microsoft's office-addin-dev-settings, fetched by npx on first use: it is needed only on a
// machine with desktop Excel, and it pulls in about 200 MB (the Teams toolkit), so it is not a
// dependency of the project. `--no-sideload` only builds and serves (for Excel on the web: upload
// manifests/excel/manifest.xml yourself).
import { createServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { extname, join, normalize } from 'node:path';
import devCerts from 'office-addin-dev-certs';
import { DEV_URL, runBuild } from './build.mjs';

const [{ out }] = (await runBuild(['excel', '--url', DEV_URL])).map(([, r]) => r);
const PORT = Number(new URL(DEV_URL).port);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

const options = await devCerts.getHttpsServerOptions();
createServer(options, async (req, res) => {
  const path = normalize(join(out, decodeURIComponent((req.url ?? '/').split('?')[0])));
  if (!path.startsWith(out)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(PORT, () => {
  console.log(`Phụ lục: ${DEV_URL}/taskpane.html (Ctrl+C để dừng / to stop)`);
  if (process.argv.includes('--no-sideload')) return;
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const child = spawn(npx, ['--yes', 'office-addin-dev-settings@3', 'sideload', 'manifests/excel/manifest.xml', 'desktop', '--app', 'excel'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  child.on('exit', (code) => {
    if (code !== 0)
      console.error('Không nạp được add-in vào Excel (sideload failed): mở Excel, chọn Add-ins → My Add-ins → Upload, chọn manifests/excel/manifest.xml.');
  });
});
