/// <reference types="google-apps-script" />
/**
 * The add-on menu (Extensions › Phụ lục) and what its items do when run without the sidebar: each
 * ends with a short toast, and an error becomes an alert with its message, never a stack trace.
 */
import type { Lang } from '../../../core';
import { checkActiveSheet, clearHighlights } from './check';
import { applyFixes } from './edits';
import { showSidebar } from './sidebar';
import { MessageKey, UserError, messageOf, say, userLang } from './strings';

export interface MenuItem {
  label: MessageKey;
  /** The top-level function of Code.js the item runs (Apps Script calls it by name). */
  fn: string;
}

/** The items in order; `separator` draws a line before the item. */
export const MENU: ReadonlyArray<MenuItem & { separator?: boolean }> = [
  { label: 'menuCheck', fn: 'menuCheck' },
  { label: 'menuFixSafe', fn: 'menuFixSafe' },
  { label: 'menuCanonicalNames', fn: 'menuCanonicalNames' },
  { label: 'menuConsolidate', fn: 'menuConsolidate', separator: true },
  { label: 'menuClear', fn: 'menuClear', separator: true },
  { label: 'menuOpenSidebar', fn: 'menuOpenSidebar' },
];

/**
 * Builds the menu and does nothing else: in AuthMode.NONE (a file opened before the add-on is
 * authorised for it) any other service call would fail and take the menu with it.
 */
export function buildMenu(): void {
  const lang = userLang();
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU) {
    if (item.separator) menu.addSeparator();
    menu.addItem(say(item.label, lang), item.fn);
  }
  menu.addToUi();
}

/** What the user reads when an action fails: our own message as is, anything else after "Không thực hiện được:". */
export function failureText(e: unknown, lang: Lang): string {
  return e instanceof UserError ? e.message : say('failed', lang, { why: messageOf(e) });
}

/** Runs a menu action: its message as a toast, or its failure as an alert. */
export function fromMenu(action: (lang: Lang) => string | undefined): void {
  const lang = userLang();
  let message: string | undefined;
  try {
    message = action(lang);
  } catch (e) {
    SpreadsheetApp.getUi().alert(failureText(e, lang));
    return;
  }
  if (message) SpreadsheetApp.getActiveSpreadsheet().toast(message, say('title', lang), 5);
}

export function checkMessage(lang: Lang): string {
  const r = checkActiveSheet(lang);
  if (r.tables === 0) return say('noTable', lang, { sheet: r.sheet });
  return say('checked', lang, { sheet: r.sheet, ...r.summary });
}

export function fixMessage(unitsOnly: boolean, lang: Lang): string {
  const r = applyFixes(unitsOnly, lang);
  const kept = r.formulas > 0 ? say('formulasKept', lang, { n: r.formulas }) : '';
  const rows = r.formulaRows.length > 0 ? say('formulaRows', lang, { rows: r.formulaRows.join(', ') }) : '';
  return (r.written > 0 ? say('fixed', lang, { n: r.written }) : say('fixedNone', lang)) + kept + rows;
}

export function clearMessage(lang: Lang): string {
  const n = clearHighlights(lang);
  return n > 0 ? say('cleared', lang, { n }) : say('nothingToClear', lang);
}

export function openSidebar(view: 'check' | 'consolidate'): void {
  fromMenu((lang) => {
    showSidebar(view, lang);
    return undefined;
  });
}
