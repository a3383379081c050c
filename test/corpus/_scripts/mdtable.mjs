// Markdown pipe table -> table.json (table 16, thetrungdtt/VNMasterplan NQCP03/Kehoachgoc.md; tables 17-18,
// johnPa02/thuvienphapluat-crawler crawl/dat_dai/Quyết_định_59_QĐ-BTNMT.txt).
// Cells are the raw text between the pipes, padding spaces included; the |---| separator line is not a row.
// Usage: node mdtable.mjs <source.md> <titleFrom> <tableFrom> <tableTo> <out table.json> [repo path commit fileCommit]
// (without the last four: table 16's source, so its table.json stays byte-identical)
import fs from 'node:fs';
const [file, tf, a, b, out, ...src] = process.argv.slice(2);
const [repo, srcPath, commit, fileCommit] = src.length === 4 ? src
  : ['thetrungdtt/VNMasterplan', 'NQCP03/Kehoachgoc.md', 'd969b03d999806b0ed3729086a09b1d1d496ad0e', 'a0415d4322876339968b8c50356623a726cc2b77'];
const L = fs.readFileSync(file, 'utf8').split('\n');
const title = L.slice(+tf - 1, +a - 1).filter(l => l.trim() !== '');
const rows = [], rowLines = [];
for (let i = +a - 1; i < +b; i++) {
  const l = L[i];
  if (!l.startsWith('|')) continue;
  if (/^\|[-| ]+\|\s*$/.test(l)) continue;
  const body = l.replace(/\s+$/, '');
  rows.push(body.slice(1, -1).split('|'));
  rowLines.push(i + 1);
}
fs.writeFileSync(out, JSON.stringify({
  source: { repo, path: srcPath, commit, file_commit: fileCommit, format: 'markdown', title_lines: [+tf, +a - 1], table_lines: [[+a, +b]] },
  layout: 'markdown pipe table, one row per line; cells are the raw text between pipes (padding kept); trailing spaces after the last pipe dropped',
  title, rows, row_source_lines: rowLines,
}, null, 2) + '\n');
console.log(rows.length, 'rows; widths', [...new Set(rows.map(r => r.length))]);
