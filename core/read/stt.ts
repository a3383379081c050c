/**
 * STT/TT tokens. Nghị định 30/2020/NĐ-CP: Roman numerals for parts, Arabic digits for items,
 * Vietnamese letters followed by ")" for points. Real tables also use capital letters for groups
 * and dotted paths (1.1, 2.3.1).
 */

export type SttSystem = 'roman' | 'upper' | 'arabic' | 'letter' | 'dotted';

/** The letters points run through, in order: no f, j, w, z. */
export const VIETNAMESE_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

export interface SttToken {
  raw: string;
  system: SttSystem;
  /** Ordinal within its level: I → 1, 3 → 3, c → 3 (Vietnamese order), 2.3 → 3. */
  value: number;
  /** For dotted tokens, every part: 2.3.1 → [2, 3, 1]. */
  path: number[];
  /** Punctuation after the number as written: '', '.', ')', with spaces removed. */
  punct: string;
  /** The token in the spelling Nghị định 30 and the table's majority would use, before punctuation. */
  body: string;
  /** A letter outside the Vietnamese alphabet (f, j, w, z). */
  foreignLetter?: boolean;
  /** True when the raw token had spaces inside it ("1 ."). */
  spaced?: boolean;
  /** A dotted number under a Roman group ("I.1"): an item, not a point. */
  romanPrefix?: boolean;
}

export interface SttParse {
  token?: SttToken;
  /** Text after the token in the same cell ("IV Tăng cường…"). */
  rest?: string;
  /** A token that could only be read by correcting it (OCR "Ill" → "III"). */
  corrected?: string;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanToInt(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]];
    const next = ROMAN_VALUES[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function intToRoman(n: number): string {
  const table: Array<[number, string]> = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let s = '';
  let rest = n;
  for (const [v, r] of table)
    while (rest >= v) {
      s += r;
      rest -= v;
    }
  return s;
}

function isCanonicalRoman(s: string): boolean {
  return /^[IVXLC]+$/.test(s) && s.length <= 9 && intToRoman(romanToInt(s)) === s;
}

export function letterToIndex(letter: string): number {
  return VIETNAMESE_LETTERS.indexOf(letter.toLowerCase()) + 1;
}

export function indexToLetter(n: number): string {
  return VIETNAMESE_LETTERS[n - 1] ?? '?';
}

const TOKEN = /^\s*([0-9]+(?:\s*\.\s*[0-9]+)*|[IVXLCivxlc|!1]+|[A-Za-zĐđ])\s*([.),]?)\s*/;
/** "(1)", "(a)": a number in brackets. */
const BRACKETED = /^\s*\(\s*([0-9]{1,3}|[a-zđ])\s*\)\s*/;
/** "I.1", "II.3.2": items numbered under their Roman group. */
const ROMAN_DOTTED = /^\s*([IVX]{1,5})\s*\.\s*([0-9]{1,3}(?:\s*\.\s*[0-9]{1,3})*)\s*([.)]?)\s*/;
/** Item numbers are small; anything longer is a phone number, a year or a code, not an STT. */
const MAX_NUMBER = 999;

/**
 * Reads the STT cell. A token standing alone or followed by text; anything else (a word, a
 * sentence) is not a token.
 */
