/**
 * The grammar of a chủ trì / phối hợp cell beyond a list of names: collective references ("Các bộ,
 * ngành, địa phương", "UBND các tỉnh, thành phố trực thuộc trung ương", "các cơ quan, đơn vị liên
 * quan"), qualifiers that are not part of a name ("theo chức năng, nhiệm vụ", "cấp tỉnh, cấp xã",
 * "trình HĐND cùng cấp"), line breaks that only wrap a long name, and the heads a well-formed unit name
 * starts with ("Sở …", "Trung tâm …", "Tập đoàn …").
 *
 * Everything here reads a cell word by word, once: the work is linear in the cell's length.
 */

export interface Token {
  start: number;
  end: number;
  /** The word in lower case, tone marks placed the new way ("Uỷ" → "ủy"); punctuation as it is. */
  f: string;
  word: boolean;
  /** The word starts with a capital letter. */
  cap: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}&]+|\n|\S/gu;

/** Old tone placement to new at the end of a word (hoà → hòa, uỷ → ủy; not "hoàn", not "quý"). */
const OLD_TONES: RegExp[] = [/o([àáảãạ])$/, /(?<!q)u([ỳýỷỹỵ])$/];
const TONE_MOVE: Record<string, string> = { à: 'òa', á: 'óa', ả: 'ỏa', ã: 'õa', ạ: 'ọa', ỳ: 'ùy', ý: 'úy', ỷ: 'ủy', ỹ: 'ũy', ỵ: 'ụy' };

/** Marks are kept: "Bản" is not "Ban", "Sở" is not "số". Only where the tone sits is evened out. */
export function lowerWord(s: string): string {
  let w = s.normalize('NFC').toLowerCase();
  if (w.length > 1) for (const re of OLD_TONES) w = w.replace(re, (m: string, t: string) => m.slice(0, m.length - 2) + TONE_MOVE[t]);
  return w;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const s = m[0];
    const word = /[\p{L}\p{N}]/u.test(s);
    const first = s.charAt(0);
    out.push({
      start: m.index,
      end: m.index + s.length,
      f: word ? lowerWord(s) : s,
      word,
      cap: word && first !== first.toLowerCase() && first === first.toUpperCase(),
    });
  }
  return out;
}

type Phrase = string[];

function phrases(list: string[]): Phrase[] {
  return list.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
}

/** Kinds of bodies a collective can name (lower case, with their marks). */
const TYPES = phrases([
  'bộ',
  'ngành',
  'bộ ngành',
  'cơ quan ngang bộ',
  'cơ quan thuộc chính phủ',
  'cơ quan trung ương',
  'cơ quan',
  'cơ quan nhà nước',
  'cơ quan chuyên môn',
  'cơ quan thông tấn',
  'cơ quan báo chí',
  'cơ quan đại diện',
  'báo chí',
  'thông tấn',
  'đơn vị',
  'đơn vị sự nghiệp',
  'tổ chức',
  'tổ chức chính trị',
  'tổ chức chính trị xã hội',
  'tổ chức xã hội',
  'tổ chức tín dụng',
  'đoàn thể',
  'địa phương',
  'tỉnh',
  'thành phố',
  'sở',
  'ban',
  'ban ngành',
  'sở ngành',
  'xã',
  'phường',
  'đặc khu',
  'huyện',
  'thị xã',
  'quận',
  'thị trấn',
  'doanh nghiệp',
  'tập đoàn',
  'tổng công ty',
  'công ty',
  'trường',
  'trường đại học',
  'đại học',
  'cao đẳng',
  'trung cấp',
  'viện',
  'viện nghiên cứu',
  'hội',
  'hiệp hội',
  'cơ sở',
  'cơ sở giáo dục',
  'cơ sở giáo dục nghề nghiệp',
  'cơ sở khám bệnh',
  'cơ sở khám bệnh chữa bệnh',
  'chữa bệnh',
  'phòng',
  'cục',
  'vụ',
  'chi cục',
  'trung tâm',
  'ngân hàng',
  'ngân hàng thương mại',
  'hợp tác xã',
  'nhà khoa học',
  'chuyên gia',
  'nhà đầu tư',
  'nhà cung cấp',
  'cơ quan đảng',
  'bệnh viện',
  'khu công nghiệp',
  'khu kinh tế',
  'cụm công nghiệp',
  'nhà mạng',
  'ban quản lý',
  'ủy ban nhân dân',
  'ubnd',
]);

