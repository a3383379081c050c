// Shared helpers: tokenise thuvienphapluat-style "one cell per block, '|' line after each cell, '|' line before each row" text
// (as stored in tnt305/tai_lieu_noi_bo src/etl/dataset/*.md) into rows.
import fs from 'node:fs';

export function readLines(file) {
  const txt = fs.readFileSync(file, 'utf8');
  return { txt, lines: txt.split('\n') };
}

// tokens from line index a (inclusive) to b (exclusive): {t:'P', line} or {t:'C', text, from, to}
export function tokenize(lines, a, b) {
  const toks = [];
  let cur = null;
  for (let i = a; i < b; i++) {
    if (lines[i] === '|') {
      if (cur) { toks.push(cur); cur = null; }
      toks.push({ t: 'P', line: i });
    } else {
      if (!cur) cur = { t: 'C', lines: [], from: i };
      cur.lines.push(lines[i]);
      cur.to = i;
    }
  }
  if (cur) toks.push(cur);
  for (const k of toks) if (k.t === 'C') k.text = k.lines.join('\n');
  return toks;
}

// Parse rows. `widths` is either a number (cells per row) or a function(rowIndex, rowsSoFar, tokens, pos) -> number.
// Starts at a token that must be 'P' (row start). Stops when, at a row start position, the token is not 'P',
// or after maxRows rows. Returns {rows, endToken}.
export function parseRows(toks, start, widths, maxRows = Infinity) {
  const rows = [];
  let p = start;
  while (p < toks.length && rows.length < maxRows) {
    if (toks[p].t !== 'P') break;           // not a row start -> table over
    const n = typeof widths === 'function' ? widths(rows.length, rows, toks, p) : widths;
    if (!n) break;
    let q = p + 1;
    const cells = [];
    let ok = true;
    for (let c = 0; c < n; c++) {
      if (q >= toks.length) { ok = false; break; }
      if (toks[q].t === 'C') {
        if (q + 1 >= toks.length || toks[q + 1].t !== 'P') { ok = false; break; }
        cells.push(toks[q].text); q += 2;
      } else { cells.push(''); q += 1; }
    }
    if (!ok) break;
    rows.push({ cells, firstLine: toks[p].line + 1 });
    p = q;
  }
  return { rows, end: p };
}

export function findLine(lines, re, from = 0) {
  for (let i = from; i < lines.length; i++) if (re.test(lines[i])) return i;
  return -1;
}

// Debug view of the tokens: one row per line, cells separated by ' ¦ ', pipes shown as '|'.
export function dump(toks, maxLen = 60) {
  return toks.map(k => k.t === 'P' ? '|' : '[' + k.text.replace(/\n/g, '⏎').slice(0, maxLen) + ']').join(' ');
}

export function writeJson(file, obj) {
  fs.writeFileSync(file, JSON.stringify(obj, null, 2) + '\n');
}

// Consume one row of width n starting at token p (which must be 'P'). Returns {cells, q} or null.
export function takeRow(toks, p, n) {
  if (p >= toks.length || toks[p].t !== 'P') return null;
  let q = p + 1; const cells = [];
  for (let c = 0; c < n; c++) {
    if (q >= toks.length) return null;
    if (toks[q].t === 'C') {
      if (q + 1 >= toks.length || toks[q + 1].t !== 'P') return null;
      cells.push(toks[q].text); q += 2;
    } else { cells.push(''); q += 1; }
  }
  return { cells, q };
}

// Parse the whole token range [start, toks.length) into rows, choosing for every row a width from
// `widths` (in order of preference) such that `accept(cells, width)` holds for every row and the
// tokens are consumed exactly. Dynamic programming over token positions; first feasible choice wins.
export function parseAll(toks, start, widths, accept) {
  const memo = new Map();
  parseAll.maxReach = 0;
  const feasible = (p) => {
    if (p > parseAll.maxReach) parseAll.maxReach = p;
    if (p === toks.length) return [];
    if (memo.has(p)) return memo.get(p);
    memo.set(p, null);
    for (const w of widths) {
      const r = takeRow(toks, p, w);
      if (!r || !accept(r.cells, w)) continue;
      const rest = feasible(r.q);
      if (rest) { const res = [{ cells: r.cells, width: w, firstLine: toks[p].line + 1 }, ...rest]; memo.set(p, res); return res; }
    }
    return null;
  };
  return feasible(start);
}
