/**
 * What the sidebar sends, as the server first sees it: a google.script.run call can come from any
 * page script, so an argument is text that must parse as JSON before any schema looks at it.
 */
import type { Lang } from '../../../core';
import { UserError, say } from './strings';

export function jsonArgument(json: unknown, lang: Lang): unknown {
  if (typeof json !== 'string') throw new UserError(say('badJson', lang));
  try {
    return JSON.parse(json);
  } catch {
    throw new UserError(say('badJson', lang));
  }
}