export function parseStt(input: string | number): SttParse {
  if (typeof input === 'number') {
    if (Number.isInteger(input) && input > 0 && input <= MAX_NUMBER) {
      return { token: make(String(input), 'arabic', input, [input], '', String(input)) };
    }
    // Excel stores a typed "1.1" as the number 1.1: read it back as the dotted number it was.
    if (input > 0 && input < 100 && !Number.isInteger(input) && /^\d+\.\d{1,2}$/.test(String(input))) return parseStt(String(input));
    return {};
  }
  const text = /^[\u0020-\u007e]*$/.test(input) ? input : input.normalize('NFC').replace(/\u00a0/g, ' ');
  const trimmed = text.trim();
  if (!trimmed) return {};

  const rd = ROMAN_DOTTED.exec(trimmed);
  if (rd && isCanonicalRoman(rd[1])) {
    const parts = [romanToInt(rd[1]), ...rd[2].split('.').map((p) => Number(p.trim()))];
    const rest = trimmed.slice(rd[0].length);
    const token = make(rd[0].trim().replace(/[.)]$/, ''), 'dotted', parts[parts.length - 1], parts, rd[3], `${rd[1]}.${parts.slice(1).join('.')}`);
    token.romanPrefix = true;
    return withRest(token, { rest: rest || undefined, spaced: false });
  }
  const br = BRACKETED.exec(trimmed);
  if (br) {
    const rest = trimmed.slice(br[0].length) || undefined;
    if (/^\d/.test(br[1])) {
      const v = Number(br[1]);
      if (v === 0) return {};
      return withRest(make(br[1], 'arabic', v, [v], '()', String(v)), { rest, spaced: false });
    }
    const idx = letterToIndex(br[1]);
    if (idx > 0) return withRest(make(br[1], 'letter', idx, [idx], '()', br[1]), { rest, spaced: false });
  }
  const m = TOKEN.exec(trimmed);
  if (!m) return {};
  const body = m[1];
  const punct = m[2];
  const rest = trimmed.slice(m[0].length);
  // A token glued to a word ("Ill" alone is fine, "In" is a word) must end at a boundary.
  if (rest && !/^[\s.):;,–-]/.test(trimmed.slice(m[1].length)) && m[0].length === m[1].length) return {};
  const spaced = /\s/.test(trimmed.slice(0, m[0].length).trim());
  const restOut = rest ? rest.replace(/^[\s.:–-]+/, '') : undefined;

  const ctx = { rest: restOut, spaced };
  if (/^[0-9]/.test(body)) {
    const parts = body.split('.').map((p) => Number(p.trim()));
    if (parts.some((p) => p > MAX_NUMBER)) return {};
    if (parts.length > 1) {
      return withRest(make(body, 'dotted', parts[parts.length - 1], parts, punct, parts.join('.')), ctx);
    }
    if (parts[0] === 0) return {};
    return withRest(make(body, 'arabic', parts[0], parts, punct, String(parts[0])), ctx);
  }
  if (/^[IVXLC]+$/.test(body) && isCanonicalRoman(body)) {
    // A lone "C", "D", "L"… may be a capital-letter group; only I, V, X alone are taken as Roman.
    if (body.length === 1 && !'IVX'.includes(body)) {
      return withRest(make(body, 'upper', letterToIndex(body), [letterToIndex(body)], punct, body), ctx);
    }
    const v = romanToInt(body);
    return withRest(make(body, 'roman', v, [v], punct, body), ctx);
  }
  if (body.length === 1 && /[A-Za-zĐđ]/.test(body)) {
    const lower = body.toLowerCase();
    const foreign = !VIETNAMESE_LETTERS.includes(lower);
    if (body === body.toUpperCase()) {
      const idx = foreign ? 0 : letterToIndex(lower);
      const t = make(body, 'upper', idx, [idx], punct, body);
      if (foreign) t.foreignLetter = true;
      return withRest(t, ctx);
    }
    const idx = foreign ? 0 : letterToIndex(lower);
    const t = make(body, 'letter', idx, [idx], punct, lower);
    if (foreign) t.foreignLetter = true;
    return withRest(t, ctx);
  }
  // OCR damage: l, 1, | and ! read for I in a Roman numeral ("Ill", "l", "IIl", "V1").
  const fixed = body
    .replace(/[l|!1i]/g, 'I')
    .replace(/v/g, 'V')
    .replace(/x/g, 'X');
  if (/[IVX]/.test(fixed) && isCanonicalRoman(fixed) && fixed !== body && /[IVXivx]|^[l|!]+$/.test(body) && !/^[0-9]+$/.test(body)) {
    const v = romanToInt(fixed);
    return { ...withRest(make(body, 'roman', v, [v], punct, fixed), ctx), corrected: fixed + punct };
  }
  return {};
}

function make(raw: string, system: SttSystem, value: number, path: number[], punct: string, body: string): SttToken {
  return { raw, system, value, path, punct, body };
}

function withRest(token: SttToken, ctx: { rest?: string; spaced: boolean }): SttParse {
  if (ctx.spaced) token.spaced = true;
  return ctx.rest ? { token, rest: ctx.rest } : { token };
}

/**
 * A lone I, V, X, L or C is a Roman numeral in a Roman sequence and a capital letter in a letter
 * sequence (A, B, C…; …H, I). The group before it decides.
 */
export function resolveGroupLetter(token: SttToken, previous: SttToken | undefined, part?: SttToken): SttToken {
  if (token.raw.length !== 1 || !'IVXLC'.includes(token.raw) || (token.system !== 'roman' && token.system !== 'upper')) return token;
  const asRoman: SttToken = { ...token, system: 'roman', value: romanToInt(token.raw), path: [romanToInt(token.raw)] };
  const asUpper: SttToken = { ...token, system: 'upper', value: letterToIndex(token.raw), path: [letterToIndex(token.raw)] };
  if (!previous) return token.raw === 'C' ? asUpper : asRoman;
  if (previous.system === 'upper') return asUpper.value === previous.value + 1 || asRoman.value !== 1 ? asUpper : asRoman;
  // Roman groups under capital-letter parts (A. I. II. … B. I. … C. I.): the letter after the last part
  // opens the next part, unless it is also the next Roman number (… IV, V).
  if (previous.system === 'roman' && part?.system === 'upper' && asUpper.value === part.value + 1 && asRoman.value !== previous.value + 1) return asUpper;
  if (previous.system === 'roman') return asRoman;
  return token;
}

/** Writes a token back: body plus the punctuation given. */
export function formatStt(system: SttSystem, value: number, punct: string, path?: number[]): string {
  if (punct === '()') return `(${formatStt(system, value, '', path)})`;
  switch (system) {
    case 'roman':
      return intToRoman(value) + punct;
    case 'upper':
      return indexToLetter(value).toUpperCase() + punct;
    case 'letter':
      return indexToLetter(value) + punct;
    case 'dotted':
      return (path ?? [value]).join('.') + punct;
    default:
      return String(value) + punct;
  }
}

/** Level in the hierarchy a system usually stands for: group 1, task 2, sub-task 3. */
export function levelOf(system: SttSystem, path?: number[], romanPrefix?: boolean): 1 | 2 | 3 {
  if (system === 'roman' || system === 'upper') return 1;
  if (system === 'arabic') return 2;
  if (system === 'dotted') return romanPrefix && (path?.length ?? 0) === 2 ? 2 : 3;
  return 3;
}
