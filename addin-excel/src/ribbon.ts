/**
 * What each ribbon button does, and what it says afterwards: every outcome has a message (counts on
 * success; on failure what went wrong and what to do). commands.ts shows the message in a dialog.
 * Never throws.
 */
import type { Lang } from '../../core';
import { applySafeFixes, undoFixes, type FixOutcome } from './excelEdits';
import { checkActiveSheet, clearHighlights, type CheckResult } from './excelHost';
import { isPayloadTooLarge, type ExcelLike } from './excelRead';
import { HostError, checkMessage, say } from './messages';

export const RIBBON_COMMANDS = ['checkSheet', 'clearHighlights', 'fixSafe', 'canonicalNames', 'undoFixes'] as const;
export type RibbonCommand = (typeof RIBBON_COMMANDS)[number];

export interface RibbonMessage {
  /** The sentence shown to the user. */
  text: string;
  /** False for failures and for "no appendix table": shown as an error. */
  ok: boolean;
}

/** A failure in the user's words, with what to do. */
export function describeFailure(e: unknown, lang: Lang, changesWritten = false): string {
  if (e instanceof HostError) return e.text(lang);
  if (isPayloadTooLarge(e)) return say('tooLarge', lang);
  const why = e instanceof Error ? e.message : String(e);
  return `${say('failed', lang, { why })} ${changesWritten ? say('halfDone', lang).trim() + ' ' : ''}${say('whatToDo', lang)}`;
}

export function fixText(r: FixOutcome, lang: Lang): string {
  let text = r.written > 0 ? say('fixed', lang, { n: r.written, sheet: r.sheet }) : say('fixedNone', lang, { sheet: r.sheet });
  if (r.formulaCells.length) text += say('formulaCells', lang, { n: r.formulaCells.length });
  if (r.formulaRows.length) text += say('formulaRows', lang, { rows: r.formulaRows.join(', ') });
  return text;
}

/** The check after a change: its outcome appended, or why it did not run (the change itself stands). */
export async function thenCheck(excel: ExcelLike, lang: Lang, first: string): Promise<RibbonMessage> {
  let check: CheckResult;
  try {
    check = await checkActiveSheet(excel, lang);
  } catch (e) {
    return { text: first + say('afterFixCheckFailed', lang, { why: describeFailure(e, lang) }), ok: false };
  }
  const c = checkMessage({ ...check, summary: check.report?.summary }, lang);
  return { text: `${first} ${c.text}`, ok: c.ok };
}

export async function runRibbon(command: RibbonCommand, excel: ExcelLike, lang: Lang): Promise<RibbonMessage> {
  try {
    switch (command) {
      case 'checkSheet': {
        const r = await checkActiveSheet(excel, lang);
        return checkMessage({ ...r, summary: r.report?.summary }, lang);
      }
      case 'clearHighlights': {
        const n = await clearHighlights(excel);
        return { text: n > 0 ? say('cleared', lang, { n }) : say('nothingToClear', lang), ok: true };
      }
      case 'fixSafe':
      case 'canonicalNames': {
        let r: FixOutcome;
        try {
          r = await applySafeFixes(excel, command === 'canonicalNames');
        } catch (e) {
          // The run's record is kept before any value is written: whatever was written can be undone.
          return { text: describeFailure(e, lang, true), ok: false };
        }
        return thenCheck(excel, lang, fixText(r, lang));
      }
      case 'undoFixes': {
        const r = await undoFixes(excel);
        if (!r.sheet) return { text: say('nothingToUndo', lang), ok: true };
        let text = say('undone', lang, { n: r.written, sheet: r.sheet });
        if (r.changedSince.length)
          text += say('undoneSkipped', lang, {
            n: r.changedSince.length,
            cells: r.changedSince.slice(0, 12).join(', ') + (r.changedSince.length > 12 ? '…' : ''),
          });
        return thenCheck(excel, lang, text);
      }
    }
  } catch (e) {
    return { text: describeFailure(e, lang), ok: false };
  }
}
