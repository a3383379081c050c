/**
 * Decisions both add-ins make the same way, kept here so Excel and Google Sheets cannot drift apart:
 * the keys their saved records live under, the rules "Chuẩn hóa tên đơn vị" runs, which side sheets a
 * check reads, and text a spreadsheet would turn into a number when written as typed.
 */
import type { Grid } from '../model/grid';
import type { Rule } from '../engine/rule';
import { rules as allRules } from '../rules';
import { SETTINGS_SHEET, readSettings } from '../engine/settings';
import { DIRECTORY_SHEET } from '../units/directorySheet';

/** Where the add-ins keep their records in a document (a key, or a prefix of per-sheet keys). */
export const STORAGE_KEYS = {
  /** A check's painted cells with their own looks: one record per sheet. */
  highlights: 'phuluc.highlights',
  /** The fix runs that can be undone, newest last. */
  fixes: 'phuluc.fixes',
  /** The last consolidation, for its undo. */
  consolidation: 'phuluc.consolidation',
} as const;

/** The rule codes "Chuẩn hóa tên đơn vị" (unit names only) runs. */
export const UNIT_NAME_CODES: readonly string[] = ['unit.noncanonical', 'unit.defunct'];

/** The rules a fix runs: all of them, or only the unit-name ones. */
export function fixRules(unitsOnly: boolean): readonly Rule[] {
  return unitsOnly ? allRules.filter((r) => UNIT_NAME_CODES.includes(r.meta.code)) : allRules;
}

/**
 * The sheets a check reads beside the active one: the settings sheet, and the unit directory the
 * settings name (the default directory sheet when they name none). A sheet that is the active one
 * is not read twice.
 */
export function sideSheetNames(active: string, settings?: Grid): { settings?: string; directory?: string } {
  const directory = readSettings(settings).settings.unitSheet ?? DIRECTORY_SHEET;
  return { settings: active === SETTINGS_SHEET ? undefined : SETTINGS_SHEET, directory: directory === active ? undefined : directory };
}

/** Text a spreadsheet reads as something else when it is written as typed: a number, date, time, boolean or formula. */
const RETYPED = [
  /^[=+\-'@]/, // formula, sign, the apostrophe itself
  /^\s*(true|false)\s*$/i,
  /^[\s\d.,:/%()$€₫đ–-]*\d[\s\d.,:/%()$€₫đ–-]*$/, // numbers ("1", "1.", "2."), dates, times, percents, amounts
  /^\s*\d+(?:[.,]\d+)?e[-+]?\d+\s*$/i,
];

/** True when writing this text as a value would not keep it as text; the host then writes it as text ("@"). */
export function wouldRetype(text: string): boolean {
  return RETYPED.some((re) => re.test(text));
}

/** The number format that keeps what is typed as text, in Excel and Google Sheets. */
export const TEXT_FORMAT = '@';
