/**
 * Reading a chủ trì / phối hợp cell into units: split on commas, semicolons, line breaks and "và"
 * only where the pieces are units ("Sở Khoa học và Công nghệ", "Các bộ, ngành, địa phương" and "Các
 * phòng, đơn vị trực thuộc Sở" stay whole), "-" or "/" for none, a sub-unit in brackets, qualifiers
 * kept out of the name, several units with no separator at all. Linear in the cell's length: names and
 * collectives are found word by word, never by trying every span.
 */
import { cleanText } from '../model/text';
import { COLLECTIVE_UNITS } from './builtin';
import { QUALIFIERS, Token, findCollectives, headLength, isKindWord, secondHeadAt, tokenize, unwrapLines } from './cellGrammar';
import { UnitDirectory, UnitMatch, sameHead, splitLocality, unitKey } from './directory';

/** Why a piece that is not in the directory is worth a warning. */
export type UnitProblem =
  /** Close to a listed name: a likely typo (the suggestions say which). */
  | 'near'
  /** Two names written one after the other with no separator ("Sở X Sở Y"). */
  | 'runTogether'
  /** A listed name followed by words that are not part of it ("Sở X thúc đẩy"). */
  | 'trailing'
  /** Not the shape of a unit's name at all (no "Sở", "Bộ", "Trung tâm"… at its start). */
  | 'malformed';

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
  /** A reference to a group of units ("Các bộ, ngành", "UBND các xã, phường"): never unknown. */
  collective?: boolean;
  /** A well-formed name of a real kind of body ("Sở …", "Trung tâm …") that the directory does not list. */
  unlisted?: boolean;
  problem?: UnitProblem;
  /** For 'trailing': the listed name the piece starts with. */
  known?: string;
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
/** A whole cell longer than this (two hundred names fit in well under it) is one too-long piece, not read name by name. */
export const UNIT_CELL_MAX_CHARS = 4_000;

export interface UnitCell {
  /** The cell text cleaned (NFC, no markup, tidy spaces, no trailing punctuation). */
  text: string;
  none: boolean;
  pieces: UnitPiece[];
}

const NONE = /^[-–—/\\_.x]*$/i;

function foldChar(ch: string): string {
  const f = ch
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase();
  return f.length === 1 ? f : ch.length === 1 ? ch.toLowerCase() : ' ';
}

/** Folds one character at a time so that positions in the folded text are positions in the text. */
function foldAligned(s: string): string {
  let out = '';
  for (const ch of s) out += ch.length === 1 ? foldChar(ch) : '  ';
  return out;
}

/** Words of a piece before which a listed name may end: a locality, a bracket, a qualifier. */
const AFTER_NAME = /^(tỉnh|thành|tp|của|tại|thuộc|trực|cấp|theo|trình)$/;

export class UnitReader {
  /** Names that hold a separator (comma, "và", " - ", a line break), by their first folded word. */
  private readonly protectedPhrases = new Map<string, string[]>();
  private readonly collectives: Set<string>;
  private readonly cache = new Map<string, UnitCell>();

