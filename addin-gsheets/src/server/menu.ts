/// <reference types="google-apps-script" />
/**
 * The add-on menu (Extensions › Phụ lục) and what its items do when run without the sidebar: each
 * ends with a short toast, and an error becomes an alert with its message, never a stack trace. A fix
 * first lists its changes in an alert and writes only when the person confirms.
 */
import { a1, type CellValue, type Lang } from '../../../core';
import { checkActiveSheet, clearHighlights } from './check';
import { applyFixes, previewFixes } from './edits';
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

/** Changes listed in the menu's confirmation (the sidebar lists them all). */
const CONFIRM_LINES = 12;
/** A value is cut only past this many characters: a change at the end of a long text stays visible. */
const VALUE_CHARS = 400;

function shown(v: CellValue, lang: Lang): string {
  if (v === null || v === undefined || v === '') return say('confirmEmpty', lang);
  const text = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'object' ? v.error : String(v);
  return text.length > VALUE_CHARS ? `${text.slice(0, VALUE_CHARS - 1)}…` : text;
}

/**
 * Every fix is previewed and confirmed, from the menu as from the sidebar: the changes (cell: before
 * → after, with the count) in an alert with OK / Hủy; only OK writes. Nothing to fix asks nothing.
 */
export function fixMessage(unitsOnly: boolean, lang: Lang): string {
  const preview = previewFixes({ unitsOnly });
  if (preview.edits.length > 0) {
    const n = preview.edits.length;
    const lines = preview.edits.slice(0, CONFIRM_LINES).map((e) => `${a1(e.row, e.column)}: ${shown(e.before, lang)} → ${shown(e.after, lang)}`);
    if (n > CONFIRM_LINES) lines.push(say('confirmMore', lang, { n: n - CONFIRM_LINES }));
    const ui = SpreadsheetApp.getUi();
    const body = [say('confirmCount', lang, { n }), ...lines, '', say('confirmAsk', lang)].join('\n');
    if (ui.alert(say('confirmTitle', lang, { sheet: preview.sheet }), body, ui.ButtonSet.OK_CANCEL) !== ui.Button.OK) return say('fixCancelled', lang);
  }
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
