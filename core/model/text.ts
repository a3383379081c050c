/** Vietnamese text as it arrives in real tables: NFC or NFD, HTML leftovers, stray spaces. */

const BLOCK_TAGS = /^(p|div|br|li|ul|ol|tr|td|th|table|h[1-6])$/i;
/** Only real HTML tag names: "<Tên đơn vị>" typed as a placeholder is text, not markup. */
const TAG =
  /<\/?(p|br|i|b|u|em|strong|span|div|ul|ol|li|font|sup|sub|table|tr|td|th|tbody|thead|h[1-6]|a|img|hr|small|big|center|blockquote|pre|code|s|strike|del|ins|mark)\b(?:\s[^<>]*)?\/?>/gi;
const ENTITY = /&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  bull: '•',
};

export function hasMarkup(s: string): boolean {
  TAG.lastIndex = 0;
  ENTITY.lastIndex = 0;
  if (TAG.test(s)) return true;
  ENTITY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ENTITY.exec(s))) if (decodeEntity(m[1]) !== null) return true;
  return false;
}

function decodeEntity(body: string): string | null {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? null;
}

/** Removes tags (block tags become line breaks) and decodes entities. Text only, never HTML. */
export function stripMarkup(s: string): string {
  if (!s.includes('<') && !s.includes('&')) return s;
  const noTags = s.replace(TAG, (_t, name: string) => (BLOCK_TAGS.test(name) ? '\n' : ''));
  return noTags.replace(ENTITY, (whole, body: string) => decodeEntity(body) ?? whole);
}

/** Spaces as a careful typist leaves them: no runs, none at line ends, no blank lines. */
export function tidySpaces(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\t\u00a0\u2000-\u200b\u202f\u205f\u3000 ]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The cleaned text of a cell: NFC, markup removed, spaces tidied. */
export function cleanText(s: string): string {
  return tidySpaces(stripMarkup(s.normalize('NFC')));
}

/**
 * Characters that NFC leaves as they are whatever follows them not being a combining mark: ASCII,
 * Latin-1 to Latin Extended-B (ă đ ơ ư…), Latin Extended Additional (ạ ả ấ… every precomposed
 * Vietnamese letter) and general punctuation. A string of only these is NFC without normalising it.
 */
// eslint-disable-next-line no-control-regex -- control characters are NFC-stable too
const NFC_STABLE = /^[\u0000-\u02ff\u1e00-\u1eff\u2010-\u205e]*$/;

export function isNfc(s: string): boolean {
  return NFC_STABLE.test(s) || s === s.normalize('NFC');
}

const COMBINING = /[\u0300-\u036f]/g;

/**
 * The key names are compared on: NFC, lower case, no tone or vowel marks, đ → d,
 * punctuation to spaces, single spaces. Old and new tone placement (hoà/hòa) fold to one key.
 */
export function foldKey(s: string): string {
  // ASCII needs no decomposition, and most label and STT cells are ASCII or nearly so.
  // eslint-disable-next-line no-control-regex -- all of ASCII, control characters included
  const decomposed = /^[\u0000-\u007f]*$/.test(s) ? s : s.normalize('NFD');
  return decomposed
    .replace(COMBINING, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/&/g, ' va ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function startsLowercase(s: string): boolean {
  const t = stripMarkup(s).trimStart();
  const ch = t.charAt(0);
  if (!ch) return false;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * The length of `s` in UTF-8 bytes, as quotas and request limits count it (Google's document
 * properties, Excel on the web's payloads). Counted by hand: Apps Script has no TextEncoder.
 */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
