/**
 * Time frames as officers write them: "Quý III, IV/2026", "Trước ngày 15/11", "Hàng năm",
 * "Sau khi Đề án của Trung ương ban hành". Parsed into the period they denote so that rules can
 * check them against the plan period and consolidation against the report date.
 */
import type { CellValue } from '../model/grid';
import type { Bilingual } from '../model/lang';
import { stripMarkup } from '../model/text';

export type TimeFrameKind =
  | 'date'
  | 'month'
  | 'quarter'
  | 'quarters'
  | 'half-year'
  | 'year'
  | 'range'
  | 'before'
  | 'from'
  | 'recurring'
  | 'conditional'
  | 'ongoing'
  | 'several'
  /** So long after the document's issue date: "100 ngày kể từ ngày ban hành Kế hoạch". */
  | 'relative'
  /** Tied to an event with no date of its own: "Kỳ họp thứ nhất Quốc hội khóa XVI", "Trước Hội nghị tổng kết". */
  | 'event'
  /** A group row whose items carry the times: "Theo thời hạn cụ thể sau đây:". */
  | 'deferred'
  | 'unknown';

export type Recurrence = 'yearly' | 'half-yearly' | 'quarterly' | 'monthly' | 'weekly' | 'periodic';

export interface TimeFrame {
  kind: TimeFrameKind;
  /** First and last day the frame covers (UTC midnight, inclusive); one may be open. */
  start?: Date;
  end?: Date;
  recurring?: Recurrence;
  /** What a conditional frame waits for, as written. */
  condition?: string;
  /** The milestones of a cell that holds several. */
  parts?: TimeFrame[];
  /** Quarters named (1–4), for quarter frames and recurring ones such as "Quý II hàng năm". */
  quarters?: number[];
  /** The year was not written and came from the plan ("trước ngày 15/11", "6 tháng cuối năm"). */
  yearFromPlan?: boolean;
  /** The frame names something that cannot exist: Quý V, month 13, 31/02, a range that ends first. */
  invalid?: Bilingual;
  /** For a relative frame: how long, and after what (as written). */
  relative?: { amount: number; unit: RelativeUnit; after: string };
  /** The event a frame waits for, as written. */
  event?: string;
  /** The dates came from the document's issue date read above the table. */
  fromIssueDate?: boolean;
}

export type RelativeUnit = 'day' | 'working-day' | 'week' | 'month' | 'year';

export interface TimeContext {
  /** The plan's year, used where a cell leaves the year out. */
  planYear?: number;
  /** The document's issue date ("Kèm theo Kế hoạch số 277/KH-UBND ngày 15 tháng 7 năm 2026"), for relative deadlines. */
  issueDate?: Date;
  /** The kind of document the table is attached to, folded ("ke hoach", "quyet dinh"), to know "ngày ban hành Kế hoạch" is its own. */
  issueDocument?: string;
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0));

function daysIn(y: number, m: number): number {
  return lastDay(y, m).getUTCDate();
}

/** Lower case, no tone or vowel marks, đ → d; keeps digits and the punctuation dates use. */
export function foldTime(text: string): string {
  return (
    stripMarkup(text)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[–—]/g, '-')
      // "Quí" is an old spelling of "Quý".
      .replace(/\bqui\b/g, 'quy')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[.;,:]+$/, '')
      .trim()
  );
}

const ROMAN_Q: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8 };
const NUM = '(?:iv|viii|vii|vi|v|iii|ii|i|\\d{1,2})';
const QLIST = `${NUM}(?:\\s*(?:,|va|&|-|den)\\s*(?:quy\\s*)?${NUM})*`;
const YEAR = '((?:19|20|21)\\d{2})';

function quarterNumber(s: string): number {
  return ROMAN_Q[s] ?? Number(s);
}

function quartersOf(list: string): number[] {
  return [...list.matchAll(RE_NUM_WORD)].map((m) => quarterNumber(m[0]));
}

const INVALID_QUARTER = (q: number): Bilingual => ({
  vi: `Không có quý ${q} (một năm chỉ có quý I đến quý IV).`,
  en: `There is no quarter ${q} (a year has quarters I to IV).`,
});
const INVALID_MONTH = (m: number): Bilingual => ({
  vi: `Không có tháng ${m}.`,
  en: `There is no month ${m}.`,
});
const INVALID_DAY = (d: number, m: number, y: number): Bilingual => ({
  vi: `Không có ngày ${d}/${m}/${y}.`,
  en: `There is no date ${d}/${m}/${y}.`,
});
const INVALID_RANGE: Bilingual = {
  vi: 'Khoảng thời gian kết thúc trước khi bắt đầu.',
  en: 'The range ends before it starts.',
};

