/** Progress words as units write them, mapped to a handful of statuses. An unknown word is never guessed. */
import { distance } from 'fastest-levenshtein';
import { foldKey } from '../model/text';

export type Status = 'done' | 'in_progress' | 'not_started' | 'overdue' | 'cancelled' | 'not_reported';

/** The canonical word for each status: what the merged master's status cells hold. */
export const STATUS_LABEL: Record<Status, { vi: string; en: string }> = {
  done: { vi: 'Hoàn thành', en: 'Done' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  not_started: { vi: 'Chưa thực hiện', en: 'Not started' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  cancelled: { vi: 'Không thực hiện', en: 'Cancelled' },
  not_reported: { vi: 'Chưa báo cáo', en: 'Not reported' },
};

export const STATUSES: readonly Status[] = ['done', 'in_progress', 'not_started', 'overdue', 'cancelled', 'not_reported'];

export interface ParsedStatus {
  status?: Status;
  percent?: number;
}

/** A workbook's own status words ("Từ chỉ tình trạng" in its settings sheet): folded word → status. */
export type StatusWords = ReadonlyMap<string, Status>;

/** Checked in order: the negated and more specific phrases first ("chưa hoàn thành" before "hoàn thành"). */
const PATTERNS: Array<[RegExp, Status]> = [
  [/\b(qua han|tre han|cham tien do|cham so voi ke hoach)\b/, 'overdue'],
  [/\b(khong thuc hien|dung thuc hien|tam dung|huy bo|da huy|khong trien khai|dung trien khai)\b/, 'cancelled'],
  [/\b(chua (thuc hien|trien khai|bat dau|khoi cong|co ket qua))\b/, 'not_started'],
  [
    /\b(chua hoan thanh|dang (thuc hien|trien khai|xay dung|tien hanh|hoan thien|hoan thanh|lam|to chuc|du thao|trinh)|tiep tuc (thuc hien|trien khai)|da trien khai|dang)\b/,
    'in_progress',
  ],
  [/^(da )?hoan thanh\b|\bhoan thanh (100|dung han|tot)|^ht$|^xong\b|^(da )?(thuc hien|trien khai) xong\b|^da xong\b|\bda hoan thanh\b/, 'done'],
];

const CANONICAL: Array<[string, Status]> = [
  ['hoan thanh', 'done'],
  ['da hoan thanh', 'done'],
  ['dang thuc hien', 'in_progress'],
  ['dang trien khai', 'in_progress'],
  ['chua thuc hien', 'not_started'],
  ['chua trien khai', 'not_started'],
  ['qua han', 'overdue'],
  ['khong thuc hien', 'cancelled'],
];

/**
 * Reads a status cell: case, NFD, trailing spaces, "Đã" or not, typos and a percentage do not defeat
 * it. A workbook's own words are looked up first, on the whole folded cell.
 */
export function parseStatus(text: string | undefined | null, own?: StatusWords): ParsedStatus {
  if (text === undefined || text === null) return {};
  const key = foldKey(String(text));
  if (!key) return {};
  const mine = own?.get(key);
  if (mine) return { status: mine };
  const raw = String(text).normalize('NFC');
  const pct = /(\d{1,3})\s*%/.exec(raw) ?? /(\d{1,3})\s*phan tram/.exec(key);
  const percent = pct ? Math.min(100, Number(pct[1])) : undefined;
  const withPercent = (status: Status): ParsedStatus => (percent !== undefined ? { status, percent } : { status });
  // Done, then late: done. Done "in part" or at under 100%: still in progress.
  if (/\bhoan thanh\b/.test(key) && !/\b(chua|dang) hoan thanh\b/.test(key)) {
    if (/\bmot phan\b/.test(key) || (percent !== undefined && percent < 100)) return withPercent('in_progress');
    if (/\b(tre han|qua han|cham)\b/.test(key)) return withPercent('done');
  }
  for (const [re, status] of PATTERNS) {
    if (re.test(key)) return withPercent(status);
  }
  // A bare percentage: 100% is done, less is in progress, 0% not started.
  if (percent !== undefined && /^(dat )?\d{1,3}( phan tram)?$/.test(key)) {
    return { status: percent >= 100 ? 'done' : percent === 0 ? 'not_started' : 'in_progress', percent };
  }
  // Typos ("Hoàn thàn", "Đang thục hiện"): one close canonical phrase, or nothing.
  const head = key.split(' ').slice(0, 4).join(' ');
  const close = CANONICAL.filter(([c]) => distance(head, c) <= (c.length >= 12 ? 2 : 1));
  const statuses = new Set(close.map(([, s]) => s));
  if (statuses.size === 1) return withPercent(close[0][1]);
  return percent !== undefined ? { percent } : {};
}

/** A status named by its canonical word (either language) or its code, as a settings table may write it. */
export function statusNamed(text: string): Status | undefined {
  const key = foldKey(text);
  if (!key) return undefined;
  for (const s of STATUSES) {
    if (key === foldKey(STATUS_LABEL[s].vi) || key === foldKey(STATUS_LABEL[s].en) || key === foldKey(s)) return s;
  }
  return parseStatus(text).status;
}
