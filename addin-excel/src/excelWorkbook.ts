/**
 * What a check needs besides the active sheet: the settings sheet "Cài đặt Phụ lục" and the unit
 * directory sheet, read in the same sync as the sheet itself.
 */
import { DIRECTORY_SHEET, SETTINGS_SHEET, readSettings, type Grid } from '../../core';
import { gridFromUsedRange } from './excelRead';

export interface SideSheets {
  /** Call after the sync: the settings and directory grids that exist. */
  grids(): Grid[];
  /** The directory sheet the settings name, when it is not the one read. */
  missingDirectory(): string | undefined;
}

function queueSheet(ctx: Excel.RequestContext, name: string): () => Grid | null {
  // A missing sheet is a null object, and so is the used range asked of it (OrNullObject all the way).
  const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load(['values', 'rowIndex', 'columnIndex']);
  return () => (ws.isNullObject || used.isNullObject ? null : gridFromUsedRange(name, used.values as unknown[][], used.rowIndex, used.columnIndex));
}

/**
 * Queues the reads. `names` is the workbook's sheet names when already known: then only sheets that
 * exist are asked for, which does not rely on Excel answering a used range asked of a missing sheet
 * with a null object (the fast path, used first).
 */
export function queueSideSheets(ctx: Excel.RequestContext, names?: readonly string[], directory = DIRECTORY_SHEET): SideSheets {
  const pick = (name: string) => (names && !names.includes(name) ? () => null : queueSheet(ctx, name));
  const settings = pick(SETTINGS_SHEET);
  const dir = pick(directory);
  return {
    grids: () => [settings(), dir()].filter((g): g is Grid => g !== null),
    missingDirectory: () => {
      const named = readSettings(settings() ?? undefined).settings.unitSheet;
      return named && named !== directory ? named : undefined;
    },
  };
}

/** Reads one more sheet (a directory the settings name that was not read yet): one extra sync, rare. */
export async function readSheet(ctx: Excel.RequestContext, name: string): Promise<Grid | null> {
  const read = queueSheet(ctx, name);
  await ctx.sync();
  return read();
}

/** The names of the workbook's sheets: one sync, for the careful path. */
export async function sheetNames(ctx: Excel.RequestContext): Promise<string[]> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await ctx.sync();
  return sheets.items.map((w) => w.name);
}
