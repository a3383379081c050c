/**
 * Settings that travel with the file: a sheet "Cài đặt Phụ lục" of label | value rows that the
 * command line, the Excel add-in and the Google Sheets add-on all read and the add-ins write.
 * A sheet, not host storage: Excel's document settings do not reach Google Sheets or ExcelJS.
 */
import { z } from 'zod';
import { CellValue, Grid, cellText } from '../model/grid';
import { foldKey } from '../model/text';
import type { ValidateOptions } from './rule';
import { DIRECTORY_SHEET } from '../units/directorySheet';

export const SETTINGS_SHEET = 'Cài đặt Phụ lục';

export const workbookSettingsSchema = z.object({
  planYear: z.number().int().min(1990).max(2100).optional(),
  reportDate: z.date().optional(),
  /** The sheet holding the unit directory, when it is not called "Danh mục đơn vị". */
  unitSheet: z.string().trim().min(1).max(100).optional(),
});

export type WorkbookSettings = z.infer<typeof workbookSettingsSchema>;

/** The label of each setting as written in the sheet (Vietnamese first; English labels are read too). */
export const SETTING_LABELS = {
  planYear: { vi: 'Năm kế hoạch', en: 'Plan year' },
  reportDate: { vi: 'Ngày báo cáo', en: 'Report date' },
  unitSheet: { vi: 'Sheet danh mục đơn vị', en: 'Unit directory sheet' },
} as const;

type Key = keyof typeof SETTING_LABELS;

const HEADER = ['Thiết đặt', 'Giá trị', 'Ghi chú'];
const HINT: Record<Key, string> = {
  planYear: 'Năm (ví dụ 2026); để trống thì đọc từ tiêu đề kế hoạch.',
  reportDate: 'dd/mm/yyyy; để trống thì lấy ngày hôm nay.',
  unitSheet: `Tên sheet chứa danh mục; để trống thì dùng sheet “${DIRECTORY_SHEET}”.`,
};

export function isSettingsSheet(grid: Pick<Grid, 'name'>): boolean {
  return foldKey(grid.name) === foldKey(SETTINGS_SHEET);
}

function keyOfLabel(v: CellValue): Key | undefined {
  const k = foldKey(cellText(v)).replace(/[:.]+$/, '');
  for (const key of Object.keys(SETTING_LABELS) as Key[]) {
    if (k === foldKey(SETTING_LABELS[key].vi) || k === foldKey(SETTING_LABELS[key].en)) return key;
  }
  if (k === 'sheet danh muc' || k === 'danh muc don vi') return 'unitSheet';
  return undefined;
}

/** Days since 1899-12-30: how Excel and Sheets hand back a date cell as a number. */
function fromSerial(n: number): Date | undefined {
  if (!(n > 20_000 && n < 80_000)) return undefined;
  return new Date(Date.UTC(1899, 11, 30) + Math.round(n) * 86_400_000);
}

function utcDay(y: number, m: number, d: number): Date | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : undefined;
}

/** A day as officers and hosts write it: dd/mm/yyyy, yyyy-mm-dd, a date cell, a date serial. */
export function readDay(v: CellValue): Date | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : utcDay(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  if (typeof v === 'number') return fromSerial(v);
  const s = cellText(v).trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return utcDay(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(s);
  if (m) return utcDay(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

export function formatDayVi(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

export interface SettingsProblem {
  row: number;
  key: Key;
  text: string;
}

/** Reads the settings sheet; a value that cannot be read is left out and named in `problems`. */
export function readSettings(grid: Grid | undefined): { settings: WorkbookSettings; problems: SettingsProblem[] } {
  const settings: WorkbookSettings = {};
  const problems: SettingsProblem[] = [];
  if (!grid) return { settings, problems };
  grid.rows.forEach((row, i) => {
    const key = keyOfLabel(row[0] ?? null);
    if (!key) return;
    const v = row[1] ?? null;
    const text = cellText(v).trim();
    if (!text && !(v instanceof Date)) return;
    if (key === 'planYear') {
      const n = typeof v === 'number' ? v : /^\d{4}$/.test(text) ? Number(text) : NaN;
      const ok = workbookSettingsSchema.shape.planYear.safeParse(n);
      if (ok.success && ok.data !== undefined) settings.planYear = ok.data;
      else problems.push({ row: i + 1, key, text });
    } else if (key === 'reportDate') {
      const d = readDay(v);
      if (d) settings.reportDate = d;
      else problems.push({ row: i + 1, key, text });
    } else {
      settings.unitSheet = text.normalize('NFC');
    }
  });
  return { settings, problems };
}

export function settingsOf(grids: readonly Grid[]): WorkbookSettings {
  return readSettings(grids.find(isSettingsSheet)).settings;
}

/** The rows of the settings sheet; every value is written as text so no host turns it into something else. */
export function settingsRows(input: WorkbookSettings): string[][] {
  const s = workbookSettingsSchema.parse(input);
  return [
    HEADER,
    [SETTING_LABELS.planYear.vi, s.planYear !== undefined ? String(s.planYear) : '', HINT.planYear],
    [SETTING_LABELS.reportDate.vi, s.reportDate ? formatDayVi(s.reportDate) : '', HINT.reportDate],
    [SETTING_LABELS.unitSheet.vi, s.unitSheet ?? '', HINT.unitSheet],
  ];
}

/**
 * What a check uses: options given from outside (command line) win over the workbook's settings,
 * which win over what the title says.
 */
export function withWorkbookSettings(grids: readonly Grid[], options: ValidateOptions): ValidateOptions {
  const s = settingsOf(grids);
  return {
    ...options,
    planYear: options.planYear ?? s.planYear,
    reportDate: options.reportDate ?? s.reportDate,
    unitSheet: options.unitSheet ?? s.unitSheet,
  };
}