function quarterFrame(list: number[], year: number | undefined, fromPlan = false): TimeFrame {
  const kind: TimeFrameKind = list.length > 1 ? 'quarters' : 'quarter';
  const bad = list.find((q) => q < 1 || q > 4);
  if (bad !== undefined) return { kind, quarters: list, invalid: INVALID_QUARTER(bad) };
  const f: TimeFrame = { kind, quarters: list };
  if (year !== undefined) {
    f.start = day(year, 3 * Math.min(...list) - 2, 1);
    f.end = lastDay(year, 3 * Math.max(...list));
    if (fromPlan) f.yearFromPlan = true;
  }
  return f;
}

function monthFrame(m: number, y: number): TimeFrame {
  if (m < 1 || m > 12) return { kind: 'month', invalid: INVALID_MONTH(m) };
  return { kind: 'month', start: day(y, m, 1), end: lastDay(y, m) };
}

function dateFrame(d: number, m: number, y: number, fromPlan = false): TimeFrame {
  if (m < 1 || m > 12) return { kind: 'date', invalid: INVALID_MONTH(m) };
  if (d < 1 || d > daysIn(y, m)) return { kind: 'date', invalid: INVALID_DAY(d, m, y) };
  const f: TimeFrame = { kind: 'date', start: day(y, m, d), end: day(y, m, d) };
  if (fromPlan) f.yearFromPlan = true;
  return f;
}

function yearFrame(y: number): TimeFrame {
  return { kind: 'year', start: day(y, 1, 1), end: day(y, 12, 31) };
}

/** 30/6/2026, 30-6-2026, 30.6.2026: one separator throughout, so "tháng 3-4/2026" is not a date. */
const RE_DATE = new RegExp(`(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*${YEAR}`);
/** "ngày 15 tháng 11 năm 2026", and without the year. */
const RE_DATE_WORDS = new RegExp(`ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s+nam\\s+${YEAR})?`);
/** "tháng 3-4/2026", "tháng 3, 4 năm 2026": several months of one year. */
const RE_MONTHS = new RegExp(`thang\\s*(\\d{1,2})((?:\\s*(?:-|,|va|den)\\s*(?:thang\\s*)?\\d{1,2})+)\\s*(?:/|nam|-)\\s*${YEAR}`);
/** "năm 2025, 2026", "năm 2025 và 2026". */
const RE_YEARS = new RegExp(`^(?:nam\\s+)?${YEAR}((?:\\s*(?:,|va)\\s*(?:nam\\s+)?(?:19|20|21)\\d{2})+)$`);
const RE_QUARTER_YEAR = new RegExp(`quy\\s*(${QLIST})\\s*(?:/|nam|-)\\s*${YEAR}`);
const RE_MONTH = new RegExp(`thang\\s*(\\d{1,2})\\s*(?:/|nam|-)\\s*${YEAR}`);
const RE_MONTH_BARE = new RegExp(`^(\\d{1,2})\\s*/\\s*${YEAR}$`);
/** "Tháng 3", "trong tháng 12", "cuối tháng 6": a month with no year. */
const RE_MONTH_NO_YEAR = /^(?:trong |cuoi |dau |giua |het )?thang\s*(\d{1,2})$/;
const RE_HALF = new RegExp(`(?:6 thang|nua) (dau|cuoi) nam(?:\\s*${YEAR})?`);
const RE_DAY_MONTH = /ngay\s*(\d{1,2})\s*\/\s*(\d{1,2})(?!\s*[/.-]?\s*\d)/;
const RE_YEAR = new RegExp(`(?:^|\\D)${YEAR}(?!\\d)`);
const RE_QUARTER = new RegExp(`quy\\s*(${QLIST})\\b`);
const RE_YEAR_RANGE = new RegExp(`^(?:giai doan|tu nam|nam hoc|nam|trong giai doan)?\\s*${YEAR}\\s*(?:-|den|toi)\\s*(?:nam\\s*)?${YEAR}$`);
const RE_AND_AFTER = new RegExp(`${YEAR}\\s+va\\s+(?:nhung|cac)\\s+nam\\s+(?:tiep theo|sau)`);
const RE_NUM_WORD = new RegExp(`\\b${NUM}\\b`, 'g');
/** "giai đoạn 2026 - 2027", "năm 2026-2028" inside a longer phrase. */
const RE_YEAR_SPAN = new RegExp(`(?:^|\\D)${YEAR}\\s*(?:-|den|toi)\\s*(?:nam\\s*)?${YEAR}(?!\\d)`);
/** "Triển khai từ năm 2026 và …", "thí điểm từ sau năm 2027": open from a year, inside a longer phrase. */
const RE_FROM_YEAR = new RegExp(`(?:^|\\s)(?:tu|bat dau tu|ke tu)\\s+(sau\\s+)?(?:nam\\s+)?${YEAR}(?!\\d|\\s*(?:-|den|toi))`);
/** "hoàn thành trước năm 2027 và …": a year deadline inside a longer phrase. */
const RE_BEFORE_YEAR = new RegExp(`(?:^|\\s)(truoc|cham nhat|den het|den)\\s+(?:nam\\s+)?${YEAR}(?!\\d|\\s*(?:-|/))`);

