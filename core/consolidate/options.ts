/** What a host hands to `consolidate`: its options, the workbook's settings and status words, and today. */
import type { Grid } from '../model/grid';
import type { ValidateOptions } from '../engine/rule';
import { withWorkbookSettings } from '../engine/settings';
import { statusWordsOf } from './statusWords';
import type { ConsolidateOptions, DayGiven } from './merge';

/**
 * Options given from outside win over the workbook's settings sheet; the report date falls back to
 * the caller's today (core never reads a clock, so a test or a host decides what today is).
 */
export function consolidationOptions(
  grids: readonly Grid[],
  options: ValidateOptions & Pick<ConsolidateOptions, 'rollUpOnly'>,
  today: Date,
): ConsolidateOptions & DayGiven {
  // The calendar day where the person is.
  const utcToday = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  return { ...withWorkbookSettings(grids, options), statusWords: statusWordsOf(grids), today: utcToday, rollUpOnly: options.rollUpOnly };
}
