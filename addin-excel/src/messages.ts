/**
 * What the Excel add-in says outside the panel (the ribbon's result dialog, errors from the host): the
 * catalogue's `excel` section (i18n/), in Vietnamese and English. Every outcome has a message: counts on
 * success; on failure what went wrong and what to do.
 */
import { NO_TABLE, type Lang, type Summary } from '../../core';
import { say as sayIn, type KeyOf, type Vars } from '../../i18n';

export type MessageId = KeyOf<'excel'>;

export function say(id: MessageId, lang: Lang, data: Vars = {}): string {
  return sayIn(lang, 'excel', id, data);
}

/** A failure the user can act on, said in their language. */
export class HostError extends Error {
  constructor(
    readonly id: MessageId,
    readonly data: Vars = {},
  ) {
    super(say(id, 'vi', data));
    this.name = 'HostError';
  }
  text(lang: Lang): string {
    return say(this.id, lang, this.data);
  }
}

/** A check's outcome in one sentence: counts, a clean sheet, or "no appendix table" (never shown as clean). */
export function checkMessage(r: { sheet: string; tables: number; summary?: Summary; findingsSheet?: string }, lang: Lang): { text: string; ok: boolean } {
  if (r.tables === 0) return { text: say('noTable', lang, { sheet: r.sheet, noTable: NO_TABLE[lang].replace(/:.*$/, '') }), ok: false };
  const s = r.summary ?? { error: 0, warning: 0, info: 0 };
  const text = s.error + s.warning + s.info === 0 ? say('clean', lang, { sheet: r.sheet }) : say('checked', lang, { sheet: r.sheet, ...s });
  return { text: text + (r.findingsSheet ? say('findingsSheet', lang, { name: r.findingsSheet }) : ''), ok: true };
}
