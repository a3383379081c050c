/** `npm start`: checks every workbook in seeds/ and writes highlighted copies to out/. */
import { promises as fs } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { UserError, checkGrids, readWorkbookFile, selectGrids, writeHighlightedCopy } from './check';
import { summaryLine } from './format';
import { T } from './messages';

async function main(): Promise<number> {
  const root = resolve(__dirname, '..');
  const seeds = join(root, 'seeds');
  const out = join(root, 'out');
  const files = (await fs.readdir(seeds)).filter((f) => f.endsWith('.xlsx')).sort();
  if (files.length === 0) {
    process.stderr.write(`${T.seedsNone.vi} ${seeds}\n`);
    return 2;
  }
  await fs.mkdir(out, { recursive: true });
  let failed = 0;
  for (const f of files) {
    const input = join(seeds, f);
    const target = join(out, basename(f, '.xlsx') + '.kiem-tra.xlsx');
    try {
      const wb = await readWorkbookFile(input);
      const report = checkGrids(selectGrids(wb), {});
      await writeHighlightedCopy(wb, report, input, target, 'vi');
      const tables = report.sheets.reduce((n, s) => n + s.tables.length, 0);
      process.stdout.write(`${f}: ${tables} ${T.tables.vi}; ${summaryLine(report.summary, 'vi')} → out/${basename(target)}\n`);
    } catch (e) {
      failed++;
      process.stdout.write(`${f}: ${e instanceof UserError ? e.vi : String(e)}\n`);
    }
  }
  process.stdout.write(`${T.seedsDone.vi} ${files.length} ${T.seedsFiles.vi} ${out}\n`);
  return failed > 0 ? 2 : 0;
}

void main().then((code) => {
  process.exitCode = code;
});
