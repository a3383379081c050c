/**
 * Reading a chủ trì / phối hợp cell into units: split on commas, semicolons, line breaks and "và"
 * only where the pieces are units ("Sở Khoa học và Công nghệ" and "Các phòng, đơn vị trực thuộc Sở"
 * stay whole), "-" or "/" for none, a sub-unit in brackets, several units with no separator at all.
 */
import { cleanText, foldKey } from '../model/text';
import { COLLECTIVE_UNITS, INSTITUTION_PREFIXES } from './builtin';
import { UnitDirectory, UnitMatch, splitLocality, unitKey } from './directory';

export interface UnitPiece {
  /** The piece as written, and where it sits in the cleaned cell text. */
  text: string;
  start: number;
  end: number;
  /** The unit's name without the bracketed sub-unit and the locality. */
  main: string;
  sub?: string;
  locality: string;
  match?: UnitMatch;
  collective?: boolean;
  institution?: boolean;
  /** Closest directory names, when nothing matched. */
  suggestions?: string[];
  /** Longer than a unit name can be (UNIT_PIECE_MAX_CHARS): not matched, reported as unit.too_long. */
  tooLong?: boolean;
}

/**
 * A piece longer than this is not a unit's name but pasted text: it is not matched (matching costs
 * grow with length) and is reported as `unit.too_long`, so any cell reads in time linear in its length.
 */
export const UNIT_PIECE_MAX_CHARS = 300;
/** A whole cell longer than this (a few dozen names at most) is one too-long piece, not read name by name. */
export const UNIT_CELL_MAX_CHARS = 2_000;
/** The longest run of words tried as one name when names follow one another with no separator. */
const NAME_MAX_WORDS = 24;

export interface UnitCell {
  /** The cell text cleaned (NFC, no markup, tidy spaces, no trailing punctuation). */
  text: string;
  none: boolean;
  pieces: UnitPiece[];
}

const NONE = /^[-–—/\\_.x]*$/i;

function foldChar(ch: string): string {
  const f = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
  return f.length === 1 ? f : ch.length === 1 ? ch.toLowerCase() : ' ';
}

/** Folds one character at a time so that positions in the folded text are positions in the text. */
function foldAligned(s: string): string {
  let out = '';
  for (const ch of s) out += ch.length === 1 ? foldChar(ch) : '  ';
  return out;
}

export class UnitReader {
  private readonly protectedPhrases: string[];
  private readonly collectives: Set<string>;
  private readonly cache = new Map<string, UnitCell>();

  constructor(readonly directory: UnitDirectory) {
    this.collectives = new Set(COLLECTIVE_UNITS.map(unitKey));
    const phrases = new Set<string>();
    for (const c of COLLECTIVE_UNITS) phrases.add(foldAligned(c.normalize('NFC')));
    for (const e of directory.entries) {
      for (const n of [e.name, ...e.aliases]) if (/[,;/]|\svà\s|\s[-–]\s/.test(n)) phrases.add(foldAligned(n.normalize('NFC')));
    }
    this.protectedPhrases = [...phrases].sort((a, b) => b.length - a.length);
  }

  read(raw: string): UnitCell {
    const hit = this.cache.get(raw);
    if (hit) return hit;
    const cell = this.parse(raw);
    if (this.cache.size < 10_000) this.cache.set(raw, cell);
    return cell;
  }

