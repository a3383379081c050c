/**
 * Reading aid, not a test: every corpus table's error and warning findings, with counts by code and
 * tasks, for the README's before/after figures and for writing expected.json by hand.
 *   npx esbuild test/corpus/dump.ts --bundle --platform=node --outfile=/tmp/corpus-dump.cjs && node /tmp/corpus-dump.cjs test/corpus [--all]
 */
import { validateGrid } from '../../core/engine/validate';
import { corpusFolders, corpusGrid, isTaskRow, readCorpusTable } from './corpusGrid';

const all = process.argv.includes('--all');
const dir = process.argv[2] ?? 'test/corpus';
const byCode = new Map<string, number>();
let tasks = 0;
let count = 0;
for (const folder of corpusFolders(dir)) {
  const grid = corpusGrid(readCorpusTable(folder, dir), folder);
  const { tables, findings } = validateGrid(grid);
  const n = tables.reduce((s, t) => s + t.rows.filter(isTaskRow).length, 0);
  const shown = findings.filter((f) => all || f.severity !== 'info');
  const counted = folder.startsWith('16') ? [] : shown.filter((f) => f.severity !== 'info');
  if (!folder.startsWith('16')) tasks += n;
  count += counted.length;
  for (const f of counted) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  console.log(`\n## ${folder}: ${n} tasks, ${shown.length} findings`);
  for (const f of shown) console.log(`${f.cell}\t${f.severity}\t${f.code}\t${f.message}`);
}
console.log(`\nTOTAL (01-15): ${tasks} tasks, ${count} error/warning findings, ${(count / tasks).toFixed(2)} per task`);
console.log([...byCode].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join('\n'));