/** A single dated frame found anywhere in the text: date, month, quarters, half-year, year. */
function findDated(s: string, ctx: TimeContext): TimeFrame | undefined {
  let m: RegExpExecArray | null;
  if ((m = RE_DATE.exec(s))) {
    return dateFrame(Number(m[1]), Number(m[3]), Number(m[4]));
  }
  if ((m = RE_DATE_WORDS.exec(s))) {
    if (m[3]) return dateFrame(Number(m[1]), Number(m[2]), Number(m[3]));
    if (ctx.planYear === undefined) return { kind: 'date' };
    return dateFrame(Number(m[1]), Number(m[2]), ctx.planYear, true);
  }
  if ((m = RE_MONTHS.exec(s))) {
    const months = [Number(m[1]), ...[...m[2].matchAll(/\d{1,2}/g)].map((x) => Number(x[0]))];
    const y = Number(m[3]);
    const bad = months.find((x) => x < 1 || x > 12);
    if (bad !== undefined) return { kind: 'month', invalid: INVALID_MONTH(bad) };
    const a = Math.min(...months);
    const b = Math.max(...months);
    if (a === b) return monthFrame(a, y);
    return { kind: 'range', start: day(y, a, 1), end: lastDay(y, b) };
  }
  if ((m = RE_QUARTER_YEAR.exec(s))) {
    return quarterFrame(quartersOf(m[1]), Number(m[2]));
  }
  if ((m = RE_MONTH.exec(s)) || (m = RE_MONTH_BARE.exec(s))) {
    return monthFrame(Number(m[1]), Number(m[2]));
  }
  if ((m = RE_HALF.exec(s))) {
    const y = m[2] ? Number(m[2]) : ctx.planYear;
    const first = m[1] === 'dau';
    const f: TimeFrame = { kind: 'half-year' };
    if (y !== undefined) {
      f.start = day(y, first ? 1 : 7, 1);
      f.end = first ? day(y, 6, 30) : day(y, 12, 31);
      if (!m[2]) f.yearFromPlan = true;
    }
    return f;
  }
  if ((m = RE_DAY_MONTH.exec(s)) || (m = /^(\d{1,2})\s*\/\s*(\d{1,2})$/.exec(s))) {
    if (ctx.planYear === undefined) return { kind: 'date' };
    return dateFrame(Number(m[1]), Number(m[2]), ctx.planYear, true);
  }
  if ((m = RE_YEAR_SPAN.exec(s))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b < a) return { kind: 'range', invalid: INVALID_RANGE };
    return { kind: 'range', start: day(a, 1, 1), end: day(b, 12, 31) };
  }
  if ((m = RE_YEAR.exec(s))) return yearFrame(Number(m[1]));
  return undefined;
}

const RECURRING: Array<[RegExp, Recurrence]> = [
  [/\b(hang|moi) nam\b|\b\d+\s*(lan|lop|dot|cuoc|ky|buoi|hoi nghi)\s*\/\s*nam\b|\bit nhat\b.*\bnam\b/, 'yearly'],
  [/\b(hang|moi) quy\b|\/\s*quy\b/, 'quarterly'],
  [/\b(hang|moi) thang\b|\/\s*thang\b/, 'monthly'],
  [/\b(hang|moi) tuan\b/, 'weekly'],
  [/\b6 thang (mot lan|\/ ?lan)\b|\bhang nua nam\b/, 'half-yearly'],
  [/\bdinh ky\b/, 'periodic'],
];

