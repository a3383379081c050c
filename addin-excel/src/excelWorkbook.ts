/**
 * What a check needs besides the active sheet: the settings sheet "Cài đặt Phụ lục" and the unit
 * directory sheet, read in the same sync as the sheet itself.
 */
import type { Grid } from '../../core/grid';
import { SETTINGS_SHEET, readSettings } from '../../core/settings';
import { DIRECTORY_SHEET } from '../../core/units/directorySheet';
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

/** Queues the reads; `directory` is the directory sheet name remembered from the last check. */
export function queueSideSheets(ctx: Excel.RequestContext, directory = DIRECTORY_SHEET): SideSheets {
  const settings = queueSheet(ctx, SETTINGS_SHEET);
  const dir = queueSheet(ctx, directory);
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
