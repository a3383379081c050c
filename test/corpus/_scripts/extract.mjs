// Extract appendix tables from tnt305/tai_lieu_noi_bo src/etl/dataset/*.md (thuvienphapluat pages, one cell per
// block with '|' separator lines) into table.json grids. Cell text is kept byte-for-byte (its own line breaks
// joined with "\n"); nothing is normalised. Row widths are chosen per table by parseAll() under the
// constraints written below (see each entry's `note`), and every result was checked by reading it.
// Usage: node extract.mjs <datasetDir> <outRoot> [id ...]   (no id = all)
import fs from 'node:fs';
import path from 'node:path';
import { readLines, tokenize, parseAll, writeJson } from './tpl.mjs';

const strip = s => s.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
const TT = /^(?:[IVXLC]+|\d+|[a-zđ]|[A-ZĐ]|[IVX]+\.\d+(?:\.\d+)*|\d+(?:\.\d+)+)[.)]?$/;
const isTT = s => TT.test(strip(s));
const empty = s => strip(s) === '';


const [dir, outRoot, ...only] = process.argv.slice(2);

// ---- table definitions -------------------------------------------------------------------------------------
// id: output folder; file: dataset file; title: [firstLine, lastLine] (1-based, inclusive) of the lines above the
// header; table: [firstLine, lastLine] (1-based, inclusive; first is the '|' that opens the header row, last the
// '|' that closes the last row); widths: candidate row widths, most preferred first; accept(cells, w).
import('./tables.mjs').then(({ default: defs }) => {
  for (const d of defs) {
    if (only.length && !only.includes(d.id)) continue;
    const file = path.join(dir, d.file);
    const { lines } = readLines(file);
    const title = lines.slice(d.title[0] - 1, d.title[1]).filter(l => l !== '|');
    const parts = d.parts || [{ table: d.table }];
    let rows = [], failed = false;
    const captionRows = [];
    const partStarts = [];
    for (const part of parts) {
      if (rows.length && !part.caption) partStarts.push(rows.length);
      if (part.caption) {
        captionRows.push(rows.length);
        rows.push({ cells: [lines.slice(part.caption[0] - 1, part.caption[1]).join('\n')], width: 1, firstLine: part.caption[0], caption: true });
      }
      const toks = tokenize(lines, part.table[0] - 1, part.table[1]);
      const r = parseAll(toks, 0, part.widths || d.widths, (c, w) => (part.accept || d.accept)(c, w, { isTT, empty, strip }));
      if (!r) { const m = parseAll.maxReach; console.error(`${d.id}: no parse for part ${part.table}; furthest token ${m} at line ${toks[m] && (toks[m].line ?? toks[m].from) + 1}: ` + toks.slice(m, m + 14).map(k => k.t === 'P' ? '|' : '[' + k.text.replace(/\n/g, ' ').slice(0, 40) + ']').join(' ')); failed = true; break; }
      rows = rows.concat(r);
    }
    if (failed) continue;
    const out = path.join(outRoot, d.id);
    fs.mkdirSync(out, { recursive: true });
    writeJson(path.join(out, 'table.json'), {
      source: { repo: 'tnt305/tai_lieu_noi_bo', path: `src/etl/dataset/${d.file}`, commit: '94c5034af72cc7e5020694d06eceb126a103d48b', file_first_commit: '56eff108e1bc20bfb6b7a8ae794c034c18cf6d94', title_lines: d.title, table_lines: parts.map(p => p.table) },
      layout: 'one cell per line-block; a line "|" closes every cell and opens every row (thuvienphapluat page text extracted by the dataset\'s crawler)',
      title,
      rows: rows.map(r => r.cells),
      row_source_lines: rows.map(r => r.firstLine),
      ...(partStarts.length ? { table_break_before_rows: partStarts, table_break_note: 'the appendix is printed as several consecutive tables; a new table starts at these row indices' } : {}),
      ...(captionRows.length ? { caption_rows: captionRows, caption_rows_note: 'one-cell rows at these indices are captions printed between sub-tables, outside any table grid' } : {}),
    });
    const view = rows.map((r, i) => `${String(i).padStart(3)} L${r.firstLine} w${r.width}: ` + r.cells.map(c => strip(c).slice(0, d.viewLen || 38)).join(' ¦ ')).join('\n');
    if (process.env.VIEWS) { fs.mkdirSync(process.env.VIEWS, { recursive: true }); fs.writeFileSync(path.join(process.env.VIEWS, d.id + '.txt'), view + '\n'); }
    console.log(`${d.id}: ${rows.length} rows; widths ${[...new Set(rows.map(r => r.width))].join(',')}`);
  }
});
