// Round-trip check: rebuild the appendix text from table.json (+ the one-cell caption rows) and compare it
// byte-for-byte with the corresponding lines of source.md. Usage: node verify.mjs <corpusRoot>
import fs from 'node:fs';
import path from 'node:path';
const root = process.argv[2];
let bad = 0;
for (const id of fs.readdirSync(root).filter(d => /^\d\d-/.test(d)).sort()) {
  const t = JSON.parse(fs.readFileSync(path.join(root, id, 'table.json'), 'utf8'));
  const src = fs.readFileSync(path.join(root, id, 'source.md'), 'utf8').split('\n');
  if (t.source.format === 'markdown') {
    const [a, b] = t.source.table_lines[0];
    const want = src.slice(a - 1, b).filter(l => !/^\|[-| ]+\|\s*$/.test(l));
    const got = t.rows.map(r => '|' + r.join('|') + '|');
    const ok = want.length === got.length && want.every((l, i) => l.replace(/\s+$/, '') === got[i].replace(/\s+$/, ''));
    console.log(id, ok ? 'OK' : 'MISMATCH'); if (!ok) bad++;
    continue;
  }
  const caps = new Set(t.caption_rows || []);
  const lines = [];
  t.rows.forEach((r, i) => {
    if (caps.has(i)) { lines.push(...r[0].split('\n')); return; }
    lines.push('|');
    for (const c of r) { if (c !== '') lines.push(...c.split('\n')); lines.push('|'); }
  });
  const parts = t.source.table_lines;
  const want = [];
  const a = parts[0][0], b = parts[parts.length - 1][1];
  // the text between parts that is not a caption (blank separator lines) is left out of the grid
  const capLines = new Set();
  for (const p of parts.slice(1)) for (let k = parts[parts.indexOf(p) - 1][1] + 1; k < p[0]; k++) capLines.add(k);
  for (let k = a; k <= b; k++) {
    if (capLines.has(k) && src[k - 1].trim() === '') continue;
    want.push(src[k - 1]);
  }
  const ok = want.length === lines.length && want.every((l, i) => l === lines[i]);
  if (!ok) { bad++; const i = want.findIndex((l, i) => l !== lines[i]); console.log(id, 'MISMATCH at', i, JSON.stringify(want[i]), JSON.stringify(lines[i])); }
  else console.log(id, `OK (${want.length} lines)`);
}
process.exit(bad ? 1 : 0);
