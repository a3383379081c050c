/// <reference types="google-apps-script" />
/**
 * The add-on's entry points. Apps Script calls functions by name at the top level of the project,
 * so the build (scripts/build-gsheets.mjs) bundles this module as `PhuLuc` and adds one top-level
 * function per function exported here. Nothing else belongs in this list: every function in it can
 * be called from the sidebar or by the menu.
 */
import { cellToJson, isFixable, parseA1, type FixScope, type Lang } from '../../../core';
import {
  CELLS_PER_CALL,
  JsonBegin,
  JsonFixPreview,
  JsonOpenWorkbook,
  JsonBeginWorkbook,
  JsonUndoBegin,
  JsonReport,
  JsonRows,
  JsonSettings,
  JsonStepOutcome,
  JsonWriteOutcome,
  fixScopeSchema,
} from '../wire';
import { checkActiveSheet, clearHighlights } from './check';
import { applyConsolidation, openWorkbook, undoConsolidation } from './consolidation';
import { beginConsolidationUndo, beginWorkbook, consolidateRows, consolidateSummary, keepSummary, undoConsolidationStep } from './consolidationParts';
import { applyFixes, hasFixToUndo, previewFixes, undoFixes } from './edits';
import { beginSheet, clearStep, paintRows, readRows, undoStep, writeEdits } from './parts';
import { buildMenu, checkMessage, clearMessage, fixMessage, fromMenu, openSidebar } from './menu';
import { readWorkbookSettings, saveWorkbookSettings } from './settingsSheet';
import { UserError, messageOf, say, userLang } from './strings';
import { activeSpreadsheet } from './workbook';

export { MENU } from './menu';
export { SIDEBAR_BODY } from './sidebar';
export { SIDEBAR_FUNCTIONS } from '../wire';

// Simple triggers: the menu, and only the menu.

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/** Runs when the add-on is installed from the Marketplace: the file is open already, so build the menu now. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

// Menu items.

/**
 * Cells of the active sheet past which a menu check or fix, one Apps Script call, is sent to the
 * sidebar instead, where it runs in parts of CELLS_PER_CALL cells (../chunked.ts).
 */
export const MENU_CELLS = 4 * CELLS_PER_CALL;

/** A long sheet: the sidebar opened, with a toast saying why; false when the menu can do it in one call. */
function inPartsIfLong(): boolean {
  const lang = userLang();
  try {
    const sheet = activeSpreadsheet().getActiveSheet();
    const rows = sheet.getLastRow();
    if (rows * sheet.getLastColumn() <= MENU_CELLS) return false;
    openSidebar('check');
    const grouped = String(rows).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
    activeSpreadsheet().toast(say('longSheet', lang, { sheet: sheet.getName(), rows: grouped }), say('title', lang), 15);
    return true;
  } catch {
    // Whatever failed here, the menu's own path says it.
    return false;
  }
}

export function menuCheck(): void {
  if (!inPartsIfLong()) fromMenu(checkMessage);
}

export function menuFixSafe(): void {
  if (!inPartsIfLong()) fromMenu((lang) => fixMessage(false, lang));
}

export function menuCanonicalNames(): void {
  if (!inPartsIfLong()) fromMenu((lang) => fixMessage(true, lang));
}

export function menuConsolidate(): void {
  openSidebar('consolidate');
}

export function menuClear(): void {
  fromMenu(clearMessage);
}

export function menuOpenSidebar(): void {
  openSidebar('check');
}

// Sidebar calls (google.script.run). What crosses is JSON-like only; what comes in is checked.

/**
 * Runs a sidebar call. A failure reaches the sidebar as an Error carrying only its message (in the
 * user's language when it is ours), never a stack.
 */
function fromSidebar<T>(action: (lang: Lang) => T): T {
  const lang = userLang();
  try {
    return action(lang);
  } catch (e) {
    // Only the message crosses google.script.run: a cause would carry the program's own error along.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(e instanceof UserError ? e.message : messageOf(e));
  }
}

export function sidebarLocale(): Lang {
  return userLang();
}

export function sidebarCheck(): JsonReport {
  return fromSidebar((lang) => {
    const r = checkActiveSheet(lang);
    // A finding's fix may hold dates, which google.script.run cannot carry; the panel does not use it.
    return {
      sheet: r.sheet,
      findings: r.findings.map(({ fix: _fix, ...f }) => ({ ...f, fixable: isFixable({ ...f, fix: _fix }) })),
      summary: r.summary,
      tables: r.tables,
      undoable: hasFixToUndo(),
    };
  });
}

