/**
 * A page break that pushed the last word of a task's content into the STT cell of the next task
 * (seed 001: "…đạt chất" on row 20, "lượng" where task 2's number belongs on row 21). One cut, one
 * finding: row.continuation reports it and stt.malformed leaves the cell alone.
 */
import { startsLowercase } from '../model/text';
import type { AppendixTable, TableRow } from './table';

export interface PushedTail {
  /** The words in the STT cell, which end the content of `into`. */
  words: string;
  /** The sheet row whose content they end. */
  into: number;
  /** The number that belongs in the STT cell, when the numbers on both sides tell it for certain. */
  expected?: { value: number; punct: string };
}

const SKIP = new Set(['blank', 'repeatedHeader']);

/** The pushed tail in `table.rows[index]`, or undefined when that row is not one. */
export function pushedTail(table: AppendixTable, index: number): PushedTail | undefined {
  const r = table.rows[index];
  if (r.kind !== 'malformed' || !r.cells.content) return undefined;
  const words = r.sttText.replace(/\s+/g, ' ').trim();
  // A word or two, in lower case, no digits: the end of a sentence, not a label or a number.
  if (!words || words.split(' ').length > 3 || /\d/.test(words) || !startsLowercase(words)) return undefined;
  let prev: TableRow | undefined;
  for (let j = index - 1; j >= 0 && !prev; j--) if (!SKIP.has(table.rows[j].kind)) prev = table.rows[j];
  // The row above must stop mid-sentence.
  if (!prev || !prev.cells.content || /[.;:!?)”"]\s*$/.test(prev.cells.content)) return undefined;
  const tail: PushedTail = { words, into: prev.row };
  const before = prev.stt.token;
  let next: TableRow | undefined;
  for (let j = index + 1; j < table.rows.length && !next; j++) if (table.rows[j].stt.token) next = table.rows[j];
  const after = next?.stt.token;
  // n above and n + 2 below, in one numbering system: n + 1 was here.
  if (before && after && before.system === after.system && before.system === 'arabic' && after.value === before.value + 2) {
    tail.expected = { value: before.value + 1, punct: before.punct };
  }
  return tail;
}