  private parse(raw: string): UnitCell {
    // A line break before a bracket continues the unit: "Sở KH&CN\n(Chi cục TĐC)".
    // A comma glued to the next word ("huyện,thành phố") gets its space, as in the directory.
    const text = cleanText(raw)
      .replace(/\n\s*\(/g, ' (')
      .replace(/,(?=[^\s\d])/g, ', ')
      .replace(/[\s.;,]+$/, '');
    if (NONE.test(text.trim())) return { text, none: true, pieces: [] };
    if (text.length > UNIT_CELL_MAX_CHARS) return { text, none: false, pieces: [tooLongPiece(text, 0, text.length)] };
    const folded = foldAligned(text);
    const shielded = new Uint8Array(text.length);
    for (const p of this.protectedPhrases) {
      let from = 0;
      for (;;) {
        const i = folded.indexOf(p, from);
        if (i < 0) break;
        const before = i === 0 || !/[a-z0-9]/.test(folded[i - 1]);
        const after = i + p.length >= folded.length || !/[a-z0-9]/.test(folded[i + p.length]);
        if (before && after) shielded.fill(1, i, i + p.length);
        from = i + 1;
      }
    }
    // Strong separators first; then commas; then "và" where both sides are units.
    const pieces: UnitPiece[] = [];
    for (const [s, e] of splitAt(text, shielded, /[;\n]/g)) {
      // Commas, and " - " or "/" between two names ("Sở Công Thương - Sở Tài chính").
      for (const [s2, e2] of splitAt(text, shielded, /,|\s[-–]\s|\s*\/\s*(?=\p{Lu})/gu, s, e)) {
        for (const piece of this.splitAnd(text, shielded, s2, e2)) pieces.push(piece);
      }
    }
    return { text, none: pieces.length === 0, pieces };
  }

  /** Splits on " và " only if every part is a unit; else tries a run of names with no separator. */
  private splitAnd(text: string, shielded: Uint8Array, start: number, end: number): UnitPiece[] {
    if (end - start > UNIT_PIECE_MAX_CHARS) return [tooLongPiece(text, start, end)];
    const whole = this.piece(text, start, end);
    if (!whole) return [];
    const parts = splitAt(text, shielded, /\s+và\s+(?=\S)/g, start, end);
    if (parts.length > 1) {
      const pieces = parts.map(([s, e]) => this.piece(text, s, e)).filter((p): p is UnitPiece => !!p);
      if (pieces.length === parts.length && pieces.every(isKnown) && !isKnown(whole)) return pieces;
      if (pieces.length === parts.length && pieces.every(isKnown) && whole.institution) return pieces;
    }
    if (isKnown(whole)) return [whole];
    return this.segment(text, start, end) ?? [whole];
  }

  /** "Sở Khoa học và Công nghệ Sở Xây dựng Sở Y tế": names one after another (001, IV.1). */
  private segment(text: string, start: number, end: number): UnitPiece[] | undefined {
    const words: Array<[number, number]> = [];
    const re = /\S+/g;
    const slice = text.slice(start, end);
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) words.push([start + m.index, start + m.index + m[0].length]);
    if (words.length < 3) return undefined;
    const out: UnitPiece[] = [];
    let i = 0;
    while (i < words.length) {
      let found: UnitPiece | undefined;
      for (let j = Math.min(words.length, i + NAME_MAX_WORDS); j > i; j--) {
        const p = this.piece(text, words[i][0], words[j - 1][1], false);
        if (p && p.match && p.match.how !== 'fuzzy') {
          found = p;
          i = j;
          break;
        }
      }
      if (!found) return undefined;
      out.push(found);
    }
    return out.length > 1 ? out : undefined;
  }

  private piece(text: string, start: number, end: number, suggest = true): UnitPiece | undefined {
    while (start < end && /[\s,;:.-]/.test(text[start])) start++;
    while (end > start && /[\s,;:.]/.test(text[end - 1])) end--;
    if (end <= start) return undefined;
    const written = text.slice(start, end);
    const bracket = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(written);
    const head = bracket && bracket[1].trim() ? bracket[1].trim() : written;
    const [main, locality] = splitLocality(head);
    const p: UnitPiece = { text: written, start, end, main, locality };
    if (bracket && bracket[1].trim()) p.sub = bracket[2].trim();
    const key = unitKey(main);
    if (this.collectives.has(key) || this.collectives.has(unitKey(written))) {
      p.collective = true;
      return p;
    }
    const match = this.directory.match(main) ?? this.directory.match(written) ?? this.directory.match(`${main}${locality}`) ?? this.directory.typoMatch(main);
    if (match) {
      p.match = match;
      return p;
    }
    if (INSTITUTION_PREFIXES.test(foldKey(main))) {
      p.institution = true;
      return p;
    }
    if (suggest) p.suggestions = this.directory.suggest(main).map((s) => s.entry.name);
    return p;
  }
}

function tooLongPiece(text: string, start: number, end: number): UnitPiece {
  const written = text.slice(start, end).trim();
  return { text: written, start, end, main: written, locality: '', tooLong: true };
}

function isKnown(p: UnitPiece): boolean {
  return !!p.collective || !!p.institution || (!!p.match && p.match.how !== 'fuzzy');
}

/** Ranges of text between separator matches that are not inside a shielded phrase. */
function splitAt(text: string, shielded: Uint8Array, sep: RegExp, start = 0, end = text.length): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = new RegExp(sep.source, 'g');
  re.lastIndex = start;
  let from = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < end) {
    if (shielded[m.index]) continue;
    out.push([from, m.index]);
    from = m.index + m[0].length;
  }
  out.push([from, end]);
  return out.filter(([s, e]) => text.slice(s, e).trim() !== '');
}

/** The cell rewritten with each piece's canonical name (or successor), locality and brackets kept. */
export function canonicalCellText(cell: UnitCell, replace: (p: UnitPiece) => string | undefined): string | undefined {
  let out = '';
  let last = 0;
  let changed = false;
  const names = cell.pieces.map((p) => replace(p) ?? p.main);
  // Two pieces that become one unit (Sở KH&CN and its merged Sở TT&TT): name it once.
  if (new Set(names).size < names.length) {
    const unique = [...new Set(cell.pieces.map((p, i) => (names[i] !== p.main ? names[i] + p.locality + (p.sub ? ` (${p.sub})` : '') : p.text)))];
    return unique.join(', ');
  }
  for (const p of cell.pieces) {
    const name = replace(p);
    out += cell.text.slice(last, p.start);
    if (name !== undefined && name !== p.main) {
      changed = true;
      out += name + p.locality + (p.sub ? ` (${p.sub})` : '');
    } else {
      out += p.text;
    }
    last = p.end;
  }
  out += cell.text.slice(last);
  return changed ? out : undefined;
}