export function sidebarSelect(sheet: unknown, cell: unknown): null {
  return fromSidebar((lang) => {
    if (typeof sheet !== 'string' || typeof cell !== 'string' || !parseA1(cell)) {
      throw new UserError(say('badArgument', lang, { why: say('badCell', lang, { cell: String(cell) }) }));
    }
    const ws = activeSpreadsheet().getSheetByName(sheet);
    if (!ws) throw new UserError(say('noSheet', lang, { sheet }));
    ws.getRange(cell).activate();
    return null;
  });
}

export function sidebarClear(): number {
  return fromSidebar((lang) => clearHighlights(lang));
}

/** The scope of a fix: `true`/`false` (unit names only or not), or a FixScope as JSON text. */
function fixScopeOf(scope: unknown, lang: Lang): boolean | FixScope {
  if (typeof scope === 'boolean') return scope;
  if (typeof scope === 'string') {
    try {
      const r = fixScopeSchema.safeParse(JSON.parse(scope));
      if (r.success) return r.data;
    } catch {
      // Not JSON: refused below.
    }
  }
  throw new UserError(say('badArgument', lang, { why: say('notBoolean', lang) }));
}

export function sidebarFix(scope: unknown): number {
  return fromSidebar((lang) => applyFixes(fixScopeOf(scope, lang), lang).written);
}

export function sidebarPreviewFix(scope: unknown): JsonFixPreview {
  return fromSidebar((lang) => {
    const s = fixScopeOf(scope, lang);
    const p = previewFixes(typeof s === 'boolean' ? { unitsOnly: s } : s);
    return { sheet: p.sheet, edits: p.edits.map((e) => ({ row: e.row, column: e.column, before: cellToJson(e.before), after: cellToJson(e.after) })) };
  });
}

export function sidebarCanUndoFix(): boolean {
  return fromSidebar(() => hasFixToUndo());
}

export function sidebarUndoFix(): number {
  return fromSidebar((lang) => undoFixes(lang));
}

export function sidebarReadSettings(): JsonSettings {
  return fromSidebar(() => readWorkbookSettings());
}

export function sidebarSaveSettings(json: unknown): null {
  return fromSidebar((lang) => {
    saveWorkbookSettings(json, lang);
    return null;
  });
}

export function sidebarOpenWorkbook(): JsonOpenWorkbook {
  return fromSidebar(() => openWorkbook());
}

export function sidebarApplyConsolidation(planJson: unknown): number {
  return fromSidebar((lang) => applyConsolidation(planJson, lang));
}

export function sidebarUndoConsolidation(): number {
  return fromSidebar((lang) => undoConsolidation(lang));
}

// Long sheets, in parts (./parts.ts): the sidebar drives these, each call well inside Apps Script's time limit.

export function sidebarBeginSheet(): JsonBegin {
  return fromSidebar(() => beginSheet());
}

export function sidebarReadRows(json: unknown): JsonRows {
  return fromSidebar((lang) => readRows(json, lang));
}

export function sidebarPaintRows(json: unknown): number {
  return fromSidebar((lang) => paintRows(json, lang));
}

export function sidebarWriteEdits(json: unknown): JsonWriteOutcome {
  return fromSidebar((lang) => writeEdits(json, lang));
}

export function sidebarUndoStep(json: unknown): JsonStepOutcome {
  return fromSidebar((lang) => undoStep(json, lang));
}

export function sidebarClearStep(): JsonStepOutcome {
  return fromSidebar((lang) => clearStep(lang));
}

// A consolidation in parts (./consolidationParts.ts), driven by the sidebar like the check.

export function sidebarBeginWorkbook(): JsonBeginWorkbook {
  return fromSidebar(() => beginWorkbook());
}

export function sidebarConsolidateRows(json: unknown): JsonWriteOutcome {
  return fromSidebar((lang) => consolidateRows(json, lang));
}

export function sidebarKeepSummary(json: unknown): JsonStepOutcome {
  return fromSidebar((lang) => keepSummary(json, lang));
}

export function sidebarConsolidateSummary(json: unknown): number {
  return fromSidebar((lang) => consolidateSummary(json, lang));
}

export function sidebarBeginConsolidationUndo(): JsonUndoBegin {
  return fromSidebar((lang) => beginConsolidationUndo(lang));
}

export function sidebarUndoConsolidationStep(json: unknown): JsonStepOutcome {
  return fromSidebar((lang) => undoConsolidationStep(json, lang));
}
