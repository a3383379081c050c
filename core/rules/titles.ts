/**
 * The plain-language title of every finding code, for headings, group titles and output sheets: an
 * officer reads "Số thứ tự bị trùng", never `stt.duplicate`. The code itself stays in JSON, in a
 * details line or tooltip and in the rule's docs. Each title lives in its code's meta (catalogue.ts).
 */
import type { Bilingual, Lang } from '../model/lang';
import { CATALOGUE } from './catalogue';

export const RULE_TITLES: Readonly<Record<string, Bilingual>> = Object.fromEntries(CATALOGUE.map((c) => [c.code, c.docs.title]));

/** The title of a code; a code without one (a rule added later) reads as a general "problem". */
export function ruleTitle(code: string, lang: Lang): string {
  const t = RULE_TITLES[code];
  if (t) return t[lang];
  return lang === 'en' ? 'Other problem' : 'Vấn đề khác';
}
