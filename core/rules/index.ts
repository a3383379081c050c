/** The registry: every rule, in the order the catalogue lists them. One file per code. */
import { Rule } from '../engine/rule';
import { headerMissingColumn } from './headerMissingColumn';
import { leadAlsoCooperating } from './leadAlsoCooperating';
import { leadMissing } from './leadMissing';
import { leadMultiple } from './leadMultiple';
import { rowContinuation } from './rowContinuation';
import { rowRepeatedHeader } from './rowRepeatedHeader';
import { sectionHasAssignment } from './sectionHasAssignment';
import { sttAlphabet } from './sttAlphabet';
import { sttDuplicate } from './sttDuplicate';
import { sttGap } from './sttGap';
import { sttMalformed } from './sttMalformed';
import { sttMissing } from './sttMissing';
import { sttOrder } from './sttOrder';
import { sttStyleMixed } from './sttStyleMixed';
import { textMarkup } from './textMarkup';
import { textUnicode } from './textUnicode';
import { textWhitespace } from './textWhitespace';
import { timeInvalid } from './timeInvalid';
import { timeMissing } from './timeMissing';
import { timeOutOfPeriod } from './timeOutOfPeriod';
import { timeStyle } from './timeStyle';
import { timeUnparsed } from './timeUnparsed';
import { unitDefunct } from './unitDefunct';
import { unitNoncanonical } from './unitNoncanonical';
import { unitTooLong } from './unitTooLong';
import { unitCutShort } from './unitCutShort';
import { unitUnknown } from './unitUnknown';
import { unitUnlisted } from './unitUnlisted';

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
