/// <reference types="google-apps-script" />
/**
 * Every word the add-on says from the server (menu, toasts, alerts, errors): the catalogue's `sheets`
 * section (i18n/), Vietnamese first, English when the user's Google account speaks English. The
 * sidebar's own words are the shared panel's.
 */
import type { Lang } from '../../../core';
import { say as sayIn, type KeyOf, type Vars } from '../../../i18n';

export type MessageKey = KeyOf<'sheets'>;

export function say(key: MessageKey, lang: Lang, vars: Vars = {}): string {
  return sayIn(lang, 'sheets', key, vars);
}

/**
 * The user's language. Session.getActiveUserLocale may be refused before the add-on is authorised
 * (onOpen in AuthMode.NONE), so any failure means Vietnamese, the add-on's first language.
 */
export function userLang(): Lang {
  try {
    const locale = Session.getActiveUserLocale();
    return /^en/i.test(String(locale ?? '')) ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** An error whose message is already written for the user, in their language. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/**
 * The message of anything thrown, never its stack. Errors from Apps Script services may come from
 * another realm (instanceof Error fails), so the message is read off any object that has one.
 */
export function messageOf(e: unknown): string {
  if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') return (e as { message: string }).message;
  return String(e);
}