/** Words that open a collective: "các", "một số", "UBND (các)". */
const OPENERS = phrases(['các', 'một số', 'những', 'toàn bộ', 'tất cả', 'ubnd', 'ủy ban nhân dân', 'hđnd', 'hội đồng nhân dân']);

/** What may follow the kinds: "liên quan", "khác", "trực thuộc trung ương", "cấp xã", "trên địa bàn tỉnh". */
const TAILS = phrases([
  'liên quan',
  'có liên quan',
  'khác',
  'trực thuộc',
  'trực thuộc trung ương',
  'trực thuộc tw',
  'tw',
  'ở nước ngoài',
  'tại nước ngoài',
  'thuộc trung ương',
  'trung ương',
  'ở trung ương',
  'tại địa phương',
  'ở địa phương',
  'trên địa bàn',
  'trên địa bàn tỉnh',
  'trên địa bàn thành phố',
  'tỉnh',
  'thành phố',
  'cấp tỉnh',
  'cấp huyện',
  'cấp xã',
  'cùng cấp',
  'các cấp',
  'thành viên',
  'có đảo',
  'đủ điều kiện',
  'được lựa chọn',
  'thuộc sở',
  'trực thuộc sở',
  'thuộc bộ',
  'trong tỉnh',
  'cả nước',
  'toàn quốc',
  'viễn thông',
  'công nghệ',
  'công nghệ số',
  'số',
  'nghiên cứu',
  'việt nam',
  'thuộc',
  'quản lý',
  'chuyên ngành',
  'chủ quản',
  'nhà nước',
  'liên quan khác',
  'theo lĩnh vực',
  'tư nhân',
  'nhỏ và vừa',
]);

/** A collective that is one word with no "các", no list and no tail: "Doanh nghiệp", "Địa phương". */
const BARE = new Set(['doanh nghiệp', 'địa phương', 'đơn vị', 'cơ quan', 'tổ chức', 'nhà đầu tư', 'bộ ngành', 'sở ngành', 'ban ngành']);

/** The rest of the piece belongs to the collective: "Các đơn vị được giao xây dựng hồ sơ công bố TTHC". */
const OPEN_TAILS = phrases([
  'được giao',
  'thực hiện',
  'có trách nhiệm',
  'tham gia',
  'có',
  'cung cấp',
  'kinh doanh',
  'hoạt động',
  'sản xuất',
  'đang',
  'đầu tư',
  'là',
]);

/** "UBND", "Ủy ban nhân dân", "HĐND": an opener that alone does not make a group ("UBND tỉnh" is one body). */
const COUNCIL = /^(ubnd|ủy|hđnd|hội)$/;
const SOME = phrases(['các', 'một số']);

const LIST_SEPARATORS = new Set([',', '/', 'và', 'hoặc', '-']);
const BEFORE = new Set([',', ';', '\n', '/', 'và', '(', '-', '+', ':', '.', 'với', '•']);
const AFTER = new Set([',', ';', '\n', ')', '.', 'và', '(', ':', '[']);

/** Tokens a phrase from `list` takes at i (0: none); a hyphen between its words is skipped ("chính trị - xã hội"). */
function matchAt(tokens: Token[], i: number, list: Phrase[]): number {
  for (const p of list) {
    let j = i;
    let k = 0;
    for (; k < p.length; k++) {
      if (k > 0 && tokens[j]?.f === '-' && tokens[j + 1]?.word) j++;
      const t = tokens[j];
      if (!t || !t.word || t.f !== p[k]) break;
      j++;
    }
    if (k === p.length) return j - i;
  }
  return 0;
}

function isNumber(t: Token | undefined): boolean {
  return !!t && t.word && /^\d+$/.test(t.f);
}

/**
 * Reads a collective from token i. Returns the index after it, or -1 when there is none here, and the
 * index where reading stopped (to skip ahead: a later start inside the same run ends at the same place).
 */
