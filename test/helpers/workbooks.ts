/** Reading real .xlsx files through the command line's own adapter. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Grid } from '../../core/model/grid';
import { loadWorkbook, workbookToGrids } from '../../xlsx/workbook';

export const SEEDS_DIR = resolve(__dirname, '..', '..', 'seeds');
export const SHARED_SEEDS_DIR = resolve(__dirname, '..', '..', '..', 'shared', 'seeds');

export function seedWorkbooks(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.xlsx'))
    .sort();
}

export async function gridsOf(path: string): Promise<Grid[]> {
  return workbookToGrids(await loadWorkbook(readFileSync(path)));
}

export function seedPath(name: string): string {
  return join(SEEDS_DIR, name);
}
