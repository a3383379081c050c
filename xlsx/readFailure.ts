/** Why a file could not be read, said in both languages: the same words in the CLI and the panels. */
import type { Bilingual } from '../core';
import { bilingual } from '../i18n';
import type { ReadFailure } from './workbook';

/** Inputs larger than this are refused unread (an appendix is a few hundred kilobytes). */
export const MAX_INPUT_MB = 100;

/** The catalogue's `readFailure` section (i18n/) in both languages, the size limit filled in. */
export const READ_FAILURE: Record<ReadFailure, Bilingual> = withLimit(bilingual('readFailure'));

function withLimit(texts: Record<ReadFailure, Bilingual>): Record<ReadFailure, Bilingual> {
  const fill = (text: string) => text.replace('{mb}', String(MAX_INPUT_MB));
  return Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, { vi: fill(v.vi), en: fill(v.en) }])) as Record<ReadFailure, Bilingual>;
}
