/**
 * The period a plan covers, so that time frames can be checked against it. From the option when
 * given, else from the title lines above the table; unknown otherwise (then period checks are
 * skipped, not guessed).
 */
import { Grid, columnCount, textAt } from '../model/grid';
import { foldTime } from './timeFrame';

export interface PlanPeriod {
  start: Date;
  /** Undefined when the plan runs on ("đến năm 2030 và những năm tiếp theo"). */
  end?: Date;
  /** The document's issue date when the lines above the table give it whole ("ngày 28 tháng 4 năm 2025", "ngày 19/11/2025"). */
  date?: Date;
  /** The kind of document the table is attached to, folded ("ke hoach", "quyet dinh"). */
  document?: string;
  /** Where it was read from, for messages. */
  source: 'option' | 'title' | 'document-date';
  /**
   * The period was stated (an option, a title's "năm 2026", "giai đoạn 2026–2030"), not inferred from the
   * issue year: only a certain period may make a time frame an error for lying outside it.
   */
  certain: boolean;
  /** As people say it: "năm 2026", "2025–2030 và những năm tiếp theo". */
  label: { vi: string; en: string };
}

const jan1 = (y: number) => new Date(Date.UTC(y, 0, 1));
const dec31 = (y: number) => new Date(Date.UTC(y, 11, 31));

export function yearPeriod(year: number, source: PlanPeriod['source']): PlanPeriod {
  return { start: jan1(year), end: dec31(year), source, certain: source !== 'document-date', label: { vi: `năm ${year}`, en: `${year}` } };
}

/** A span of years: "2026–2030"; one year when both ends are the same. */
export function spanPeriod(from: number, to: number, source: PlanPeriod['source']): PlanPeriod {
  if (from === to) return yearPeriod(from, source);
  return { start: jan1(from), end: dec31(to), source, certain: source !== 'document-date', label: { vi: `giai đoạn ${from}–${to}`, en: `${from}–${to}` } };
}

/** "2026", "2026-2030", "2026–2030": a plan year or span as a person types it, or undefined. */
export function parsePlanYears(text: string): { from: number; to: number } | undefined {
  const m = /^\s*(\d{4})\s*(?:[-–—]|den|to)?\s*(\d{4})?\s*$/.exec(text);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  if (from < 1990 || to > 2100 || to < from) return undefined;
  return { from, to };
}

const DOCUMENT = /kem theo\s+(ke hoach|quyet dinh|chi thi|nghi quyet|chuong trinh|de an|thong bao ket luan|thong bao|cong van|van ban)\b/;

/** The issue date and kind of the document a table is attached to, from the "Kèm theo …" line (or any line). */
export function issueOfTitle(lines: string[]): { date?: Date; document?: string } {
  const folded = lines.map((l) => foldTime(l.replace(/\*/g, ' ')));
  const at = folded.findIndex((l) => /kem theo/.test(l));
  // The "Kèm theo …" line and the one after it: the date often runs onto the next line.
  const text = at >= 0 ? folded.slice(at, at + 3).join(' ') : folded.join(' ');
  const kind = DOCUMENT.exec(text)?.[1];
  const document = kind?.startsWith('thong bao') ? 'thong bao' : kind;
  const words = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+((?:19|20)\d{2})/.exec(text);
  const digits = /ngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})/.exec(text);
  const m = words ?? digits;
  if (!m) return { document };
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return { document };
  return { date, document };
}

/** The title lines: every text cell above the header row. */
export function titleText(grid: Grid, headerRow: number): string[] {
  const lines: string[] = [];
  const width = Math.min(columnCount(grid), 12);
  for (let r = 1; r < headerRow; r++) {
    for (let c = 1; c <= width; c++) {
      const t = textAt(grid, r, c).trim();
      if (t) lines.push(t);
    }
  }
  return lines;
}

