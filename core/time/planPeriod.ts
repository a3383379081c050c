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
  /** The document's own date when the title gives it whole ("ngày 28 tháng 4 năm 2025"). */
  date?: Date;
  /** Where it was read from, for messages. */
  source: 'option' | 'title' | 'document-date';
  /** As people say it: "năm 2026", "2025–2030 và những năm tiếp theo". */
  label: { vi: string; en: string };
}

const jan1 = (y: number) => new Date(Date.UTC(y, 0, 1));
const dec31 = (y: number) => new Date(Date.UTC(y, 11, 31));

export function yearPeriod(year: number, source: PlanPeriod['source']): PlanPeriod {
  return { start: jan1(year), end: dec31(year), source, label: { vi: `năm ${year}`, en: `${year}` } };
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
  const folded = lines.map(foldTime);
  const all = folded.join(' \n ');
  let m: RegExpExecArray | null;
  if ((m = /giai doan\s*((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})/.exec(all))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a <= b) return { start: jan1(a), end: dec31(b), source: 'title', label: { vi: `giai đoạn ${a}–${b}`, en: `${a}–${b}` } };
  }
  // "NĂM 2026" in the title: the last one that is not inside a date ("tháng 4 năm 2025"), not a
  // horizon ("đến năm 2030") and not the year of a cited law or decision ("Luật … năm 2006").
  for (const line of folded) {
    let found: PlanPeriod | undefined;
    for (const y of line.matchAll(/(^|.{0,40})\bnam\s+((?:19|20)\d{2})(?:\s*-\s*((?:19|20)\d{2}))?\b/g)) {
      const before = y[1];
      if (/thang(\s+\d{1,2})?\s*$|den\s*$|tu\s*$|truoc\s*$/.test(before)) continue;
      if (/\b(luat|nghi quyet|quyet dinh|chi thi|nghi dinh|thong tu|ke hoach so|van ban|so \d)[^,;]*$/.test(before) && !/\b(trong|thuc hien)\s*$/.test(before)) continue;
      const a = Number(y[2]);
      const b = y[3] ? Number(y[3]) : undefined;
      found = b && b >= a ? { start: jan1(a), end: dec31(b), source: 'title', label: { vi: `${a}–${b}`, en: `${a}–${b}` } } : yearPeriod(a, 'title');
    }
    if (found) return found;
  }
  // The document date: "(Kèm theo … ngày 23 tháng 4 năm 2025 …)", "ngày /9/2025", "ngày tháng năm 2026".
  const attached = folded.find((l) => /kem theo/.test(l)) ?? all;
  const date =
    /ngay[\s\d]*thang[\s\d]*nam\s+((?:19|20)\d{2})/.exec(attached) ?? /ngay\s*\d{0,2}\s*\/\s*\d{1,2}\s*\/\s*((?:19|20)\d{2})/.exec(attached);
  if (!date) return undefined;
  const year = Number(date[1]);
  const whole = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+((?:19|20)\d{2})/.exec(attached);
  const docDate = whole ? new Date(Date.UTC(Number(whole[3]), Number(whole[2]) - 1, Number(whole[1]))) : undefined;
  const withDate = (p: PlanPeriod): PlanPeriod => (docDate && docDate.getUTCFullYear() === year ? { ...p, date: docDate } : p);
  const horizon = /den nam\s+((?:19|20)\d{2})/.exec(all);
  if (horizon && Number(horizon[1]) > year) {
    const to = Number(horizon[1]);
    const open = /nhung nam tiep theo|cac nam tiep theo/.test(all);
    return withDate({
      start: jan1(year),
      end: open ? undefined : dec31(to),
      source: 'document-date',
      label: open
        ? { vi: `từ năm ${year}, đến năm ${to} và những năm tiếp theo`, en: `from ${year}, to ${to} and beyond` }
        : { vi: `${year}–${to}`, en: `${year}–${to}` },
    });
  }
  return withDate(yearPeriod(year, 'document-date'));
}

/** The one year a year-less cell ("trước ngày 15/11") can mean: only when the plan is one year. */
export function singleYearOf(p: PlanPeriod | undefined): number | undefined {
  if (!p || !p.end) return undefined;
  const y = p.start.getUTCFullYear();
  return p.end.getUTCFullYear() === y ? y : undefined;
}
