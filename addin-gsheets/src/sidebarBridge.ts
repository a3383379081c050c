/**
 * The Google Sheets side of the shared panel: every host call is a google.script.run call to a
 * top-level function of Code.js, wrapped in a promise. Only JSON-like values cross (see wire.ts):
 * grids and plans are converted here on the way out and back.
 */
import { cellFromJson, type ConsolidationPlan, type WorkbookSettings } from '../../core';
import type { HostBridge, PanelReport } from '../../panel/bridge';
import {
  JsonFixPreview,
  JsonOpenWorkbook,
  JsonReport,
  JsonSettings,
  SidebarFunction,
  gridFromJson,
  planToJson,
  settingsFromJson,
  settingsToJson,
} from './wire';

/** The part of google.script.run used here (its typings are not part of the project). */
export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}

/** The failure handler gets an Error from Apps Script; anything else is wrapped so the panel can say why. */
function asError(e: unknown): Error {
  if (e instanceof Error) return e;
  const message = e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string' ? (e as { message: string }).message : String(e);
  return new Error(message);
}

export function sheetsBridge(run: ScriptRun, locale: string): HostBridge {
  function call<T>(name: SidebarFunction, ...args: Array<string | number | boolean | null>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const runner = run.withSuccessHandler((v) => resolve(v as T)).withFailureHandler((e) => reject(asError(e))) as unknown as Record<
        string,
        (...a: unknown[]) => void
      >;
      runner[name](...args);
    });
  }
  return {
    locale: () => locale,
    async check(): Promise<PanelReport> {
      const r = await call<JsonReport>('sidebarCheck');
      return { sheet: r.sheet, findings: r.findings, summary: r.summary, tables: r.tables, undoable: r.undoable };
    },
    async select(sheet, cell) {
      await call<null>('sidebarSelect', sheet, cell);
    },
    clear: () => call<number>('sidebarClear'),
    fix: (scope) => call<number>('sidebarFix', JSON.stringify(scope)),
    async previewFix(scope) {
      const p = await call<JsonFixPreview>('sidebarPreviewFix', JSON.stringify(scope));
      return { sheet: p.sheet, edits: p.edits.map((e) => ({ row: e.row, column: e.column, before: cellFromJson(e.before), after: cellFromJson(e.after) })) };
    },
    undoFix: () => call<number>('sidebarUndoFix'),
    canUndoFix: () => call<boolean>('sidebarCanUndoFix'),
    async readSettings(): Promise<WorkbookSettings> {
      return settingsFromJson(await call<JsonSettings>('sidebarReadSettings'));
    },
    async saveSettings(settings: WorkbookSettings): Promise<void> {
      await call<null>('sidebarSaveSettings', JSON.stringify(settingsToJson(settings)));
    },
    async openWorkbook() {
      const w = await call<JsonOpenWorkbook>('sidebarOpenWorkbook');
      return { grids: w.grids.map(gridFromJson), active: w.active };
    },
    applyConsolidation: (plan: ConsolidationPlan) => call<number>('sidebarApplyConsolidation', planToJson(plan)),
    undoConsolidation: () => call<number>('sidebarUndoConsolidation'),
  };
}
