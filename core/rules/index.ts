/** The registry: every rule, in the order the catalogue lists them. */
import { Rule } from '../engine/rule';
import { headerMissingColumn } from './headerMissingColumn';
import { rowContinuation } from './rowContinuation';
import { rowRepeatedHeader } from './rowRepeatedHeader';
import { sectionHasAssignment } from './sectionHasAssignment';
import { sttMalformed } from './sttMalformed';
import { sttMissing } from './sttMissing';
import { sttAlphabet, sttDuplicate, sttGap, sttOrder } from './sttSequence';
import { sttStyleMixed } from './sttStyleMixed';
import { textMarkup, textUnicode, textWhitespace } from './textCells';
import { leadAlsoCooperating, leadMissing, leadMultiple, unitDefunct, unitNoncanonical, unitUnknown, unitUnlisted } from './unitRules';
import { unitTooLong } from './unitTooLong';
import { unitCutShort } from './unitCutShort';
import { timeInvalid, timeMissing, timeOutOfPeriod, timeStyle, timeUnparsed } from './timeRules';

export const rules: readonly Rule[] = [
  headerMissingColumn,
  sttMissing,
  sttMalformed,
  sttDuplicate,
  sttGap,
  sttOrder,
  sttAlphabet,
  sttStyleMixed,
  rowContinuation,
  rowRepeatedHeader,
  sectionHasAssignment,
  textMarkup,
  textUnicode,
  textWhitespace,
  timeMissing,
  timeUnparsed,
  timeInvalid,
  timeOutOfPeriod,
  timeStyle,
  unitNoncanonical,
  unitUnknown,
  unitUnlisted,
  unitCutShort,
  unitDefunct,
  unitTooLong,
  leadMissing,
  leadAlsoCooperating,
  leadMultiple,
];

export function ruleByCode(code: string): Rule | undefined {
  return rules.find((r) => r.meta.code === code);
}
