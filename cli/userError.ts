/** A failure the person can act on: a message in their language and exit code 2. */
import type { Lang } from './messages';

export class UserError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(vi);
  }
  text(lang: Lang): string {
    return lang === 'en' ? this.en : this.vi;
  }
}
