/** A failure the person can act on: a message in their language and exit code 2. */
import { sayIn, type Bilingual } from '../core';
import type { Lang } from './messages';

export class UserError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(vi);
  }
  /** The error saying `text` in both languages, each `{name}` filled from `vars`. */
  static of(text: Bilingual, vars: Record<string, string | number> = {}): UserError {
    return new UserError(sayIn(text, 'vi', vars), sayIn(text, 'en', vars));
  }
  text(lang: Lang): string {
    return lang === 'en' ? this.en : this.vi;
  }
}
