/** Everything the command line says to a person, in Vietnamese and English. */
import { NO_TABLE, type Bilingual, type Lang } from '../core';
import { bilingual } from '../i18n';
export { READ_FAILURE } from '../xlsx/readFailure';
export type { Lang } from '../core';

export { MAX_INPUT_MB } from '../xlsx/readFailure';

type Text = Bilingual;

/** The catalogue's `cli` section (i18n/) in both languages, and core's "no appendix table". */
export const T = { ...bilingual('cli'), noTable: NO_TABLE };

export function t(text: Text, lang: Lang): string {
  return text[lang];
}
