/// <reference types="google-apps-script" />
/**
 * One change to a file at a time. A check keeps each painted cell's own look before painting; two
 * checks of one file at once (two officers clicking together) would each take the other's paint for
 * the cell's own look, which clearing could then never undo. Checks, clears, fixes and
 * consolidations therefore run under the document lock.
 */
import type { Lang } from '../../../core';
import { MessageKey, UserError, say } from './strings';

/** How long to wait for the other run to finish before saying so. */
export const LOCK_WAIT_MS = 10_000;

export function withDocumentLock<T>(lang: Lang, busy: MessageKey, action: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserError(say(busy, lang));
  try {
    return action();
  } finally {
    lock.releaseLock();
  }
}
