import type { CellValue, Grid } from '../core';
/**
 * A .csv appendix as a Grid: UTF-8 with or without a byte-order mark, or the Windows code pages an
 * office PC saves in (1258 Vietnamese, 1252 Western); comma or semicolon separated (Excel set to
 * Vietnamese regional settings saves with semicolons). Cells stay text, as typed: "6/2026" is a time
 * frame, not a date to be guessed. No Node APIs: the add-ins' panels read returns with it too.
 */

export type CsvEncoding = 'utf-8' | 'windows-1258' | 'windows-1252';

export type CsvDecoded = { ok: true; text: string; encoding: CsvEncoding } | { ok: false };

/** The bytes 0x80–0xFF where Windows-1258 and Windows-1252 read differently (Vietnamese letters and tone marks in 1258). */
const CP1258_ONLY = new Set([0x8a, 0x8e, 0x9a, 0x9e, 0xc3, 0xcc, 0xd0, 0xd2, 0xd5, 0xdd, 0xde, 0xe3, 0xec, 0xf0, 0xf2, 0xf5, 0xfd, 0xfe]);
/** Windows-1258's tone marks are combining characters: each must follow a vowel. */
const LOOSE_TONE = /(^|[^aăâeêioôơuưyAĂÂEÊIOÔƠUƯY])[\u0300\u0301\u0303\u0309\u0323]/u;

function decoder(label: CsvEncoding, fatal = false): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return undefined; // a runtime without this code page
  }
}

/** The text of a CSV file, or ok: false when its code page cannot be told with confidence. */
export function decodeCsv(bytes: Uint8Array): CsvDecoded {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    // not UTF-8: one of the Windows code pages
  }
  if (bom) return { ok: false };
  let vietnamese = false;
  for (const b of bytes) {
    if (b === 0) return { ok: false }; // UTF-16 or a binary file
    if (CP1258_ONLY.has(b)) vietnamese = true;
  }
  if (!vietnamese) {
    // Both code pages read these bytes alike: Western text (names with é, ñ…).
    const text = decoder('windows-1252')?.decode(bytes);
    return text === undefined ? { ok: false } : { ok: true, text, encoding: 'windows-1252' };
  }
  const text = decoder('windows-1258')?.decode(bytes);
  if (text === undefined || LOOSE_TONE.test(text)) return { ok: false };
  return { ok: true, text: text.normalize('NFC'), encoding: 'windows-1258' };
}

/** Comma or semicolon: whichever separates the first lines (outside quotes) more consistently. */
export function csvDelimiter(text: string): ',' | ';' {
  const counts = { ',': [] as number[], ';': [] as number[] };
  let quoted = false;
  let comma = 0;
  let semi = 0;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 20; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === ',') comma++;
    else if (ch === ';') semi++;
    else if (ch === '\n') {
      counts[','].push(comma);
      counts[';'].push(semi);
      comma = semi = 0;
      lines++;
    }
  }
  if (comma || semi) {
    counts[','].push(comma);
    counts[';'].push(semi);
  }
  const lines1 = (d: ',' | ';') => counts[d].filter((n) => n > 0).length;
  if (lines1(';') > lines1(',')) return ';';
  if (lines1(';') === lines1(',') && counts[';'].reduce((a, b) => a + b, 0) > counts[','].reduce((a, b) => a + b, 0)) return ';';
  return ',';
}

/** RFC 4180: quoted cells may hold separators, doubled quotes and line breaks. Linear in the text. */
export function parseCsvRows(text: string, delimiter = csvDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** One sheet named after the file, every cell as text (empty cells empty). */
export function csvToGrid(text: string, name: string): Grid {
  const rows: CellValue[][] = parseCsvRows(text).map((r) => r.map((v) => (v.trim() === '' ? null : v)));
  return { name: name.slice(0, 31) || 'CSV', rows, merges: [] };
}
