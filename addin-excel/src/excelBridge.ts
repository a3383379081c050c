/** The Excel side of the panel: checks, selection, fixes, settings and consolidation through Office.js. */
import type { Lang } from '../../core';
import type { HostBridge } from '../../panel/bridge';
import { ExcelLike, checkActiveSheet, clearHighlights } from './excelHost';
import { HostError } from './messages';
import {
  applyConsolidation,
  applySafeFixes,
  hasFixToUndo,
  openWorkbook,
  previewSafeFixes,
  readWorkbookSettings,
  saveWorkbookSettings,
  undoConsolidation,
  undoFixes,
} from './excelEdits';

/** Runs a host call; a failure of ours reaches the pane in the user's language. */
async function said<T>(lang: Lang, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw e instanceof HostError ? new Error(e.text(lang)) : e;
  }
}

export function excelBridge(excel: ExcelLike, locale: string): HostBridge {
  const lang: Lang = /^en\b/i.test(locale) ? 'en' : 'vi';
  return {
    locale: () => locale,
    async check() {
      const r = await checkActiveSheet(excel, lang);
      return { sheet: r.sheet, tables: r.tables, findings: r.report?.findings ?? [], summary: r.report?.summary ?? { error: 0, warning: 0, info: 0 } };
    },
    async select(sheet, cell) {
      await excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await ctx.sync();
      });
    },
    clear: () => clearHighlights(excel),
    fix: (scope) => said(lang, async () => (await applySafeFixes(excel, scope)).written),
    previewFix: (scope) => said(lang, () => previewSafeFixes(excel, scope)),
    undoFix: () => said(lang, async () => (await undoFixes(excel)).written),
    canUndoFix: () => said(lang, () => hasFixToUndo(excel)),
    readSettings: () => readWorkbookSettings(excel),
    saveSettings: (s) => saveWorkbookSettings(excel, s),
    openWorkbook: () => openWorkbook(excel),
    applyConsolidation: (plan) => said(lang, () => applyConsolidation(excel, plan, lang)),
    undoConsolidation: () => said(lang, () => undoConsolidation(excel)),
  };
}
