/**
 * How the front-ends word their own messages: each message in Vietnamese and English, with
 * `{name}` places filled in when it is said. Core's findings carry their own messages.
 */
import type { Lang } from './editPlan';

export type Wording = Record<Lang, string>;

/** The message in `lang`, each `{name}` replaced by `vars[name]` (nothing where it is missing). */
export function sayIn(message: Wording, lang: Lang, vars: Record<string, string | number> = {}): string {
  return message[lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