export function planPeriodFromTitle(lines: string[]): PlanPeriod | undefined {
  const issue = issueOfTitle(lines);
  const withIssue = (p: PlanPeriod): PlanPeriod => ({
    ...p,
    ...(issue.date ? { date: issue.date } : {}),
    ...(issue.document ? { document: issue.document } : {}),
  });
  const folded = lines.map((l) => foldTime(l.replace(/\*/g, ' ')));
  // The title proper: the lines before "Kèm theo …", whose dates and numbers are the document's, not the plan's.
  const cut = folded.findIndex((l) => /kem theo/.test(l));
  const title = cut >= 0 ? folded.slice(0, cut) : folded;
  const all = title.join(' \n ');
  let m: RegExpExecArray | null;
  if ((m = /giai doan\s*((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})/.exec(all))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a <= b) return withIssue(spanPeriod(a, b, 'title'));
  }
  // "NĂM 2026" in the title: the last one that is not inside a date ("tháng 4 năm 2025"), not a
  // horizon ("đến năm 2030") and not the year of a cited law or decision ("Luật … năm 2006").
  for (const line of title) {
    let found: PlanPeriod | undefined;
    for (const y of line.matchAll(/(^|.{0,40})\bnam\s+((?:19|20)\d{2})(?:\s*-\s*((?:19|20)\d{2}))?\b/g)) {
      const before = y[1];
      if (/thang(\s+\d{1,2})?\s*$|den\s*$|tu\s*$|truoc\s*$/.test(before)) continue;
      if (/\b(luat|nghi quyet|quyet dinh|chi thi|nghi dinh|thong tu|ke hoach so|van ban|so \d)[^,;]*$/.test(before) && !/\b(trong|thuc hien)\s*$/.test(before))
        continue;
      const a = Number(y[2]);
      const b = y[3] ? Number(y[3]) : undefined;
      found = b && b >= a ? spanPeriod(a, b, 'title') : yearPeriod(a, 'title');
    }
    if (found) return withIssue(found);
  }
  // A span alone: "Đề án … 2026–2030", "(GIAI ĐOẠN 2025-2030)"; not a number ("số 12/2020") nor a date.
  if ((m = /(?:^|[^\d/.-])((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})(?![\d/])/.exec(all))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a < b && b - a <= 30) return withIssue(spanPeriod(a, b, 'title'));
  }
  // A horizon in the title ("… ĐẾN NĂM 2030"): from the issue year to it.
  const horizon = /(?:den|toi) nam\s+((?:19|20)\d{2})/.exec(all);
  const year = issue.date?.getUTCFullYear() ?? documentYear(folded);
  if (horizon && year !== undefined && Number(horizon[1]) > year) {
    const to = Number(horizon[1]);
    const open = /nhung nam tiep theo|cac nam tiep theo/.test(all);
    return withIssue({
      start: jan1(year),
      end: open ? undefined : dec31(to),
      source: 'title',
      certain: true,
      label: open
        ? { vi: `từ năm ${year}, đến năm ${to} và những năm tiếp theo`, en: `from ${year}, to ${to} and beyond` }
        : { vi: `${year}–${to}`, en: `${year}–${to}` },
    });
  }
  // Only the document's date: its year is where year-less cells fall, not a period to judge deadlines by.
  if (year === undefined) return undefined;
  return withIssue(yearPeriod(year, 'document-date'));
}

/** The year of the document's date, even when the day and month were left blank ("ngày /9/2025", "ngày tháng năm 2026"). */
function documentYear(folded: string[]): number | undefined {
  const at = folded.findIndex((l) => /kem theo/.test(l));
  const attached = at >= 0 ? folded.slice(at, at + 3).join(' ') : folded.join(' \n ');
  const date = /ngay[\s\d]*thang[\s\d]*nam\s+((?:19|20)\d{2})/.exec(attached) ?? /ngay\s*\d{0,2}\s*\/\s*\d{1,2}\s*\/\s*((?:19|20)\d{2})/.exec(attached);
  return date ? Number(date[1]) : undefined;
}

/** The one year a year-less cell ("trước ngày 15/11") can mean: only when the plan is one year. */
export function singleYearOf(p: PlanPeriod | undefined): number | undefined {
  if (!p || !p.end) return undefined;
  const y = p.start.getUTCFullYear();
  return p.end.getUTCFullYear() === y ? y : undefined;
}