const ONGOING = /\b(thuong xuyen|lien tuc|hang ngay|suot (nam|qua trinh)|ca nam)\b/;
const CONDITIONAL = /\b(sau khi|khi co|khi duoc|theo (ke hoach|yeu cau|huong dan|chi dao|quy dinh|tien do|lo trinh)|tuy theo|tuy thuoc|dot xuat)\b/;

const NUMBER_WORDS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 };
/** "100 ngày kể từ ngày ban hành Kế hoạch", "trong 30 ngày kể từ ngày …", "Chậm nhất 03 tháng sau khi Kế hoạch được ban hành". */
const RE_RELATIVE =
  /^(?:(?:hoan thanh|thuc hien|ban hanh|trinh|xong)\s+)?(truoc|sau|trong(?: vong| thoi han| thoi gian)?|cham nhat(?: la)?|khong qua|toi da|han)?\s*(?:la\s+)?(\d{1,3}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s*(\(\s*\d{1,3}\s*\)\s*)?(ngay lam viec|ngay|tuan|thang|nam)\s*,?\s*(?:ke tu|tinh tu|tu|sau|ke tu sau)\s+(?:ngay|khi|thoi diem|thoi gian)?\s*(.*)$/;
/** Document kinds an anchor may name: "ngày ban hành Kế hoạch", "ngày ký Quyết định". */
const DOCUMENT_KINDS = /\b(ke hoach|quyet dinh|chi thi|nghi quyet|chuong trinh|de an|van ban|thong bao|cong van|nghi dinh|thong tu|luat|phu luc)\b/;
/** Events: a session, a conference, a holiday. */
const EVENT = /\b(ky hop|phien hop|hoi nghi|dai hoi|hoi thao|dien dan|le ky niem|ky niem|tet nguyen dan|bau cu|su kien)\b|\btet\b/;
/** A group row leaving the times to its items. */
const DEFERRED =
  /^(?:theo|nhu|xem|thuc hien theo)\s+(?:cac\s+)?(?:thoi han|thoi gian|tien do|moc thoi gian|lo trinh)\s+(?:cu the|chi tiet|cua (?:tung|cac)|tung|tai (?:cac|tung)|o (?:cac|tung)|ghi (?:o|tai))|\b(?:cu the|chi tiet)\s+(?:nhu\s+)?(?:sau|duoi|o duoi)(?: day)?$|^theo (?:tung|cac) nhiem vu\b/;

function addTime(d: Date, amount: number, unit: RelativeUnit): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const dd = d.getUTCDate();
  if (unit === 'day') return new Date(Date.UTC(y, m, dd + amount));
  if (unit === 'week') return new Date(Date.UTC(y, m, dd + 7 * amount));
  if (unit === 'working-day') {
    let out = d;
    for (let n = 0; n < amount;) {
      out = new Date(out.getTime() + 86_400_000);
      const w = out.getUTCDay();
      if (w !== 0 && w !== 6) n++;
    }
    return out;
  }
  // Months and years end on the same day of the month, or the month's last day when it is shorter.
  const months = unit === 'month' ? amount : 12 * amount;
  const last = lastDay(y + Math.floor((m + months) / 12), ((m + months) % 12) + 1).getUTCDate();
  return new Date(Date.UTC(y, m + months, Math.min(dd, last)));
}

/** Whether "ngày ban hành Kế hoạch" is the issue of the document the table belongs to. */
function anchoredOnIssue(after: string, ctx: TimeContext): boolean {
  if (!/\b(ban hanh|ky|phe duyet|duoc ban hanh|duoc ky)\b/.test(after)) return false;
  if (/\b(co hieu luc|hieu luc)\b/.test(after)) return false;
  const kinds = [...after.matchAll(new RegExp(DOCUMENT_KINDS.source, 'g'))].map((m) => m[1]);
  if (kinds.length === 0) return true;
  if (/\bnay\b/.test(after)) return true;
  return kinds.length === 1 && ctx.issueDocument !== undefined && kinds[0] === ctx.issueDocument && !/\bso\s*\d/.test(after);
}

