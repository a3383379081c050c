/// <reference types="google-apps-script" />
/**
 * The settings sheet "Cài đặt Phụ lục", read and written from the sidebar. The values are written
 * over a plain-text number format, or Sheets would turn "30/11/2026" into a date and "2026" into a
 * number as it does with anything typed.
 */
import { SETTINGS_SHEET, WorkbookSettings, parseIsoDate, readSettings, settingsRows, workbookSettingsSchema, type Lang } from '../../../core';
import { JsonSettings, settingsJsonSchema, settingsToJson } from '../wire';
import { PLAIN_TEXT, clockOf } from './cells';
import { MessageKey, UserError, say } from './strings';
import { jsonArgument } from './input';
import { activeSpreadsheet, readSheet } from './workbook';

export function readWorkbookSettings(): JsonSettings {
  const ss = activeSpreadsheet();
  const ws = ss.getSheetByName(SETTINGS_SHEET);
  if (!ws) return {};
  return settingsToJson(readSettings(readSheet(ws, clockOf(ss.getSpreadsheetTimeZone()), SETTINGS_SHEET)).settings);
}

const FIELD_MESSAGE: Record<string, MessageKey> = { planYear: 'badPlanYear', reportDate: 'badReportDate', unitSheet: 'badUnitSheet' };

/** JSON from the sidebar to settings, or a UserError saying in the user's words what is wrong. */
export function parseSettingsJson(json: unknown, lang: Lang): WorkbookSettings {
  const input = jsonArgument(json, lang);
  const bad = (why: string) => new UserError(say('badSettings', lang, { why }));
  const parsed = settingsJsonSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue.code === 'unrecognized_keys') throw bad(say('unknownField', lang, { field: issue.keys.join(', ') }));
    const field = String(issue.path[0] ?? '');
    throw bad(say(FIELD_MESSAGE[field] ?? 'notAnObject', lang));
  }
  const s: WorkbookSettings = {};
  if (parsed.data.planYear !== undefined) s.planYear = parsed.data.planYear;
  if (parsed.data.reportDate) {
    const d = parseIsoDate(parsed.data.reportDate);
    if (!d) throw bad(say('badReportDate', lang));
    s.reportDate = d;
  }
  if (parsed.data.unitSheet !== undefined && parsed.data.unitSheet.trim() !== '') s.unitSheet = parsed.data.unitSheet;
  const checked = workbookSettingsSchema.safeParse(s);
  if (!checked.success) throw bad(say(FIELD_MESSAGE[String(checked.error.issues[0].path[0])] ?? 'badUnitSheet', lang));
  return checked.data;
}

/** Writes the settings sheet (added at the end when missing, without leaving the sheet the user is on). */
export function saveWorkbookSettings(json: unknown, lang: Lang): void {
  const rows = settingsRows(parseSettingsJson(json, lang));
  const ss = activeSpreadsheet();
  let ws = ss.getSheetByName(SETTINGS_SHEET);
  if (!ws) {
    const active = ss.getActiveSheet();
    ws = ss.insertSheet(SETTINGS_SHEET, ss.getNumSheets());
    ss.setActiveSheet(active);
  }
  const range = ws.getRange(1, 1, rows.length, rows[0].length);
  range.setNumberFormat(PLAIN_TEXT);
  range.setValues(rows);
  ws.getRange(1, 1, 1, rows[0].length).setFontWeight('bold');
}
