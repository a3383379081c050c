// Builds the Excel manifest from its one template. Usage:
//   node scripts/manifest.mjs --url https://host/path [--out dist/excel]   (production)
//   node scripts/manifest.mjs --dev                                       (manifests/excel/manifest.xml, https://localhost:3000)
import { mkdirSync, readFileSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const { noCodeFromStrings, codeFromStrings } = createRequire(import.meta.url)('./no-code-from-strings.cjs');
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEV_URL = 'https://localhost:3000';

export function renderManifest(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`--url không phải địa chỉ hợp lệ: ${baseUrl}`);
  }
  if (url.protocol !== 'https:') throw new Error(`--url phải là https:// (Office chỉ tải add-in qua HTTPS): ${baseUrl}`);
  const base = baseUrl.replace(/\/+$/, '');
  return readFileSync(join(root, 'manifests/excel/manifest.template.xml'), 'utf8').replaceAll('{{BASE_URL}}', base);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  try {
    if (args.includes('--dev')) {
      writeFileSync(join(root, 'manifests/excel/manifest.xml'), renderManifest(DEV_URL));
      console.log('manifests/excel/manifest.xml (localhost)');
    } else {
      const i = args.indexOf('--url');
      if (i < 0 || !args[i + 1]) throw new Error('Cần --url https://… (địa chỉ nơi đặt add-in)');
      const o = args.indexOf('--out');
      const out = resolve(root, o >= 0 ? args[o + 1] : 'dist/excel');
      mkdirSync(join(out, 'assets'), { recursive: true });
      writeFileSync(join(out, 'manifest.xml'), renderManifest(args[i + 1]));
      for (const f of readdirSync(join(root, 'addin-excel/assets'))) copyFileSync(join(root, 'addin-excel/assets', f), join(out, 'assets', f));
      // The pane and the ribbon commands: office.js comes from Microsoft's CDN, the rest is bundled.
      await build({
        entryPoints: { taskpane: join(root, 'addin-excel/src/taskpane.ts'), commands: join(root, 'addin-excel/src/commands.ts') },
        outdir: out,
        bundle: true,
        platform: 'browser',
        format: 'iife',
        target: 'es2020',
        minify: true,
        plugins: noCodeFromStrings,
        logLevel: 'warning',
      });
      for (const f of ['taskpane.js', 'commands.js']) {
        const found = codeFromStrings(readFileSync(join(out, f), 'utf8'));
        if (found.length) throw new Error(`${f} would run code from strings:\n  ${found.join('\n  ')}`);
      }
      for (const f of ['taskpane.html', 'commands.html']) copyFileSync(join(root, 'addin-excel', f), join(out, f));
      copyFileSync(join(root, 'addin-excel/src/panel/panel.css'), join(out, 'panel.css'));
      writeFileSync(join(out, 'help.html'), '<!doctype html><meta charset="utf-8"><title>Phụ lục</title><p>Xem README của dự án Phụ lục.</p>');
      console.log(`${join(out, 'manifest.xml')}`);
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 2;
  }
}
