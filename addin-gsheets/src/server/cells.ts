import { wouldRetype, type CellValue, type Grid } from '../../../core';
/// <reference types="google-apps-script" />
/**
 * Cell values between Sheets and core. Two things Apps Script does that core must not see:
 * - a date cell comes back as the instant of its midnight in the spreadsheet's time zone, while core
 *   (like ExcelJS) reads a date as that day at 00:00 UTC, so dates are shifted on the way in and out;
 * - setValues parses strings as if typed ("6/2026" becomes a date, "1.1" a number, "=x" a formula),
 *   so text that Sheets would reinterpret is written with the apostrophe that keeps it text.
 */

/** Error values as Sheets hands them back from getValues. */
const SHEETS_ERROR = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/;

/** Converts between a spreadsheet's wall clock and core's UTC days. */
export interface Clock {
  /** A date read from Sheets, as core reads dates: the same wall-clock fields, in UTC. */
  toCore(d: Date): Date;
  /** A date from core, as the instant Sheets stores for those wall-clock fields. */
  toSheet(d: Date): Date;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): ((t: number) => number) | undefined {
  try {
    let f = formatters.get(timeZone);
    if (!f) {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
      formatters.set(timeZone, f);
    }
    const fmt = f;
    return (t) => {
      const p: Record<string, number> = {};
      for (const part of fmt.formatToParts(new Date(t))) if (part.type !== 'literal') p[part.type] = Number(part.value);
      const ms = ((t % 1000) + 1000) % 1000;
      return Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second, ms);
    };
  } catch {
    return undefined;
  }
}

/**
 * The spreadsheet's clock. Where Intl does not know the zone, the script's own zone (the manifest's
 * Asia/Ho_Chi_Minh, which Date's local getters use in Apps Script) stands in.
 */
export function clockOf(timeZone: string): Clock {
  const wall = wallClock(timeZone);
  if (!wall) {
    return {
      toCore: (d) => new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds())),
      toSheet: (d) =>
        new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()),
    };
  }
  return {
    toCore: (d) => new Date(wall(d.getTime())),
    toSheet: (d) => {
      // The instant whose wall clock reads d's UTC fields: two steps settle across a DST change.
      const target = d.getTime();
      const first = target - (wall(target) - target);
      return new Date(target - (wall(first) - first));
    },
  };
}

export function toCellValue(v: unknown, clock: Clock): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string') return SHEETS_ERROR.test(v) ? { error: v } : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  // A Date from another realm (the tests' fake) is still a date: test its shape, not its class.
  if (Object.prototype.toString.call(v) === '[object Date]') {
    const d = v as Date;
    return Number.isNaN(d.getTime()) ? null : clock.toCore(d);
  }
  // getValues answers strings, numbers, booleans and dates; anything else is kept as its JSON text.
  return JSON.stringify(v) ?? null;
}

/** getDataRange().getValues() of a sheet as a Grid (the range starts at A1). */
export function gridFromValues(name: string, values: unknown[][], clock: Clock): Grid {
  return { name, rows: values.map((r) => r.map((v) => toCellValue(v, clock))), merges: [] };
}

/** Text Sheets would read as something else when written with setValues (core's rule, the same in Excel). */
export const isReinterpreted = wouldRetype;

/** Sheets' number format for plain text: strings written there are kept as typed. */
export const PLAIN_TEXT = '@';

/** A core value as setValues must receive it, for a cell with this number format. */
export function toSheetValue(v: CellValue, format: string, clock: Clock): string | number | boolean | Date {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return clock.toSheet(v);
  if (typeof v === 'string') return format !== PLAIN_TEXT && isReinterpreted(v) ? `'${v}` : v;
  return v.error;
}