/** "100 ngày kể từ ngày ban hành Kế hoạch": dated from the issue date when it is known and meant, else kept relative. */
function relativeFrame(m: RegExpExecArray, ctx: TimeContext): TimeFrame {
  const amount = NUMBER_WORDS[m[2]] ?? Number(m[2]);
  const unit: RelativeUnit =
    m[4] === 'ngay lam viec' ? 'working-day' : m[4] === 'ngay' ? 'day' : m[4] === 'tuan' ? 'week' : m[4] === 'thang' ? 'month' : 'year';
  const after = m[5].trim();
  const f: TimeFrame = { kind: 'relative', relative: { amount, unit, after } };
  // "kể từ ngày 15/7/2026": the anchor's own date; "kể từ ngày ban hành Kế hoạch": the issue date.
  const own = findDated(after, ctx);
  const from = own?.kind === 'date' && own.start && !own.yearFromPlan ? own.start : ctx.issueDate && anchoredOnIssue(after, ctx) ? ctx.issueDate : undefined;
  if (own?.invalid) return { ...f, invalid: own.invalid };
  if (!from) return f;
  const at = addTime(from, amount, unit);
  if (m[1] === 'sau') f.start = at;
  else {
    f.start = from;
    f.end = at;
  }
  if (from === ctx.issueDate) f.fromIssueDate = true;
  return f;
}

/** "năm tiếp theo", "các năm tiếp theo": from the year after the plan's (or the document's) year, with no end. */
function followingYears(ctx: TimeContext): TimeFrame {
  const base = ctx.planYear ?? ctx.issueDate?.getUTCFullYear();
  return base !== undefined ? { kind: 'from', start: day(base + 1, 1, 1), yearFromPlan: true } : { kind: 'from' };
}