function readCollective(tokens: Token[], i: number): { end: number; stop: number } {
  let j = i;
  let marked = false;
  const opener = matchAt(tokens, j, OPENERS);
  if (opener) {
    j += opener;
    marked = !COUNCIL.test(tokens[i].f);
    const cac = matchAt(tokens, j, SOME);
    if (cac) {
      j += cac;
      marked = true;
    }
  }
  if (isNumber(tokens[j])) {
    j++;
    marked = true;
  }
  let types = 0;
  let single = '';
  // The last place the list could end (before a separator): where to fall back when what follows fails.
  let lastGood = -1;
  let typesAtGood = 0;
  for (;;) {
    const t = matchAt(tokens, j, TYPES);
    if (!t) break;
    single = tokens
      .slice(j, j + t)
      .map((x) => x.f)
      .join(' ');
    j += t;
    types++;
    // Tails may sit between the kinds: "Các cơ quan Trung ương và địa phương".
    let tail: number;
    while ((tail = matchAt(tokens, j, TAILS))) {
      j += tail;
      marked = true;
    }
    const open = matchAt(tokens, j, OPEN_TAILS);
    if (open) {
      j += open;
      while (j < tokens.length && tokens[j].f !== ';' && tokens[j].f !== '\n') j++;
      marked = true;
      break;
    }
    if (j >= tokens.length || AFTER.has(tokens[j].f)) {
      lastGood = j;
      typesAtGood = types;
    }
    // A separator then another kind continues the list: ", ", " và ", "/", ", và".
    let k = j;
    let seps = 0;
    while (k < tokens.length && LIST_SEPARATORS.has(tokens[k].f) && seps < 2) {
      k++;
      seps++;
    }
    if (seps === 0) break;
    const cac = matchAt(tokens, k, SOME);
    const next = matchAt(tokens, k + cac, TYPES);
    if (!next || !endsHere(tokens, k + cac, next)) break;
    j = k + cac;
  }
  if (types === 0 && opener && COUNCIL.test(tokens[i].f)) {
    // "UBND cấp xã": the opener and a level only.
    const tail = matchAt(tokens, j, TAILS);
    if (tail && tokens[j].f === 'cấp') {
      j += tail;
      types = 1;
      marked = true;
    }
  }
  if (types === 0) return { end: -1, stop: i + 1 };
  if (j < tokens.length && !AFTER.has(tokens[j].f)) {
    // "Các sở, ngành, UBND xã, phường": the list ends before "UBND", which starts the next piece.
    if (lastGood < 0 || typesAtGood < 2) return { end: -1, stop: i + 1 };
    j = lastGood;
    types = typesAtGood;
  }
  if (!marked && types === 1 && !BARE.has(single)) return { end: -1, stop: i + 1 };
  return { end: j, stop: j };
}

/** A kind followed straight by a capitalised name is the start of a named unit ("Sở Tài chính"). */
function endsHere(tokens: Token[], i: number, len: number): boolean {
  const after = tokens[i + len];
  if (!after || !after.word) return true;
  return matchAt(tokens, i + len, TAILS) > 0 || matchAt(tokens, i + len, OPEN_TAILS) > 0 || LIST_SEPARATORS.has(after.f) || !after.cap;
}

/** The spans of the text that are collective references, in order. */
export function findCollectives(text: string, tokens: Token[] = tokenize(text)): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    const prev = tokens[i - 1];
    if (prev && !BEFORE.has(prev.f)) {
      i++;
      continue;
    }
    const r = readCollective(tokens, i);
    if (r.end > i) {
      out.push([tokens[i].start, tokens[r.end - 1].end]);
      i = r.end;
    } else {
      i = Math.max(i + 1, r.stop);
    }
  }
  return out;
}

/**
 * Qualifiers written after a name that are not part of it; each is kept whole (its commas do not
 * split the cell) and left out of the name that is looked up. Read on folded, aligned text.
 */
