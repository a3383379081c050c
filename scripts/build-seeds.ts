/**
 * Builds seeds/*.xlsx from the seed texts in ../shared/seeds, as an officer would keep each appendix:
 * the title lines above, the header row, every row in order, rows cut by page breaks kept as rows of
 * their own, repeated headers kept, markup kept as text. Nothing is corrected: the defects are the point.
 *
 *   npm run seeds:build [-- --from DIR]
 *
 * Blank lines in the texts are page-break artefacts of the conversion, not rows, and are dropped.
 * Cells holding only digits are written as numbers, as Excel stores what a person types.
 */
import ExcelJS from 'exceljs';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

type Cell = string | number | null;
export interface SeedSheet {
  titles: string[];
  rows: Cell[][];
}

const SEEDS: Array<{ file: string; out: string; parse: (text: string) => SeedSheet }> = [
  { file: '000_9dc728ae31be0994.txt', out: '000-dong-nai-skhcn-2026.xlsx', parse: parseTabbed },
  { file: '001_47c691eb81eaec76.txt', out: '001-dong-nai-ubnd-1295.xlsx', parse: parseTabbed },
  { file: '002_01bb209fa60ff27c.txt', out: '002-quang-ngai-skhcn-2025.xlsx', parse: parseTabbed },
  { file: '003_dd888fed866e06a5.txt', out: '003-binh-duong-ubnd-1169.xlsx', parse: parseCellPerLine },
  { file: '004_1474a8d58d960967.txt', out: '004-hcm-skhcn-2026.xlsx', parse: parseMarkdown },
];

function typed(s: string): Cell {
  const t = s;
  if (t.trim() === '') return null;
  if (/^\d+$/.test(t.trim())) return Number(t.trim());
  return t;
}

function isTitleLine(l: string): boolean {
  const t = l.trim();
  return t !== '' && (t.startsWith('(Kèm theo') || (t === t.toUpperCase() && /\p{L}{3}/u.test(t)));
}

/** The appendix starts at the last "PHỤ LỤC" line before the first table line. */
function appendixStart(lines: string[], isTableLine: (l: string) => boolean): number {
  const first = lines.findIndex(isTableLine);
  for (let i = first; i >= 0; i--) {
    if (!/^\s*ph[uụ] l[uụ]c\s*$/i.test(lines[i].normalize('NFC'))) continue;
    // Some appendices put their title above the word "PHỤ LỤC" (001): keep those lines too.
    let top = i;
    let j = i - 1;
    while (j >= 0 && lines[j].trim() === '') j--;
    while (j >= 0 && isTitleLine(lines[j])) top = j--;
    return top;
  }
  return Math.max(0, first - 5);
}

/** 000, 001, 002: one row a line, cells separated by tabs; a line with no tab is a one-cell row. */
export function parseTabbed(text: string): SeedSheet {
  const lines = text.split(/\r?\n/);
  const isHeader = (l: string) => /^(S?TT)\t/.test(l);
  const start = appendixStart(lines, isHeader);
  const header = lines.findIndex(isHeader);
  const titles = lines
    .slice(start, header)
    .map((l) => l.trim())
    .filter(Boolean);
  const rows: Cell[][] = [];
  for (const line of lines.slice(header)) {
    if (line.trim() === '') continue;
    rows.push(line.split('\t').map((c, i) => (i === 0 ? typed(c.trim()) : c === '' ? null : c)));
  }
  return { titles, rows };
}

