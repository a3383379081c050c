/**
 * The message catalogues of the hosts and the panel, one per language (vi.ts, the reference, and en.ts),
 * and how they are read. Imported by xlsx/, panel/ and the three hosts; it imports nothing but core.
 */
import { sayIn, type Bilingual, type Lang } from '../core';
import { en } from './en';
import { vi, type Catalogue } from './vi';

export type { Catalogue };
export type Section = keyof Catalogue;
export type Vars = Record<string, string | number>;

const CATALOGUES: Record<Lang, Catalogue> = { vi, en };

/** Every message in `lang`. */
export function messagesFor(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/** One section in both languages, key by key (`{ key: { vi, en } }`), for texts said in both (a CLI error). */
export function bilingual<S extends Section>(section: S): { readonly [K in keyof Catalogue[S]]: Bilingual } {
  const both: Record<string, Bilingual> = {};
  for (const key of Object.keys(vi[section])) both[key] = bothOf(section, key);
  return both as { [K in keyof Catalogue[S]]: Bilingual };
}

/** A key a part may say: one of its section's, or one of the `shared` section's (said alike by the panel and both add-ins). */
export type KeyOf<S extends Section> = keyof Catalogue[S] | keyof Catalogue['shared'];

/** The message `key` of `section` (or of `shared`) in `lang`, each `{name}` replaced by `vars[name]`. */
export function say<S extends Section>(lang: Lang, section: S, key: KeyOf<S>, vars: Vars = {}): string {
  const from = (key as string) in vi[section] ? section : 'shared';
  return sayIn(bothOf(from, key as string), lang, vars);
}

function bothOf(section: Section, key: string): Bilingual {
  return { vi: (vi[section] as Record<string, string>)[key], en: (en[section] as Record<string, string>)[key] };
}