export const QUALIFIERS: RegExp[] = [
  /\s+theo chuc nang,?\s+nhiem vu(?:\s+duoc giao)?(?:\s+cua\s+(?:minh|don vi))?/g,
  /\s+(?:de\s+)?trinh\s+(?:hdnd|hoi dong nhan dan)(?:\s+(?:tinh|thanh pho|cung cap))?/g,
  /\s+cap\s+(?:tinh|huyen|xa|trung uong|co so)(?:\s*(?:,|va|\/)\s*cap\s+(?:tinh|huyen|xa|co so))*(?=\s*$|\s*[,;\n(]|\s+va\s)/g,
];

/** Heads of a unit's name, longest first: a name starting with one is well-formed. */
const HEADS = phrases([
  'sở',
  'bộ',
  'cục',
  'tổng cục',
  'chi cục',
  'vụ',
  'viện',
  'viện hàn lâm',
  'trung tâm',
  'ban',
  'ủy ban',
  'phòng',
  'văn phòng',
  'thanh tra',
  'tổng thanh tra',
  'công an',
  'kho bạc',
  'bảo hiểm xã hội',
  'thuế',
  'ngân hàng',
  'đài',
  'báo',
  'thông tấn xã',
  'hội',
  'hiệp hội',
  'liên hiệp',
  'liên đoàn',
  'tổng liên đoàn',
  'liên minh',
  'đoàn',
  'tỉnh đoàn',
  'thành đoàn',
  'tỉnh ủy',
  'thành ủy',
  'đảng ủy',
  'đảng đoàn',
  'mặt trận',
  'trung ương',
  'tập đoàn',
  'tổng công ty',
  'công ty',
  'trường',
  'học viện',
  'đại học',
  'bệnh viện',
  'tòa án',
  'viện kiểm sát',
  'kiểm toán',
  'quỹ',
  'tổ chức',
  'hội đồng',
  'bộ chỉ huy',
  'ban chỉ huy',
  'ubnd',
  'hđnd',
  'ủy ban nhân dân',
  'hội đồng nhân dân',
  'chủ tịch',
  'phó chủ tịch',
  'giám đốc',
  'hải quan',
  'chi nhánh',
  'cảng vụ',
  'hợp tác xã',
  'quốc hội',
  'chính phủ',
  'thủ tướng',
  'nhà xuất bản',
  'tạp chí',
  'cổng thông tin',
  'khu',
  'doanh nghiệp',
  'bộ tư lệnh',
  'bộ đội',
  'cảnh sát',
  'cảng',
  'đài truyền hình',
  'đài phát thanh',
  'xí nghiệp',
  'nhà máy',
  'viện nghiên cứu',
]);

/** The number of words of the head a piece starts with (0: none), the head written with a capital. */
export function headLength(tokens: Token[]): number {
  if (tokens.length === 0 || !tokens[0].word || !tokens[0].cap) return 0;
  return matchAt(tokens, 0, HEADS);
}

/** The kinds of administrative unit a colon list names ("Các Cục: …"): a name starting with one is whole. */
const KINDS = phrases(['sở', 'bộ', 'cục', 'vụ', 'viện', 'trung tâm', 'ban', 'văn phòng', 'thanh tra', 'phòng', 'chi cục', 'tổng cục', 'ủy ban', 'ubnd']);

export function isKindWord(tokens: Token[]): boolean {
  return tokens.length > 0 && tokens[0].cap && matchAt(tokens, 0, KINDS) > 0;
}

/** Heads that start a second name when they appear capitalised inside a piece ("Sở X Sở Y"). */
const SECOND_HEADS = new Set(['sở', 'bộ', 'ubnd']);
const JOINERS = new Set(['và', 'của', 'thuộc', 'trực', 'với', 'cho', 'tại', 'về']);

/** A capitalised "Sở", "Bộ", "UBND" inside a piece, not after "và"/"của"/"thuộc": two names run together. */
export function secondHeadAt(tokens: Token[]): number {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || !t.cap || !SECOND_HEADS.has(t.f)) continue;
    const prev = tokens[i - 1];
    if (prev.word && JOINERS.has(prev.f)) continue;
    const next = tokens[i + 1];
    if (t.f === 'bộ' && next && /^(chỉ|tư|đội)$/.test(next.f)) continue;
    // "Văn phòng Bộ", "Thanh tra Sở": the head ends the name, it does not start another.
    if (!next || !next.word || !next.cap) continue;
    return i;
  }
  return -1;
}

/** Bullets and numbering that open a new unit on a new line. */
const NEW_LINE = /^\s*(?:[-+•*–]|\(?\d+[.)]|[a-zđ]\))/iu;

/**
 * Line breaks that only wrap a long name ("Bộ Khoa học và⏎Công nghệ", "Ban Cơ yếu Chính⏎phủ") become
 * spaces; a break stays where the next line starts a new unit (a head, a bullet, "Các …") or the line
 * before ends with a separator. Same length as the text.
 */
export function unwrapLines(text: string): string {
  if (!text.includes('\n')) return text;
  let out = '';
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (i === 0) {
      out += line;
      return;
    }
    const prev = lines[i - 1].trimEnd();
    const tokens = tokenize(line);
    // After a comma the comma splits anyway; a lower-case line goes on with the name ("UBND xã, phường,⏎đặc khu").
    const starts = NEW_LINE.test(line) || /[;.:]$/.test(prev) || headLength(tokens) > 0 || (tokens[0]?.cap && matchAt(tokens, 0, OPENERS) > 0);
    out += (starts ? '\n' : ' ') + line;
  });
  return out;
}