/** 003: one cell a line, read in column order; a row starts at a line holding only its number. */
export function parseCellPerLine(text: string): SeedSheet {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const headerStarts = lines.map((l, i) => (/^S?TT$/.test(l) ? i : -1)).filter((i) => i >= 0);
  const start = appendixStart(lines, (l) => /^S?TT$/.test(l));
  const isRowStart = (l: string) => /^(?:[IVXL]+|Ill|\d+)\s*\.?$/.test(l);
  const titles: string[] = [];
  for (let i = start; i < headerStarts[0]; i++) if (lines[i]) titles.push(lines[i]);
  const rows: Cell[][] = [];
  headerStarts.forEach((h, k) => {
    // Header labels run until the first row number.
    let i = h;
    const labels: string[] = [];
    while (i < lines.length && !isRowStart(lines[i])) labels.push(lines[i++]);
    rows.push(labels);
    const end = k + 1 < headerStarts.length ? headerStarts[k + 1] : lines.length;
    let current: string[] | null = null;
    const flush = () => {
      if (current) rows.push(current.map((c, j) => (j === 0 ? typed(c) : c)));
      current = null;
    };
    for (; i < end; i++) {
      const l = lines[i];
      if (!l) continue;
      if (l.startsWith('[')) break; // footnotes after the table
      if (isRowStart(l)) {
        flush();
        current = [l];
        continue;
      }
      // The next table's title line (all capitals) closes this table.
      if (k + 1 < headerStarts.length && i > headerStarts[k + 1] - 3 && l === l.toUpperCase() && /\p{L}{3}/u.test(l)) {
        flush();
        rows.push([l]);
        continue;
      }
      if (!current) continue;
      // "(Chi cục …)" on its own line is the second line of the cell above.
      if (l.startsWith('(') && current.length > 2) current[current.length - 1] += `\n${l}`;
      else current.push(l);
    }
    flush();
  });
  return { titles, rows };
}

/** 004: markdown tables; the header repeats at every page and stays, separator lines go. */
export function parseMarkdown(text: string): SeedSheet {
  const lines = text.split(/\r?\n/);
  const isRow = (l: string) => l.trim().startsWith('|');
  const first = lines.findIndex(isRow);
  const start = appendixStart(lines, isRow);
  const titles = lines
    .slice(start, first)
    .map((l) => l.trim())
    .filter(Boolean);
  const rows: Cell[][] = [];
  for (const line of lines.slice(first)) {
    const t = line.trim();
    if (!t.startsWith('|') || /^\|[\s|:-]+\|$/.test(t)) continue;
    const cells = t
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((c) => c.trim());
    rows.push(cells.map((c, i) => (i === 0 ? typed(c) : c === '' ? null : c)));
  }
  return { titles, rows };
}

const WIDTHS: Record<string, number> = { stt: 6, content: 60, other: 28 };

export async function writeSeedWorkbook(sheet: SeedSheet, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Phụ lục seed builder';
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('Phụ lục');
  const width = Math.max(...sheet.rows.map((r) => r.length));
  sheet.titles.forEach((t, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = t;
    cell.font = { bold: i < 2 };
  });
  const top = sheet.titles.length + 2; // one empty row between the titles and the table
  sheet.rows.forEach((r, i) => {
    const row = ws.getRow(top + i);
    r.forEach((v, c) => {
      if (v !== null) row.getCell(c + 1).value = v;
    });
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  ws.getRow(top).font = { bold: true };
  for (let c = 1; c <= width; c++) {
    ws.getColumn(c).width = c === 1 ? WIDTHS.stt : c === 2 ? WIDTHS.content : WIDTHS.other;
  }
  await wb.xlsx.writeFile(path);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const fromIdx = args.indexOf('--from');
  const from = resolve(fromIdx >= 0 ? args[fromIdx + 1] : join(__dirname, '..', '..', 'shared', 'seeds'));
  const outDir = resolve(join(__dirname, '..', 'seeds'));
  mkdirSync(outDir, { recursive: true });
  const present = new Set(readdirSync(from));
  for (const seed of SEEDS) {
    if (!present.has(seed.file)) {
      console.error(`Không thấy ${seed.file} trong ${from}`);
      process.exitCode = 2;
      continue;
    }
    const sheet = seed.parse(readFileSync(join(from, seed.file), 'utf8'));
    await writeSeedWorkbook(sheet, join(outDir, seed.out));
    console.log(`${seed.out}: ${sheet.titles.length} dòng tiêu đề, ${sheet.rows.length} dòng bảng`);
  }
}

if (require.main === module) void main();