/** One milestone: everything but "several". */
function parsePart(s: string, original: string, ctx: TimeContext): TimeFrame {
  let m: RegExpExecArray | null;
  // "Sau khi …" first: the date words inside it are part of the condition.
  if (/^(ngay |thuc hien |chi |duoc )?(ngay )?sau khi\b/.test(s)) return { kind: 'conditional', condition: original.trim() };
  if ((m = RE_RELATIVE.exec(s))) return relativeFrame(m, ctx);
  if (DEFERRED.test(s)) return { kind: 'deferred' };
  if (/^(?:trong\s+|tu\s+)?(?:cac\s+|nhung\s+)?nam\s+(?:tiep theo|sau do|ke tiep)$/.test(s)) return followingYears(ctx);

  // Ranges: "Từ tháng 01/2026 đến tháng 11/2026", "2025-2030", "Giai đoạn 2026-2030".
  if ((m = /^(?:tu|bat dau tu|trong)\s+(.+?)\s+(?:den|toi)\s+(.+)$/.exec(s))) {
    // "Từ tháng 3 đến tháng 6/2026": the first end takes the second's year.
    const yearOfB = new RegExp(YEAR).exec(m[2])?.[1];
    const left = yearOfB && !new RegExp(YEAR).test(m[1]) && /thang\s*\d{1,2}\s*$/.test(m[1]) ? `${m[1]}/${yearOfB}` : m[1];
    const a = findDated(left, ctx) ?? undefined;
    const b = findDated(m[2], ctx) ?? undefined;
    if (a?.invalid) return { ...a };
    if (b?.invalid) return { ...b };
    if (a?.start && b?.end) {
      if (b.end < a.start) return { kind: 'range', invalid: INVALID_RANGE };
      return { kind: 'range', start: a.start, end: b.end };
    }
  }
  if ((m = RE_YEAR_RANGE.exec(s))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b < a) return { kind: 'range', invalid: INVALID_RANGE };
    return { kind: 'range', start: day(a, 1, 1), end: day(b, 12, 31) };
  }

  // "Trước ngày 31/12 hàng năm": a deadline that comes back every year is recurring, never overdue.
  if (/^(truoc|den|han|cham nhat)\b/.test(s) && /\b(hang|moi) (nam|quy|thang)\b/.test(s) && !RE_YEAR.test(s)) {
    const rec = RECURRING.find(([re]) => re.test(s));
    if (rec) return { kind: 'recurring', recurring: rec[1] };
  }
  // Two dated ends joined by a dash: "Quý IV/2025 - Quý I/2026", "01/3/2026 - 30/6/2026".
  const halves = s.split(/\s+[-–]\s*|\s*[-–]\s+|\s+den\s+/);
  if (halves.length === 2) {
    const a = findDated(halves[0], ctx);
    const b = findDated(halves[1], ctx);
    if (a?.start && b?.end && (a.kind !== 'year' || b.kind !== 'year')) {
      if (b.end < a.start) return { kind: 'range', invalid: INVALID_RANGE };
      return { kind: 'range', start: a.start, end: b.end };
    }
  }
  if ((m = RE_YEARS.exec(s))) {
    const years = [Number(m[1]), ...[...m[2].matchAll(/(?:19|20|21)\d{2}/g)].map((x) => Number(x[0]))];
    return { kind: 'range', start: day(Math.min(...years), 1, 1), end: day(Math.max(...years), 12, 31) };
  }
  // Deadlines: "Trước ngày 15/11/2026", "Đến hết ngày 24/5/2026", "Đến 2030", "Trước 2030".
  if ((m = /^(truoc|den het|den|cham nhat|han chot|hoan thanh truoc|hoan thanh trong)\s+(.+)$/.exec(s))) {
    const target = findDated(m[2], ctx);
    if (target?.invalid) return { ...target, kind: 'before' };
    // "Hoàn thành trong giai đoạn 2026 - 2027": within the period, not merely by its end.
    if (m[1] === 'hoan thanh trong' && target?.start && target.end) return target;
    if (target?.end) {
      const f: TimeFrame = { kind: 'before' };
      // "Trước 2030" ends before the year starts; "Đến 2030" and "Trước ngày 15/11" include it.
      f.end = m[1] === 'truoc' && target.kind === 'year' ? day(target.end.getUTCFullYear() - 1, 12, 31) : target.end;
      if (target.yearFromPlan) f.yearFromPlan = true;
      return f;
    }
    if (target) return { kind: 'before' };
  }

  // Open-ended: "Từ năm 2026", "2025 và những năm tiếp theo".
  if ((m = RE_AND_AFTER.exec(s)) || (m = /(.*)\s+va\s+(?:nhung|cac)\s+nam\s+(?:tiep theo|sau)/.exec(s))) {
    // "Quý IV/2026 và các năm tiếp theo" starts with its quarter, not with the year.
    const head = findDated(s.slice(0, m.index + m[0].length).replace(/\s+va\s+(?:nhung|cac)\s+nam\s+(?:tiep theo|sau).*$/, ''), ctx);
    const start = head?.start ?? (/^\d{4}$/.test(m[1]) ? day(Number(m[1]), 1, 1) : undefined);
    if (start) return { kind: 'from', start };
  }
  if ((m = /^(?:tu|bat dau tu|ke tu)\s+(.+)$/.exec(s))) {
    const target = findDated(m[1], ctx);
    if (target?.invalid) return { ...target, kind: 'from' };
    if (target?.start) return { kind: 'from', start: target.start };
  }

  // Recurring: "Hàng năm", "1 lần/năm (Quý II hàng năm)", "Định kỳ hoặc đột xuất theo yêu cầu".
  for (const [re, recurring] of RECURRING) {
    if (!re.test(s)) continue;
    const f: TimeFrame = { kind: 'recurring', recurring };
    const q = RE_QUARTER.exec(s);
    if (q) {
      const list = quartersOf(q[1]);
      const bad = list.find((n) => n < 1 || n > 4);
      if (bad !== undefined) return { ...f, invalid: INVALID_QUARTER(bad) };
      f.quarters = list;
    }
    if (CONDITIONAL.test(s)) f.condition = original.trim();
    return f;
  }

  // Inside a longer phrase: "Triển khai từ năm 2026 và thực hiện thường xuyên", "hoàn thành trước năm 2027 và vận hành".
  if (!RE_YEAR_SPAN.test(s)) {
    if ((m = RE_FROM_YEAR.exec(s))) return { kind: 'from', start: day(Number(m[2]) + (m[1] ? 1 : 0), 1, 1) };
    if ((m = RE_BEFORE_YEAR.exec(s))) return { kind: 'before', end: m[1] === 'truoc' ? day(Number(m[2]) - 1, 12, 31) : day(Number(m[2]), 12, 31) };
  }
  const dated = findDated(s, ctx);
  if (dated) return dated;
  if (EVENT.test(s) && !ONGOING.test(s)) return { kind: 'event', event: original.trim() };
  if (ONGOING.test(s)) return { kind: 'ongoing' };
  if (CONDITIONAL.test(s)) return { kind: 'conditional', condition: original.trim() };

  // A quarter with no year: the plan's year, if known.
  if ((m = RE_QUARTER.exec(s))) {
    return quarterFrame(quartersOf(m[1]), ctx.planYear, ctx.planYear !== undefined);
  }
  // A month with no year ("Tháng 3" in a one-year programme): the plan's year, if known; else a month of no year.
  if ((m = RE_MONTH_NO_YEAR.exec(s))) {
    const month = Number(m[1]);
    if (ctx.planYear === undefined) return month < 1 || month > 12 ? { kind: 'month', invalid: INVALID_MONTH(month) } : { kind: 'month' };
    const f = monthFrame(month, ctx.planYear);
    if (!f.invalid) f.yearFromPlan = true;
    return f;
  }
  if (/^(?:nam|trong nam)$/.test(s) && ctx.planYear !== undefined) {
    return { ...yearFrame(ctx.planYear), yearFromPlan: true };
  }
  return { kind: 'unknown' };
}

