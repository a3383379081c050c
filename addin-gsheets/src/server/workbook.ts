/// <reference types="google-apps-script" />
/**
 * Reading the open spreadsheet: the active sheet's values, and the sheets a check needs beside it
 * (the settings sheet "Cài đặt Phụ lục" and the unit directory). Each sheet is one getValues of its
 * data range, whatever its length.
 */
import { SETTINGS_SHEET, sideSheetNames, type Grid } from '../../../core';
import { Clock, clockOf, gridFromValues } from './cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ActiveRead {
  ss: Spreadsheet;
  sheet: Sheet;
  name: string;
  clock: Clock;
  /** What getValues returned, kept to write unchanged cells back exactly. */
  values: unknown[][];
  grid: Grid;
}

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function readActive(ss: Spreadsheet = activeSpreadsheet()): ActiveRead {
  const sheet = ss.getActiveSheet();
  const name = sheet.getName();
  const clock = clockOf(ss.getSpreadsheetTimeZone());
  const values = sheet.getDataRange().getValues();
  return { ss, sheet, name, clock, values, grid: gridFromValues(name, values, clock) };
}

export function readSheet(sheet: Sheet, clock: Clock, name: string = sheet.getName()): Grid {
  return gridFromValues(name, sheet.getDataRange().getValues(), clock);
}

/**
 * The settings and directory sheets, when they exist and are not the active sheet (which is read
 * already). The settings are read first, so only the directory sheet they name is read.
 */
export function readSideSheets(ss: Spreadsheet, active: Grid, clock: Clock): Grid[] {
  const out: Grid[] = [];
  // Which sheets: core's rule, the same in Excel (the settings first; the directory they name).
  let settings: Grid | undefined = active.name === SETTINGS_SHEET ? active : undefined;
  const first = sideSheetNames(active.name);
  if (first.settings) {
    const ws = ss.getSheetByName(first.settings);
    if (ws) out.push((settings = readSheet(ws, clock, first.settings)));
  }
  const { directory } = sideSheetNames(active.name, settings);
  if (directory) {
    const ws = ss.getSheetByName(directory);
    if (ws) out.push(readSheet(ws, clock, directory));
  }
  return out;
}
