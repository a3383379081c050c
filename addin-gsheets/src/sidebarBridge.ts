/**
 * The Google Sheets side of the shared panel: every host call is a google.script.run call to a
 * top-level function of Code.js, wrapped in a promise. Only JSON-like values cross (see wire.ts):
 * grids and plans are converted here on the way out and back.
 */
import type { ConsolidationPlan, WorkbookSettings } from '../../core';
import type { HostBridge } from '../../panel/bridge';
import { Progress } from './chunked';
import { ConsolidationParts } from './consolidationChunked';
import { JsonSettings, SidebarFunction, settingsFromJson, settingsToJson } from './wire';

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

/**
 * `progress` shows how far a long check, fix, undo, clear or consolidation has come (they run in parts: chunked.ts,
 * consolidationChunked.ts).
 */
export function sheetsBridge(run: ScriptRun, locale: string, progress?: Progress): HostBridge {
  function call<T>(name: SidebarFunction, ...args: Array<string | number | boolean | null>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const runner = run.withSuccessHandler((v) => resolve(v as T)).withFailureHandler((e) => reject(asError(e))) as unknown as Record<
        string,
        (...a: unknown[]) => void
      >;
      runner[name](...args);
    });
  }
  const parts = new ConsolidationParts(call, locale === 'en' ? 'en' : 'vi', progress);
  return {
    locale: () => locale,
    // Check, clear, fix and undo run in parts, so that a 50,000-row sheet stays within Apps Script's time limit.
    check: () => parts.check(),
    async select(sheet, cell) {
      await call<null>('sidebarSelect', sheet, cell);
    },
    clear: () => parts.clear(),
    fix: (scope) => parts.fix(scope),
    previewFix: (scope) => parts.previewFix(scope),
    undoFix: () => parts.undoFix(),
    canUndoFix: () => call<boolean>('sidebarCanUndoFix'),
    async readSettings(): Promise<WorkbookSettings> {
      return settingsFromJson(await call<JsonSettings>('sidebarReadSettings'));
    },
    async saveSettings(settings: WorkbookSettings): Promise<void> {
      await call<null>('sidebarSaveSettings', JSON.stringify(settingsToJson(settings)));
    },
    // So does a consolidation: the workbook read, the master's cells written and undone, in bands.
    openWorkbook: () => parts.openWorkbook(),
    applyConsolidation: (plan: ConsolidationPlan) => parts.applyConsolidation(plan),
    undoConsolidation: () => parts.undoConsolidation(),
  };
}