/** A date serial as Excel stores it (days since 1899-12-30), within reason. */
function fromSerial(n: number): Date | undefined {
  if (!Number.isInteger(n) || n < 20000 || n > 80000) return undefined;
  return new Date(Date.UTC(1899, 11, 30) + n * 86_400_000);
}

/** Reads a time cell. Returns undefined for an empty cell or "none" marks ("-", "/"). */
export function parseTimeFrame(value: CellValue | string, ctx: TimeContext = {}): TimeFrame | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { kind: 'unknown' };
    const d = day(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    return { kind: 'date', start: d, end: d };
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1900 && value <= 2199) return yearFrame(value);
    const d = fromSerial(value);
    return d ? { kind: 'date', start: d, end: d } : { kind: 'unknown' };
  }
  if (typeof value === 'boolean' || typeof value === 'object') return { kind: 'unknown' };

  const original = value;
  const s = foldTime(original);
  if (s === '' || /^[-/—–_.x]+$/.test(s)) return undefined;

  // The same phrase written once per lead unit: "Đến 2030 Đến 2030 Đến 2030 Đến 2030" (001).
  const repeated = /^(.{3,}?)(?:\s+\1)+$/.exec(s);
  if (repeated) {
    const one = parsePart(repeated[1], repeated[1], ctx);
    const n = s.split(repeated[1]).length - 1;
    return { kind: 'several', start: one.start, end: one.end, parts: Array.from({ length: n }, () => ({ ...one })) };
  }

  // Several milestones: sentences or clauses, each with its own frame.
  const pieces = original
    .split(/(?<=[^\d\s])[.;]\s+|(?<=\d)\.\s+(?=\p{Lu})|;\s*|\n+/u)
    .map((p) => p.trim())
    .filter((p) => foldTime(p).length > 1);
  if (pieces.length > 1) {
    const parts = pieces.map((p) => parsePart(foldTime(p), p, ctx));
    const known = parts.filter((p) => p.kind !== 'unknown');
    if (known.length >= 2) {
      const bad = known.find((p) => p.invalid);
      const f: TimeFrame = { kind: 'several', parts };
      if (bad) f.invalid = bad.invalid;
      const starts = known.filter((p) => p.start).map((p) => p.start!.getTime());
      const ends = known.filter((p) => p.end).map((p) => p.end!.getTime());
      if (starts.length) f.start = new Date(Math.min(...starts));
      if (ends.length) f.end = new Date(Math.max(...ends));
      return f;
    }
    if (known.length === 1) return known[0];
  }
  return parsePart(s, original, ctx);
}

/** Kinds that never fall outside a plan period: they have no fixed end. */
export function isOpenEnded(f: TimeFrame): boolean {
  return (
    f.kind === 'from' ||
    f.kind === 'recurring' ||
    f.kind === 'ongoing' ||
    f.kind === 'conditional' ||
    f.kind === 'event' ||
    f.kind === 'deferred' ||
    (f.kind === 'relative' && !f.end)
  );
}

/** The day a frame must be done by, if it has one: the end of its period. */
export function deadlineOf(f: TimeFrame): Date | undefined {
  if (isOpenEnded(f)) return undefined;
  if (f.kind === 'several') {
    const ends = (f.parts ?? []).filter((p) => !isOpenEnded(p) && p.end).map((p) => p.end!.getTime());
    return ends.length ? new Date(Math.min(...ends)) : undefined;
  }
  return f.end;
}

/** A day as people write it: 15/11/2026. */
export function formatDay(d: Date): string {
  return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
}