  constructor(readonly directory: UnitDirectory) {
    this.collectives = new Set(COLLECTIVE_UNITS.map(unitKey));
    const phrases = new Set<string>();
    for (const c of COLLECTIVE_UNITS) phrases.add(foldAligned(c.normalize('NFC')));
    for (const e of directory.entries) {
      for (const n of [e.name, ...e.aliases]) if (/[,;/]|\svà\s|\s[-–]\s/.test(n)) phrases.add(foldAligned(n.normalize('NFC')));
    }
    for (const p of phrases) {
      const first = /^[a-z0-9]+/.exec(p)?.[0];
      if (!first) continue;
      const list = this.protectedPhrases.get(first) ?? [];
      list.push(p);
      this.protectedPhrases.set(first, list);
    }
    for (const list of this.protectedPhrases.values()) list.sort((a, b) => b.length - a.length);
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
    const text = unwrapLines(
      cleanText(raw)
        .replace(/\n\s*\(/g, ' (')
        .replace(/,(?=[^\s\d])/g, ', ')
        .replace(/[\s.;,]+$/, ''),
    );
    if (NONE.test(text.trim())) return { text, none: true, pieces: [] };
    if (text.length > UNIT_CELL_MAX_CHARS) return { text, none: false, pieces: [tooLongPiece(text, 0, text.length)] };
    // Line breaks fold to spaces here, so "Bộ Văn hóa,⏎Thể thao và Du lịch" is still its name.
    const folded = foldAligned(text).replace(/\n/g, ' ');
    const shielded = new Uint8Array(text.length);
    const wordStart = /(?<![a-z0-9])[a-z0-9]+/g;
    let w: RegExpExecArray | null;
    while ((w = wordStart.exec(folded))) {
      const i = w.index;
      for (const p of this.protectedPhrases.get(w[0]) ?? []) {
        if (!folded.startsWith(p, i)) continue;
        if (i + p.length < folded.length && /[a-z0-9]/.test(folded[i + p.length])) continue;
        shielded.fill(1, i, i + p.length);
        break;
      }
    }
    // Brackets hold a sub-unit or a qualifier ("(chủ trì phần chính sách, công nghệ)"): never split inside.
    const brackets = /\([^()]*\)/g;
    let b: RegExpExecArray | null;
    while ((b = brackets.exec(text))) shielded.fill(1, b.index, b.index + b[0].length);
    // A collective never starts inside a listed name ("Bộ Nông nghiệp và Môi trường và các bộ").
    const collectives = findCollectives(text).filter(([s]) => !(s > 0 && shielded[s] && shielded[s - 1]));
    for (const [s, e] of collectives) shielded.fill(1, s, e);
    const qualifiers: Array<[number, number]> = [];
    for (const re of QUALIFIERS) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(folded))) {
        shielded.fill(1, m.index, m.index + m[0].length);
        qualifiers.push([m.index, m.index + m[0].length]);
      }
    }
    this.spans = { collectives, qualifiers };
    // Strong separators first; then commas; then "và" where both sides are units.
    const pieces: UnitPiece[] = [];
    for (const [s, e] of splitAt(text, shielded, /[;\n]|\.\s+(?=\p{Lu})/gu)) {
      // Commas, and " - " or "/" between two names ("Sở Công Thương - Sở Tài chính").
      for (const [s2, e2] of splitAt(text, shielded, /,|\s[-–]\s|\s*\/\s*(?=\p{Lu})/gu, s, e)) {
        for (const piece of this.splitAnd(text, shielded, s2, e2)) pieces.push(piece);
      }
    }
    const merged = this.mergeTails(text, this.colonList(text, pieces));
    return { text, none: merged.length === 0, pieces: merged };
  }

  /**
   * "Các Cục: Di sản văn hóa, Bản quyền tác giả": the kind is written once before a colon; each name
   * after it is read with the kind in front ("Cục Di sản văn hóa"), up to the end of the sentence.
   */
  private colonList(text: string, pieces: UnitPiece[]): UnitPiece[] {
    const m = /^(?:các|những)\s+(\p{L}+)\s*:\s*/iu.exec(text);
    if (!m) return pieces;
    const kind = m[1].charAt(0).toUpperCase() + m[1].slice(1).toLowerCase();
    const stop = text.slice(m[0].length).search(/\.\s+\p{Lu}/u);
    const end = stop < 0 ? text.length : m[0].length + stop;
    return pieces.map((p) => {
      if (p.start >= end || p.collective) return p;
      const name = p.start < m[0].length ? p.main.slice(m[0].length - p.start) : p.main;
      if (isKindWord(tokenize(name))) return p;
      return this.reread({ ...p, main: `${kind} ${name}` });
    });
  }

  /**
   * A piece that is no name of its own right after a comma continues the name before it ("Vụ Kế
   * hoạch, Tài chính", "Ban Quản lý các Khu công nghiệp, khu kinh tế", "Sở X thúc đẩy, theo dõi").
   */
  private mergeTails(text: string, pieces: UnitPiece[]): UnitPiece[] {
    const out: UnitPiece[] = [];
    for (const p of pieces) {
      const prev = out[out.length - 1];
      const between = prev ? text.slice(prev.end, p.start) : '';
      const lower = !tokenize(p.main)[0]?.cap;
      const joinable = prev && !prev.collective && p.problem === 'malformed' && !p.match && /^\s*,\s*$/.test(between);
      if (joinable && (lower || !isListed(prev))) {
        const main = `${prev.main}${prev.locality}${between}${p.main}`;
        out[out.length - 1] = this.reread({ ...prev, text: text.slice(prev.start, p.end), end: p.end, main, locality: p.locality });
        continue;
      }
      out.push(p);
    }
    return out;
  }

  /** The piece read again under another name. */
  private reread(p: UnitPiece): UnitPiece {
    const whole = this.directory.match(p.main);
    const [main, locality] = whole ? [p.main, ''] : splitLocality(p.main);
    const q: UnitPiece = { text: p.text, start: p.start, end: p.end, main, locality: locality || p.locality, ...(p.sub ? { sub: p.sub } : {}) };
    const match = this.directory.match(main) ?? this.directory.match(`${main}${q.locality}`);
    if (match) q.match = match;
    else this.classify(q);
    return q;
  }

  /** The collective and qualifier spans of the cell being parsed. */
  private spans: { collectives: Array<[number, number]>; qualifiers: Array<[number, number]> } = { collectives: [], qualifiers: [] };

  /** Splits on " và " only if every part is a unit; else tries a run of names with no separator. */
  private splitAnd(text: string, shielded: Uint8Array, start: number, end: number): UnitPiece[] {
    if (end - start > UNIT_PIECE_MAX_CHARS) return [tooLongPiece(text, start, end)];
    const whole = this.piece(text, start, end);
    if (!whole) return [];
    const parts = splitAt(text, shielded, /\s+và\s+(?=\S)/g, start, end);
    if (parts.length > 1 && !isListed(whole) && !whole.collective) {
      const pieces = parts.map(([s, e]) => this.piece(text, s, e)).filter((p): p is UnitPiece => !!p);
      if (pieces.length === parts.length && pieces.every(isKnown)) return pieces;
    }
    if (isListed(whole) || whole.collective) return [whole];
    // Listed names one after another ("Trung tâm X Trung tâm X", "Sở X Sở Y") are not one unlisted name.
    return this.segment(text, start, end) ?? [whole];
  }

  /**
   * "Sở Khoa học và Công nghệ Sở Xây dựng Sở Nông nghiệp và Môi trường Sở Y tế": names one after
   * another (001, IV.1). The longest listed name from each word, up to twelve words: linear in the cell.
   */
  private segment(text: string, start: number, end: number): UnitPiece[] | undefined {
    const words: Array<[number, number]> = [];
    const re = /\S+/g;
    const slice = text.slice(start, end);
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) words.push([start + m.index, start + m.index + m[0].length]);
    if (words.length < 3 || words.length > 60) return undefined;
    const out: UnitPiece[] = [];
    let i = 0;
    while (i < words.length) {
      let found: UnitPiece | undefined;
      for (let j = Math.min(words.length, i + 12); j > i; j--) {
        const written = text.slice(words[i][0], words[j - 1][1]);
        const whole = this.directory.match(written);
        const [main, locality] = whole ? [written, ''] : splitLocality(written);
        const match = whole ?? this.directory.match(main);
        if (match) {
          found = { text: written, start: words[i][0], end: words[j - 1][1], main, locality, match, problem: 'runTogether' };
          i = j;
          break;
        }
      }
      if (!found) return undefined;
      out.push(found);
    }
    return out.length > 1 ? out : undefined;
  }

  private piece(text: string, start: number, end: number): UnitPiece | undefined {
    while (start < end && /[\s,;:.\-–+•]/.test(text[start])) start++;
    while (end > start && /[\s,;:.]/.test(text[end - 1])) end--;
    // "Thành phố Hồ Chí Minh và⏎UBND các tỉnh": the "và" belongs to the break, not the name.
    // A footnote mark ("[2]") is not part of the name either.
    const dangling = /\s+(?:và|với|hoặc)$|\s*\[\d+\]$/u.exec(text.slice(start, end));
    if (dangling) end -= dangling[0].length;
    if (end <= start) return undefined;
    const written = text.slice(start, end);
    const bracket = /^(.*?)\s*\(([^()]+)\)\s*$/s.exec(written);
    let head = bracket && bracket[1].trim() ? bracket[1].trim() : written;
    // A qualifier after the name ("theo chức năng, nhiệm vụ", "cấp tỉnh, cấp xã") is not part of it.
    const q = this.spans.qualifiers.find(([s, e]) => s > start && s < start + head.length && e <= end);
    if (q) head = text.slice(start, q[0]).trim();
    head = head.replace(/\s*\n\s*/g, ' ');
    let [main, locality] = splitLocality(head);
    // A name the directory knows with its locality ("UBND tỉnh Đồng Nai", "Sở Y tế tỉnh Bình Dương") is
    // that unit, whole: it goes before the generic name, and its locality is not appended again.
    const whole = locality ? this.directory.match(head) : undefined;
    if (whole) [main, locality] = [head, ''];
    const p: UnitPiece = { text: written, start, end, main, locality };
    if (bracket && bracket[1].trim()) p.sub = bracket[2].trim();
    const match = whole ?? this.directory.match(main) ?? this.directory.match(written) ?? this.directory.match(`${main}${locality}`);
    const inCollective = this.spans.collectives.some(([s, e]) => s <= start && end <= e);
    if (inCollective || this.collectives.has(unitKey(main)) || this.collectives.has(unitKey(written))) {
      p.collective = true;
      if (match) p.match = match;
      return p;
    }
    if (match) {
      p.match = match;
      return p;
    }
    this.classify(p);
    return p;
  }

  /** A piece the directory does not list: a typo, a well-formed unlisted name, or not a name at all. */
  private classify(p: UnitPiece): void {
    const typo = this.directory.typoMatch(p.main);
    if (typo) {
      p.match = typo;
      return;
    }
    const tokens = tokenize(p.main);
    const scored = this.directory.suggest(p.main);
    p.suggestions = scored.map((s) => s.entry.name);
    const key = unitKey(p.main);
    const near = scored.filter((s) => s.distance <= Math.max(2, Math.ceil(key.length * 0.15)) && sameHead(key, unitKey(s.entry.name)));
    if (secondHeadAt(tokens) > 0) p.problem = 'runTogether';
    else if (headLength(tokens) === 0) p.problem = 'malformed';
    else if ((p.known = this.listedPrefix(p.main, tokens))) p.problem = 'trailing';
    else if (near.length > 0) {
      p.problem = 'near';
      p.suggestions = near.map((s) => s.entry.name);
    } else p.unlisted = true;
  }

  /** A listed name the piece starts with, followed by lower-case words that are not part of a name. */
  private listedPrefix(main: string, tokens: Token[]): string | undefined {
    const words = tokens.filter((t) => t.word);
    for (let j = Math.min(words.length - 1, 12); j >= 2; j--) {
      const next = words[j];
      if (next.cap || AFTER_NAME.test(next.f) || main.slice(words[j - 1].end, next.start).includes(',')) continue;
      const m = this.directory.match(main.slice(0, words[j - 1].end));
      if (m) return m.entry.name;
    }
    return undefined;
  }
}

/** A piece read as one listed unit (not a typo, not one of names run together). */
export function isListed(p: UnitPiece): boolean {
  return !!p.match && p.match.how !== 'fuzzy' && !p.problem;
}

function tooLongPiece(text: string, start: number, end: number): UnitPiece {
  const written = text.slice(start, end).trim();
  return { text: written, start, end, main: written, locality: '', tooLong: true };
}

function isKnown(p: UnitPiece): boolean {
  return !!p.collective || !!p.unlisted || isListed(p);
}

/** Ranges of text between separator matches that are not inside a shielded phrase. */
function splitAt(text: string, shielded: Uint8Array, sep: RegExp, start = 0, end = text.length): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = new RegExp(sep.source, sep.flags.includes('g') ? sep.flags : `${sep.flags}g`);
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
