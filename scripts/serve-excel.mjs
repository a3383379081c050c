// The development server behind `npm run start:excel`: builds the add-in for https://localhost:3000
// into dist/excel and serves it over HTTPS with the Office development certificate (installed and
// trusted by office-addin-dev-certs on first run; Windows or macOS asks once). Files only, no API.
import { createServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import devCerts from 'office-addin-dev-certs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'excel');
const PORT = 3000;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.xml': 'application/xml' };

execFileSync(process.execPath, [join(root, 'scripts', 'manifest.mjs'), '--url', `https://localhost:${PORT}`, '--out', out], { stdio: 'inherit' });
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
}).listen(PORT, () => console.log(`Phụ lục: https://localhost:${PORT}/taskpane.html`));
