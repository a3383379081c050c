/** Every word the panel shows: the catalogue's `panel` section (i18n/), in Vietnamese (default) and English. */
import type { Lang } from '../core';
import { say as sayIn, type KeyOf, type Vars } from '../i18n';

export type PanelLang = Lang;

export type StringKey = KeyOf<'panel'>;

export function say(key: StringKey, lang: PanelLang, vars: Vars = {}): string {
  return sayIn(lang, 'panel', key, vars);
}

export function langOf(locale: string): PanelLang {
  return /^en\b/i.test(locale) ? 'en' : 'vi';
}
